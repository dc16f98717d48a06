/**
 * A cheap upper bound on the total score that needs no solver, for instances too big for the
 * reference: every feasible result is within both
 *  - volunteer side: each volunteer's best `maxAssignments` pair scores, summed;
 *  - challenge side: each challenge's best `teamSize.max` pair scores, summed over the best
 *    (Σ capacity) challenges, since at most that many run.
 */
import { candidates } from '../src/matching-verify/eligibility';
import type { InstanceJson, PairScorer } from '../src/matching-verify/shapes';

function topSum(values: number[], k: number): number {
  return [...values]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, x) => s + Math.max(0, x), 0);
}

export function simpleScoreBound(instance: InstanceJson, scorer?: PairScorer): number {
  const cands = candidates(instance, scorer);
  const byVolunteer: number[][] = instance.volunteers.map(() => []);
  const byChallenge: number[][] = instance.challenges.map(() => []);
  for (let p = 0; p < cands.count; p++) {
    byVolunteer[cands.volunteer[p]].push(cands.score[p]);
    byChallenge[cands.challenge[p]].push(cands.score[p]);
  }
  const volunteerSide = instance.volunteers.reduce((s, v, i) => s + topSum(byVolunteer[i], v.maxAssignments ?? 1), 0);
  const perChallenge = instance.challenges.map((c, i) => topSum(byChallenge[i], c.teamSize.max));
  const tables = instance.slots.reduce((s, slot) => s + Math.max(0, slot.capacity), 0);
  return Math.min(volunteerSide, topSum(perChallenge, tables));
}

/**
 * An upper bound on the served priority: a challenge can only run if, in one of its open slots,
 * enough allowed volunteers are available and every required skill is covered by one of them;
 * and at most Σ capacity challenges run. When the engine reaches it, every servable challenge is served.
 */
export function simplePriorityBound(instance: InstanceJson): number {
  const cands = candidates(instance);
  const bySlot = new Map<string, number[]>();
  for (let p = 0; p < cands.count; p++) {
    for (const s of cands.commonSlots(cands.challenge[p], cands.volunteer[p])) {
      const key = `${cands.challenge[p]}/${s}`;
      const list = bySlot.get(key);
      if (list) list.push(cands.volunteer[p]);
      else bySlot.set(key, [cands.volunteer[p]]);
    }
  }
  const servable = instance.challenges.flatMap((c, ci) => {
    const possible = instance.slots.some((slot, s) => {
      const pool = bySlot.get(`${ci}/${s}`) ?? [];
      if (slot.capacity <= 0 || pool.length < c.teamSize.min) return false;
      return c.skills.every((n) => !n.required || pool.some((v) => (cands.levels[v].get(n.skill) ?? 0) >= n.minLevel));
    });
    return possible ? [c.priority ?? 1] : [];
  });
  const tables = instance.slots.reduce((s, slot) => s + Math.max(0, slot.capacity), 0);
  return topSum(servable, tables);
}
