import { type PairRef } from '@skillshift/shared/matching';
import { type RunState } from './run-state';

/** A hard rule a change would break: a catalogue key (matching.rules.*) and the names it mentions. */
export interface RuleProblem {
  key: string;
  params: Record<string, unknown>;
}

/** How the rules name things in their messages (titles, first names, slot times, language names). */
export interface RuleNames {
  challenge(id: string): string;
  person(id: string): string;
  slot(id: string): string;
  languages(codes: readonly string[]): string;
  skill(id: string): string;
  level(level: number): string;
}

export interface Placement {
  challengeId: string;
  volunteerId: string;
  slotId: string;
}

const problem = (key: string, params: Record<string, unknown>): RuleProblem => ({
  key: `matching.rules.${key}`,
  params,
});

const samePair = (a: PairRef, challengeId: string, volunteerId: string) =>
  a.challenge === challengeId && a.volunteer === volunteerId;

/**
 * Rules of a single pair that hold whatever else happens: the challenge and the volunteer are in the instance, the
 * volunteer speaks one of its languages, accepts its format, and can come to one of its slots (or to `slotId`).
 */
export function pairProblem(
  state: RunState,
  challengeId: string,
  volunteerId: string,
  names: RuleNames,
  slotId?: string,
): RuleProblem | null {
  const challenge = state.challenges.get(challengeId);
  const volunteer = state.volunteers.get(volunteerId);
  const params = { name: names.person(volunteerId), challenge: names.challenge(challengeId) };
  if (!challenge) return problem('challengeNotMatched', params);
  if (!volunteer) return problem('volunteerNotRegistered', params);
  if (challenge.languages.length > 0 && !challenge.languages.some((code) => volunteer.languages.includes(code)))
    return problem('language', { ...params, languages: names.languages(challenge.languages) });
  if (!volunteer.formats.includes(challenge.format))
    return problem('format', { ...params, format: { $t: `matching.formats.${challenge.format}` } });
  if (slotId !== undefined) {
    if (!volunteer.slots.includes(slotId))
      return problem('notAvailableInSlot', { ...params, slot: names.slot(slotId) });
  } else if (!challenge.slots.some((slot) => volunteer.slots.includes(slot))) return problem('notAvailable', params);
  return null;
}

/**
 * Whether a new pin can hold together with the event's pins and exclusions (`state.instance` holds the current
 * ones): the pair itself, no exclusion of it, the team's and the volunteer's limits, and a slot with a table for every
 * pinned challenge such that nobody is pinned into two challenges of one slot.
 */
export function pinProblem(state: RunState, pin: PairRef, names: RuleNames): RuleProblem | null {
  const { challenge: challengeId, volunteer: volunteerId } = pin;
  const params = { name: names.person(volunteerId), challenge: names.challenge(challengeId) };
  if (state.instance.pins.some((p) => samePair(p, challengeId, volunteerId))) return problem('alreadyPinned', params);
  if (state.instance.exclusions.some((e) => samePair(e, challengeId, volunteerId)))
    return problem('pinExcluded', params);
  const pair = pairProblem(state, challengeId, volunteerId, names);
  if (pair) return pair;
  const pins = [...state.instance.pins, pin];
  const challenge = state.challenges.get(challengeId)!;
  const volunteer = state.volunteers.get(volunteerId)!;
  const team = pins.filter((p) => p.challenge === challengeId).map((p) => p.volunteer);
  if (team.length > challenge.teamSize.max)
    return problem('pinTeamFull', {
      ...params,
      max: challenge.teamSize.max,
      others: team
        .filter((id) => id !== volunteerId)
        .map(names.person)
        .join(', '),
    });
  const mine = pins.filter((p) => p.volunteer === volunteerId).map((p) => p.challenge);
  if (mine.length > volunteer.maxAssignments)
    return problem('pinMaxAssignments', {
      ...params,
      count: volunteer.maxAssignments,
      others: mine
        .filter((id) => id !== challengeId)
        .map((id) => `“${names.challenge(id)}”`)
        .join(', '),
    });
  const common = challenge.slots.filter((slot) =>
    team.every((member) => state.volunteers.get(member)?.slots.includes(slot)),
  );
  if (common.length === 0)
    return problem('pinNoCommonSlot', {
      ...params,
      others: team
        .filter((id) => id !== volunteerId)
        .map(names.person)
        .join(', '),
    });
  if (!pinSlotsExist(state, pins)) {
    const other = mine.find((id) => id !== challengeId);
    return other ? problem('pinSameSlot', { ...params, other: names.challenge(other) }) : problem('pinNoTable', params);
  }
  return null;
}

