/**
 * The naive baseline: sort every allowed pair by score and fill teams in that order, pinned teams
 * first. Teams that end below their minimum or without a required skill get one repair attempt
 * from their remaining candidates and are otherwise dropped, so the result is valid (a pinned
 * team it cannot complete stays in, and the validator will then report it).
 */
import { byScoreDescending, candidates } from './eligibility';
import type { AssignmentJson, InstanceJson, PairScorer, ResultJson } from './shapes';

interface Team {
  slot: number;
  members: number[];
}

export function greedy(instance: InstanceJson, scorer?: PairScorer): ResultJson {
  const started = performance.now();
  const cands = candidates(instance, scorer);
  const { levels } = cands;
  const slotLoad = instance.slots.map(() => 0);
  const teams = new Map<number, Team>();
  const busy = instance.volunteers.map(() => new Set<number>());
  const pinned = new Set((instance.pins ?? []).map((p) => `${p.challenge}\u0000${p.volunteer}`));
  const isPinned = (p: number): boolean =>
    pinned.size > 0 &&
    pinned.has(`${instance.challenges[cands.challenge[p]].id}\u0000${instance.volunteers[cands.volunteer[p]].id}`);

  const tryAssign = (p: number): boolean => {
    const ci = cands.challenge[p];
    const vi = cands.volunteer[p];
    const c = instance.challenges[ci];
    if (busy[vi].size >= (instance.volunteers[vi].maxAssignments ?? 1)) return false;
    let team = teams.get(ci);
    if (team && (team.members.length >= c.teamSize.max || team.members.some((m) => cands.volunteer[m] === vi)))
      return false;
    const slots = cands.commonSlots(ci, vi);
    if (team) {
      if (!slots.includes(team.slot) || busy[vi].has(team.slot)) return false;
    } else {
      const slot = slots.find((s) => !busy[vi].has(s) && slotLoad[s] < instance.slots[s].capacity);
      if (slot === undefined) return false;
      team = { slot, members: [] };
      teams.set(ci, team);
      slotLoad[slot]++;
    }
    team.members.push(p);
    busy[vi].add(team.slot);
    return true;
  };
  const covers = (p: number, need: { skill: string; minLevel: number }): boolean =>
    (levels[cands.volunteer[p]].get(need.skill) ?? 0) >= need.minLevel;
  const missing = (ci: number, team: Team): { skill: string; minLevel: number }[] =>
    instance.challenges[ci].skills.filter((n) => n.required && !team.members.some((m) => covers(m, n)));

  const order = byScoreDescending(cands);
  const byChallenge: number[][] = instance.challenges.map(() => []);
  for (const p of order) byChallenge[cands.challenge[p]].push(p);
  // Repair: a missing required skill first, then the minimum size, best score first; else drop.
  const repair = (ci: number, team: Team): void => {
    for (const need of missing(ci, team)) byChallenge[ci].some((p) => covers(p, need) && tryAssign(p));
    for (const p of byChallenge[ci]) {
      if (team.members.length >= instance.challenges[ci].teamSize.min) break;
      tryAssign(p);
    }
    const invalid = team.members.length < instance.challenges[ci].teamSize.min || missing(ci, team).length > 0;
    if (invalid && !team.members.some(isPinned)) {
      for (const m of team.members) busy[cands.volunteer[m]].delete(team.slot);
      slotLoad[team.slot]--;
      teams.delete(ci);
    }
  };
  // Pinned teams are completed before anyone else is placed, so that the pins can hold.
  for (const p of order) if (isPinned(p)) tryAssign(p);
  for (const [ci, team] of [...teams]) repair(ci, team);
  for (const p of order) if (!isPinned(p)) tryAssign(p);
  for (const [ci, team] of [...teams]) repair(ci, team);

  const assignments: AssignmentJson[] = [];
  for (const [ci, team] of teams) {
    for (const m of team.members) {
      assignments.push({
        challenge: instance.challenges[ci].id,
        volunteer: instance.volunteers[cands.volunteer[m]].id,
        slot: instance.slots[team.slot].id,
        score: cands.score[m],
      });
    }
  }
  const unserved = instance.challenges
    .filter((_, ci) => !teams.has(ci))
    .map((c) => ({
      challenge: c.id,
      code: 'NOT_SERVED',
      params: {},
      reason: 'the greedy baseline found no valid team',
    }));
  const servedPriority = [...teams.keys()].reduce((s, ci) => s + (instance.challenges[ci].priority ?? 1), 0);
  return {
    assignments,
    unserved,
    metrics: {
      served: teams.size,
      servedPriority,
      totalScore: assignments.reduce((s, a) => s + a.score, 0),
      millis: Math.round(performance.now() - started),
    },
  };
}
