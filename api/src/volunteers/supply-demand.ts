import { type MatchingSkillNode, toMatchingSkillTree } from '@skillshift/shared';

/** An accepted challenge as the supply/demand table needs it: where it can run and the skills it asks for. */
export interface DemandingChallenge {
  id: string;
  slots: readonly string[];
  skills: readonly { skill: string; level: number; required: boolean }[];
}

/** A registered (not withdrawn) volunteer: when they can come and what they offer. */
export interface SupplyingVolunteer {
  id: string;
  slots: readonly string[];
  skills: readonly { skill: string; level: number }[];
}

/**
 * SHORTAGE: fewer volunteers cover the skill than challenges require it. TIGHT: enough for the requirements, not for
 * the wishes as well. OK: enough for both.
 */
export type SupplyStatus = 'SHORTAGE' | 'TIGHT' | 'OK';

export interface SupplyDemandRow {
  skill: string;
  minLevel: number;
  /** Challenges that require the skill at this level. */
  requiredBy: number;
  /** Challenges that would like it at this level (nice to have). */
  wishedBy: number;
  /** Volunteers who cover the skill at this level (MATCHING.md: the skill or a descendant, at least this level). */
  covering: number;
  /** Of those, the ones who can come to a slot in which one of these challenges can run. */
  coveringInSharedSlots: number;
  status: SupplyStatus;
  /** How many more covering volunteers would end the shortage (or the tightness); 0 when OK. */
  missing: number;
}

const SEVERITY: Record<SupplyStatus, number> = { SHORTAGE: 0, TIGHT: 1, OK: 2 };

/**
 * The organizer's supply/demand table before matching: one row per skill and least level that accepted challenges
 * ask for, with how many challenges want it and how many volunteers cover it. Supply is compared with the volunteers
 * who share a slot with the challenges, since a volunteer who cannot come when a challenge runs does not help it.
 * Worst rows first. Counts people, not assignments: it is a hint for recruiting, the matcher decides.
 */
export function supplyAndDemand(
  challenges: readonly DemandingChallenge[],
  volunteers: readonly SupplyingVolunteer[],
  skillTree: readonly MatchingSkillNode[] = toMatchingSkillTree(),
): SupplyDemandRow[] {
  const parentOf = new Map(skillTree.map((node) => [node.id, node.parent]));
  /** The skill and its ancestors: a volunteer's skill covers every one of these. */
  const coveredBy = (skill: string): string[] => {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let at: string | null | undefined = skill; at && !seen.has(at); at = parentOf.get(at)) {
      seen.add(at);
      chain.push(at);
    }
    return chain;
  };
  // Best level per skill a volunteer covers, counting their descendants' levels for ancestors.
  const coverage = volunteers.map((volunteer) => {
    const best = new Map<string, number>();
    for (const offered of volunteer.skills)
      for (const skill of coveredBy(offered.skill)) best.set(skill, Math.max(best.get(skill) ?? 0, offered.level));
    return { slots: new Set(volunteer.slots), best };
  });

  const rows = new Map<string, { skill: string; minLevel: number; required: Set<string>; wished: Set<string> }>();
  const slotsOf = new Map<string, Set<string>>();
  for (const challenge of challenges) {
    for (const need of challenge.skills) {
      const key = `${need.skill}\u0000${need.level}`;
      const row = rows.get(key) ?? { skill: need.skill, minLevel: need.level, required: new Set(), wished: new Set() };
      (need.required ? row.required : row.wished).add(challenge.id);
      rows.set(key, row);
      const slots = slotsOf.get(key) ?? new Set<string>();
      challenge.slots.forEach((slot) => slots.add(slot));
      slotsOf.set(key, slots);
    }
  }

  return [...rows.entries()]
    .map(([key, row]) => {
      // A challenge that wants it as a must counts once, even if it also lists it as a wish.
      const wished = [...row.wished].filter((id) => !row.required.has(id)).length;
      const slots = slotsOf.get(key)!;
      let covering = 0;
      let coveringInSharedSlots = 0;
      for (const volunteer of coverage) {
        if ((volunteer.best.get(row.skill) ?? 0) < row.minLevel) continue;
        covering++;
        if ([...volunteer.slots].some((slot) => slots.has(slot))) coveringInSharedSlots++;
      }
      const requiredBy = row.required.size;
      const status: SupplyStatus =
        requiredBy > coveringInSharedSlots ? 'SHORTAGE' : requiredBy + wished > coveringInSharedSlots ? 'TIGHT' : 'OK';
      const missing =
        status === 'SHORTAGE'
          ? requiredBy - coveringInSharedSlots
          : status === 'TIGHT'
            ? requiredBy + wished - coveringInSharedSlots
            : 0;
      return {
        skill: row.skill,
        minLevel: row.minLevel,
        requiredBy,
        wishedBy: wished,
        covering,
        coveringInSharedSlots,
        status,
        missing,
      };
    })
    .sort(
      (a, b) =>
        SEVERITY[a.status] - SEVERITY[b.status] ||
        b.missing - a.missing ||
        a.skill.localeCompare(b.skill) ||
        a.minLevel - b.minLevel,
    );
}