/** A small search: every pinned challenge gets a slot all its pinned people can come to, with a free table. */
export function pinSlotsExist(state: RunState, pins: readonly PairRef[]): boolean {
  const teams = new Map<string, string[]>();
  for (const pin of pins) teams.set(pin.challenge, [...(teams.get(pin.challenge) ?? []), pin.volunteer]);
  const options = [...teams].map(([challengeId, team]) => ({
    team,
    slots: (state.challenges.get(challengeId)?.slots ?? []).filter((slot) =>
      team.every((member) => state.volunteers.get(member)?.slots.includes(slot)),
    ),
  }));
  // Most constrained first keeps the search tiny.
  options.sort((a, b) => a.slots.length - b.slots.length);
  const capacity = new Map(state.instance.slots.map((slot) => [slot.id, slot.capacity]));
  const used = new Map<string, number>();
  const busy = new Set<string>();
  const place = (i: number): boolean => {
    if (i === options.length) return true;
    for (const slot of options[i].slots) {
      if ((used.get(slot) ?? 0) >= (capacity.get(slot) ?? 0)) continue;
      if (options[i].team.some((member) => busy.has(`${member}@${slot}`))) continue;
      used.set(slot, (used.get(slot) ?? 0) + 1);
      options[i].team.forEach((member) => busy.add(`${member}@${slot}`));
      if (place(i + 1)) return true;
      used.set(slot, used.get(slot)! - 1);
      options[i].team.forEach((member) => busy.delete(`${member}@${slot}`));
    }
    return false;
  };
  return place(0);
}

/** An exclusion must not contradict a pin, and is set once. */
export function exclusionProblem(state: RunState, pair: PairRef, names: RuleNames): RuleProblem | null {
  const params = { name: names.person(pair.volunteer), challenge: names.challenge(pair.challenge) };
  if (state.instance.exclusions.some((e) => samePair(e, pair.challenge, pair.volunteer)))
    return problem('alreadyExcluded', params);
  if (state.instance.pins.some((p) => samePair(p, pair.challenge, pair.volunteer)))
    return problem('excludePinned', params);
  if (!state.challenges.has(pair.challenge)) return problem('challengeNotMatched', params);
  if (!state.volunteers.has(pair.volunteer)) return problem('volunteerNotRegistered', params);
  return null;
}

export interface Move {
  volunteerId: string;
  fromChallengeId: string | null;
  toChallengeId: string | null;
  toSlotId: string | null;
}

/**
 * Checks a move of one volunteer in a run against every hard rule (MATCHING.md): the run's instance for who can do
 * what, its assignments as they are now, and the event's current pins and exclusions. Returns the slot the volunteer
 * lands in, or the first rule the move would break, with the people, challenges and slots named.
 */
