import {
  type CauseArea,
  matchingFormat,
  type ScoreWeights,
  type SkillLevel,
  toMatchingSkillTree,
  type WorkFormat,
} from '@skillshift/shared';
import { type Challenge, type MatchingInstance, type Volunteer } from '@skillshift/shared/matching';
import { type EntityManager } from 'typeorm';
import { type ChallengeSkillNeed } from '../challenges/challenge.entity';

/** What the instance is built from: the rows of one event, read in matching-run order (see loadInstanceSource). */
export interface InstanceSource {
  slots: { id: string; capacity: number }[];
  /** ACCEPTED challenges; `causes` are the nonprofit's. */
  challenges: {
    id: string;
    priority: number;
    teamMin: number;
    teamMax: number;
    languages: string[];
    format: WorkFormat;
    skills: ChallengeSkillNeed[];
    slotIds: string[];
    causes: CauseArea[];
  }[];
  /** REGISTERED volunteers, by person id; profile fields empty when there is no profile. */
  volunteers: {
    personId: string;
    maxAssignments: number;
    slotIds: string[];
    languages: string[];
    formats: WorkFormat[];
    skills: { skill: string; level: SkillLevel }[];
    causes: CauseArea[];
  }[];
  pins: { challengeId: string; volunteerId: string }[];
  exclusions: { challengeId: string; volunteerId: string }[];
}

/**
 * The engine's input (MATCHING.md) for an event: ids are the database ids (challenge, person, slot), so a result maps
 * back without a lookup table. Pins and exclusions of challenges or volunteers that are no longer in the instance
 * (a challenge rejected, a registration withdrawn) are left out, and counted.
 */
export function buildMatchingInstance(
  source: InstanceSource,
  weights?: Partial<ScoreWeights>,
): { instance: MatchingInstance; droppedPins: number; droppedExclusions: number } {
  const slotIds = new Set(source.slots.map((slot) => slot.id));
  const inEvent = (ids: string[]) => [...new Set(ids)].filter((id) => slotIds.has(id)).sort();
  const challenges: Challenge[] = source.challenges.map((challenge) => ({
    id: challenge.id,
    priority: challenge.priority,
    teamSize: { min: challenge.teamMin, max: Math.max(challenge.teamMin, challenge.teamMax) },
    slots: inEvent(challenge.slotIds),
    languages: [...new Set(challenge.languages)],
    format: matchingFormat(challenge.format),
    skills: mergeNeeds(challenge.skills).map((need) => ({
      skill: need.skill,
      minLevel: need.level,
      required: need.required,
      weight: 1,
    })),
    causes: [...new Set(challenge.causes)],
  }));
  const volunteers: Volunteer[] = source.volunteers.map((volunteer) => ({
    id: volunteer.personId,
    slots: inEvent(volunteer.slotIds),
    maxAssignments: Math.max(1, volunteer.maxAssignments),
    languages: [...new Set(volunteer.languages)],
    // The order is the volunteer's: the first format is the preferred one. No formats given means any.
    formats:
      volunteer.formats.length > 0
        ? [...new Set(volunteer.formats.map(matchingFormat))]
        : (['onsite', 'remote', 'hybrid'] as const).slice(),
    skills: mergeSkills(volunteer.skills),
    causes: [...new Set(volunteer.causes)],
  }));
  const challengeIds = new Set(challenges.map((c) => c.id));
  const volunteerIds = new Set(volunteers.map((v) => v.id));
  const known = (pair: { challengeId: string; volunteerId: string }) =>
    challengeIds.has(pair.challengeId) && volunteerIds.has(pair.volunteerId);
  const asPair = (pair: { challengeId: string; volunteerId: string }) => ({
    challenge: pair.challengeId,
    volunteer: pair.volunteerId,
  });
  const pins = source.pins.filter(known).map(asPair);
  const exclusions = source.exclusions.filter(known).map(asPair);
  const instance: MatchingInstance = {
    slots: source.slots.map((slot) => ({ id: slot.id, capacity: slot.capacity })),
    challenges,
    volunteers,
    skillTree: toMatchingSkillTree(),
    pins,
    exclusions,
    ...(weights && Object.keys(weights).length > 0 ? { weights } : {}),
  };
  return {
    instance,
    droppedPins: source.pins.length - pins.length,
    droppedExclusions: source.exclusions.length - exclusions.length,
  };
}

