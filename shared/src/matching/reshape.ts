import { type Budget } from './budget';
import { serveIn } from './construct';
import { type Plan } from './plan';

const teamScore = (p: Plan, c: number) => p.team[c].reduce((sum, v) => sum + p.m.score(c, v), 0);

/** Fills c's empty seats with the best free candidates. */
function topUp(p: Plan, c: number): void {
  const m = p.m;
  const s = p.slotOf[c];
  for (const v of m.candidates[c]) {
    if (p.team[c].length >= m.maxSize[c]) break;
    if (!p.team[c].includes(v) && p.freeIn(v, s)) p.add(c, v);
  }
}

/**
 * Score-driven changes to which challenges run where, at equal served priority: move a team to
 * another slot where better volunteers are free, or run an unserved challenge instead of a
 * served one of the same priority when that scores more. Each move is judged on the two teams
 * it touches (freed members are dealt again by the next refill) and undone when it does not pay.
 */
export function reshape(p: Plan, pinnedChallenges: Set<number>, budget: Budget): boolean {
  const m = p.m;
  let changed = false;
  for (let b = 0; b < m.C; b++) {
    if (!budget.spend(m.candidates[b].length)) break;
    const from = p.slotOf[b];
    if (from < 0 || pinnedChallenges.has(b)) continue;
    for (const t of m.challengeSlots[b]) {
      if (t === from || p.used[t] >= m.capacity[t]) continue;
      const old = p.team[b].slice();
      const before = teamScore(p, b);
      p.close(b);
      if (serveIn(p, b, t)) {
        topUp(p, b);
        if (teamScore(p, b) > before + 1e-9) {
          changed = true;
          break;
        }
        p.close(b);
      }
      p.open(b, from);
      for (const v of old) p.add(b, v);
    }
  }
  for (let c = 0; c < m.C; c++) {
    if (!budget.spend(m.C)) break;
    if (p.slotOf[c] >= 0) continue;
    for (let b = 0; b < m.C; b++) {
      if (p.slotOf[b] < 0 || pinnedChallenges.has(b) || m.priority[b] !== m.priority[c]) continue;
      if (!m.challengeSlots[c].includes(p.slotOf[b])) continue;
      const from = p.slotOf[b];
      const old = p.team[b].slice();
      const before = teamScore(p, b);
      p.close(b);
      if (serveIn(p, c, from)) {
        topUp(p, c);
        if (teamScore(p, c) > before + 1e-9) {
          changed = true;
          break;
        }
        p.close(c);
      }
      p.open(b, from);
      for (const v of old) p.add(b, v);
    }
  }
  return changed;
}