export function checkMove(
  state: RunState,
  assignments: readonly Placement[],
  rules: { pins: readonly PairRef[]; exclusions: readonly PairRef[] },
  move: Move,
  names: RuleNames,
): { slotId: string | null } | { problem: RuleProblem } {
  const { volunteerId, fromChallengeId: from, toChallengeId: to } = move;
  const fail = (key: string, params: Record<string, unknown>) => ({ problem: problem(key, params) });
  const name = names.person(volunteerId);
  const volunteer = state.volunteers.get(volunteerId);
  if (!volunteer) return fail('volunteerNotInRun', { name });
  const teamOf = (challengeId: string) =>
    assignments.filter((a) => a.challengeId === challengeId).map((a) => a.volunteerId);
  const slotOf = (challengeId: string) => assignments.find((a) => a.challengeId === challengeId)?.slotId ?? null;
  const mine = assignments.filter((a) => a.volunteerId === volunteerId && a.challengeId !== from);

  if (from !== null) {
    if (!teamOf(from).includes(volunteerId)) return fail('notInTeam', { name, challenge: names.challenge(from) });
    if (rules.pins.some((p) => samePair(p, from, volunteerId)))
      return fail('pinnedHere', { name, challenge: names.challenge(from) });
  }

  let slotId: string | null = null;
  if (to !== null) {
    const challenge = state.challenges.get(to);
    const params = { name, challenge: names.challenge(to) };
    if (!challenge) return fail('challengeNotMatched', params);
    if (teamOf(to).includes(volunteerId)) return fail('alreadyInTeam', params);
    if (rules.exclusions.some((e) => samePair(e, to, volunteerId))) return fail('excluded', params);
    const pair = pairProblem(state, to, volunteerId, names);
    if (pair) return { problem: pair };
    const running = slotOf(to);
    const busyIn = (slot: string) => mine.find((a) => a.slotId === slot);
    const tablesTaken = (slot: string) =>
      new Set(assignments.filter((a) => a.slotId === slot).map((a) => a.challengeId));
    const tableFree = (slot: string) =>
      tablesTaken(slot).size < (state.instance.slots.find((s) => s.id === slot)?.capacity ?? 0);
    if (running !== null) {
      if (move.toSlotId && move.toSlotId !== running)
        return fail('runsInOtherSlot', { ...params, slot: names.slot(running) });
      slotId = running;
    } else if (move.toSlotId) {
      if (!challenge.slots.includes(move.toSlotId))
        return fail('notInChallengeSlots', { ...params, slot: names.slot(move.toSlotId) });
      slotId = move.toSlotId;
    } else {
      // The first slot where the volunteer can come, is free, and a table is free; otherwise say what stands in the way.
      const possible = challenge.slots.filter((slot) => volunteer.slots.includes(slot));
      slotId =
        possible.find((slot) => !busyIn(slot) && tableFree(slot)) ??
        possible.find((slot) => !busyIn(slot)) ??
        possible[0];
    }
    if (!volunteer.slots.includes(slotId)) return fail('notAvailableInSlot', { ...params, slot: names.slot(slotId) });
    const busy = busyIn(slotId);
    if (busy)
      return fail('alreadyInSlot', { name, challenge: names.challenge(busy.challengeId), slot: names.slot(slotId) });
    if (running === null && !tableFree(slotId)) return fail('slotFull', { ...params, slot: names.slot(slotId) });
    if (mine.length + 1 > volunteer.maxAssignments)
      return fail('maxAssignments', {
        name,
        count: volunteer.maxAssignments,
        challenges: mine.map((a) => `“${names.challenge(a.challengeId)}”`).join(', '),
      });
    const team = teamOf(to);
    if (team.length + 1 > challenge.teamSize.max) return fail('teamFull', { ...params, max: challenge.teamSize.max });
    if (team.length === 0) {
      if (challenge.teamSize.min > 1) return fail('teamTooSmallToStart', { ...params, min: challenge.teamSize.min });
      const missing = state.uncovered(to, [volunteerId])[0];
      if (missing)
        return fail('skillMissingToStart', {
          ...params,
          skill: names.skill(missing.skill),
          level: names.level(missing.minLevel),
        });
    }
  }

  if (from !== null) {
    const challenge = state.challenges.get(from)!;
    const rest = teamOf(from).filter((id) => id !== volunteerId);
    const params = { name, challenge: names.challenge(from) };
    if (rest.length > 0 && rest.length < challenge.teamSize.min)
      return fail('sourceTooSmall', { ...params, count: rest.length, min: challenge.teamSize.min });
    const lost = rest.length > 0 ? state.uncovered(from, rest)[0] : undefined;
    if (lost)
      return fail('sourceLosesSkill', { ...params, skill: names.skill(lost.skill), level: names.level(lost.minLevel) });
  }
  return { slotId };
}