/** A skill named twice counts once, at the highest level asked for, required if either entry is. */
function mergeNeeds(needs: ChallengeSkillNeed[]): ChallengeSkillNeed[] {
  const bySkill = new Map<string, ChallengeSkillNeed>();
  for (const need of needs) {
    const seen = bySkill.get(need.skill);
    bySkill.set(
      need.skill,
      seen
        ? {
            skill: need.skill,
            level: Math.max(seen.level, need.level) as SkillLevel,
            required: seen.required || need.required,
          }
        : { ...need },
    );
  }
  return [...bySkill.values()];
}

function mergeSkills(skills: { skill: string; level: number }[]): { skill: string; level: number }[] {
  const bySkill = new Map<string, number>();
  for (const { skill, level } of skills) bySkill.set(skill, Math.max(bySkill.get(skill) ?? 0, level));
  return [...bySkill].map(([skill, level]) => ({ skill, level }));
}

/** The rows of one event the instance is built from: five statements, whatever the event's size. */
export async function loadInstanceSource(manager: EntityManager, eventId: string): Promise<InstanceSource> {
  const slots = (await manager.query(`SELECT id, capacity FROM slot WHERE event_id = $1 ORDER BY starts_at, id`, [
    eventId,
  ])) as InstanceSource['slots'];
  const challenges = (await manager.query(
    `SELECT c.id, c.priority, c.team_min AS "teamMin", c.team_max AS "teamMax", c.languages, c.format::text AS format,
            c.skills, n.causes::text[] AS causes,
            coalesce(array_agg(cs.slot_id ORDER BY cs.slot_id) FILTER (WHERE cs.slot_id IS NOT NULL), '{}') AS "slotIds"
       FROM challenge c
       JOIN nonprofit n ON n.id = c.nonprofit_id
       LEFT JOIN challenge_slot cs ON cs.challenge_id = c.id
      WHERE c.event_id = $1 AND c.status = 'ACCEPTED'
      GROUP BY c.id, n.id
      ORDER BY c.submitted_at NULLS LAST, c.created_at, c.id`,
    [eventId],
  )) as InstanceSource['challenges'];
  const volunteers = (await manager.query(
    `SELECT r.person_id AS "personId", r.max_assignments AS "maxAssignments",
            coalesce(p.languages, '{}') AS languages, coalesce(p.formats::text[], '{}') AS formats,
            coalesce(p.skills, '[]') AS skills, coalesce(p.causes::text[], '{}') AS causes,
            coalesce(array_agg(rs.slot_id ORDER BY rs.slot_id) FILTER (WHERE rs.slot_id IS NOT NULL), '{}') AS "slotIds"
       FROM volunteer_registration r
       LEFT JOIN volunteer_profile p ON p.person_id = r.person_id
       LEFT JOIN volunteer_registration_slot rs ON rs.registration_id = r.id
      WHERE r.event_id = $1 AND r.status = 'REGISTERED'
      GROUP BY r.id, p.person_id
      ORDER BY r.created_at, r.id`,
    [eventId],
  )) as InstanceSource['volunteers'];
  const pairs = (table: 'matching_pin' | 'matching_exclusion') =>
    manager.query(
      `SELECT challenge_id AS "challengeId", volunteer_id AS "volunteerId" FROM ${table}
        WHERE event_id = $1 ORDER BY created_at, id`,
      [eventId],
    ) as Promise<InstanceSource['pins']>;
  return {
    slots,
    challenges,
    volunteers,
    pins: await pairs('matching_pin'),
    exclusions: await pairs('matching_exclusion'),
  };
}
