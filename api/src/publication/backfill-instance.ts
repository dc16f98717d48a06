import { type Assignment, type MatchingInstance, type MatchingResult } from '@skillshift/shared/matching';

/** Where the published plan stands for one challenge whose team lost members. */
export interface BackfillSituation {
  /** The published run's instance (challenges, volunteers, skill tree, weights as solved). */
  instance: MatchingInstance;
  challengeId: string;
  /** The slot the team meets in (the nonprofit was told; a replacement joins there). */
  slotId: string;
  /** Volunteers holding a place in this team now (proposed or accepted). */
  members: readonly string[];
  /** Freed places of the team that nobody was proposed for yet. */
  openPlaces: number;
  /** Every place held in the event now, per volunteer: the slots and how many. */
  held: ReadonlyMap<string, { slots: ReadonlySet<string>; count: number }>;
  /** Volunteers who may not be proposed at all (withdrawn, erased, or they said no to this event). */
  unavailable: ReadonlySet<string>;
  /** Volunteers who may not join this team (an exclusion, or they left it). */
  excluded: ReadonlySet<string>;
}

/**
 * The engine's question for one team, with the rest of the published plan held fixed: every other assignment stays
 * as it is (in engine terms, pinned), which the instance says by leaving out the places they occupy: a candidate is
 * a volunteer free in the team's slot with an assignment to spare. The team's remaining members are pinned, the team
 * must grow by at least one and by at most its open places, and only this challenge and slot are in play, so the
 * solve takes milliseconds whatever the event's size. Null when nobody could join.
 */
export function backfillInstance(situation: BackfillSituation): MatchingInstance | null {
  const { instance, challengeId, slotId, members } = situation;
  const challenge = instance.challenges.find((c) => c.id === challengeId);
  if (!challenge) return null;
  const memberSet = new Set(members);
  const volunteers = instance.volunteers.flatMap((volunteer) => {
    if (memberSet.has(volunteer.id)) return [{ ...volunteer, slots: [slotId], maxAssignments: 1 }];
    if (situation.unavailable.has(volunteer.id) || situation.excluded.has(volunteer.id)) return [];
    if (!volunteer.slots.includes(slotId)) return [];
    const held = situation.held.get(volunteer.id);
    if (held && (held.slots.has(slotId) || held.count >= volunteer.maxAssignments)) return [];
    return [{ ...volunteer, slots: [slotId], maxAssignments: 1 }];
  });
  if (volunteers.length === members.length) return null;
  const target = Math.min(challenge.teamSize.max, members.length + situation.openPlaces);
  const min = Math.min(target, Math.max(members.length + 1, challenge.teamSize.min));
  return {
    slots: [{ id: slotId, capacity: 1 }],
    challenges: [{ ...challenge, slots: [slotId], teamSize: { min, max: Math.max(min, target) } }],
    volunteers,
    skillTree: instance.skillTree,
    pins: members.map((volunteer) => ({ challenge: challengeId, volunteer })),
    exclusions: [],
    ...(instance.weights ? { weights: instance.weights } : {}),
  };
}

/** The assignments the engine added to the team: the replacements, best score first. */
export function replacementsIn(result: MatchingResult, challengeId: string, members: readonly string[]): Assignment[] {
  const memberSet = new Set(members);
  return result.assignments
    .filter((assignment) => assignment.challenge === challengeId && !memberSet.has(assignment.volunteer))
    .sort((a, b) => b.score - a.score || a.volunteer.localeCompare(b.volunteer));
}
