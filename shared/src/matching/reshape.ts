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

/** The best `maxSize` scores of c's free candidates in slot s (candidates come sorted by score). */
function freeTop(p: Plan, c: number, s: number): number[] {
  const m = p.m;
  const best: number[] = [];
  const cands = m.candidates[c];
  for (let i = 0; i < cands.length && best.length < m.maxSize[c]; i++)
    if (p.freeIn(cands[i], s)) best.push(m.candidateScores[c][i]);
  return best;
}

/**
 * An optimistic value of a team for c in slot s, coverage ignored: the best `maxSize` scores
 * among the free candidates (`top`, from freeTop) and the volunteers in `extra` (who would be
 * freed for it).
 */
function potential(p: Plan, c: number, s: number, top: number[], extra: number[]): number {
  const m = p.m;
  const best = top.slice();
  for (const w of extra) {
    const sc = m.score(c, w);
    if (!Number.isNaN(sc) && m.available[w * m.S + s] === 1) best.push(sc);
  }
  best.sort((a, b) => b - a);
  let value = 0;
  for (let j = 0; j < m.maxSize[c] && j < best.length; j++) value += best[j];
  return best.length >= m.minSize[c] ? value : -Infinity;
}

/** Replaces b (running in its slot) by c in slot s when c's new team scores more; restores b otherwise. */
function tryReplace(p: Plan, b: number, c: number, s: number): boolean {
  const from = p.slotOf[b];
  const old = p.team[b].slice();
  const before = teamScore(p, b);
  p.close(b);
  if (serveIn(p, c, s)) {
    topUp(p, c);
    if (teamScore(p, c) > before + 1e-9) return true;
    p.close(c);
  }
  p.open(b, from);
  for (const v of old) p.add(b, v);
  return false;
}

/** Runs b in d's slot and d in b's when their two new teams score more together; restores both otherwise. */
function trySwap(p: Plan, b: number, d: number): boolean {
  const s = p.slotOf[b];
  const t = p.slotOf[d];
  const oldB = p.team[b].slice();
  const oldD = p.team[d].slice();
  const before = teamScore(p, b) + teamScore(p, d);
  p.close(b);
  p.close(d);
  if (serveIn(p, b, t)) {
    if (serveIn(p, d, s)) {
      topUp(p, b);
      topUp(p, d);
      if (teamScore(p, b) + teamScore(p, d) > before + 1e-9) return true;
      p.close(d);
    }
    p.close(b);
  }
  p.open(b, s);
  for (const v of oldB) p.add(b, v);
  p.open(d, t);
  for (const v of oldD) p.add(d, v);
  return false;
}

/**
 * Swaps the slots of two served challenges (where tables are full, the only way to move one):
 * tried when the optimistic values of both new teams (each may take the other's members) beat
 * the two teams as they are, the most promising partner first.
 */
function swapSlots(p: Plan, pinnedChallenges: Set<number>, budget: Budget): boolean {
  const m = p.m;
  let changed = false;
  const tops = new Map<number, number[]>();
  const top = (c: number, s: number): number[] => {
    const key = c * m.S + s;
    if (!tops.has(key)) tops.set(key, freeTop(p, c, s));
    return tops.get(key)!;
  };
  const movable = (c: number) => p.slotOf[c] >= 0 && !pinnedChallenges.has(c) && m.challengeSlots[c].length > 1;
  for (let b = 0; b < m.C; b++) {
    if (!movable(b)) continue;
    if (!budget.spend(m.C)) return changed;
    const s = p.slotOf[b];
    const before = teamScore(p, b);
    const options: { d: number; gain: number }[] = [];
    for (let d = b + 1; d < m.C; d++) {
      const t = p.slotOf[d];
      if (t === s || !movable(d) || !m.challengeSlots[b].includes(t) || !m.challengeSlots[d].includes(s)) continue;
      const gain =
        potential(p, b, t, top(b, t), p.team[d]) + potential(p, d, s, top(d, s), p.team[b]) - before - teamScore(p, d);
      if (gain > 1e-9) options.push({ d, gain });
    }
    options.sort((x, y) => y.gain - x.gain || x.d - y.d);
    for (const { d } of options) {
      if (!budget.spend(m.candidates[b].length + m.candidates[d].length)) return changed;
      if (trySwap(p, b, d)) {
        changed = true;
        tops.clear();
        break;
      }
    }
  }
  return changed;
}

/**
 * Score-driven changes to which challenges run where, at equal served priority: move a team to
 * another slot where better volunteers are free, or run an unserved challenge instead of a
 * served one of the same priority when that scores more. Each move is judged on the two teams
 * it touches (freed members are dealt again by the next refill or fill) and undone when it does
 * not pay, so the total score only rises. Moves are tried only when an optimistic estimate of
 * the new team beats the old one, the most promising first.
 */
export function reshape(p: Plan, pinnedChallenges: Set<number>, budget: Budget): boolean {
  const m = p.m;
  let changed = false;
  for (let b = 0; b < m.C; b++) {
    if (!budget.spend(m.maxSize[b] * m.challengeSlots[b].length + 1)) return changed;
    const from = p.slotOf[b];
    if (from < 0 || pinnedChallenges.has(b)) continue;
    const before = teamScore(p, b);
    for (const t of m.challengeSlots[b]) {
      if (t === from || p.used[t] >= m.capacity[t]) continue;
      if (potential(p, b, t, freeTop(p, b, t), p.team[b]) <= before + 1e-9) continue;
      if (!budget.spend(m.candidates[b].length)) return changed;
      if (tryReplace(p, b, b, t)) {
        changed = true;
        break;
      }
    }
  }
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] >= 0 || pinnedChallenges.has(c)) continue;
    if (!budget.spend(m.C)) return changed;
    const options: { b: number; gain: number }[] = [];
    const tops = new Map<number, number[]>();
    for (const s of m.challengeSlots[c]) tops.set(s, freeTop(p, c, s));
    for (let b = 0; b < m.C; b++) {
      if (p.slotOf[b] < 0 || pinnedChallenges.has(b) || m.priority[b] !== m.priority[c]) continue;
      const top = tops.get(p.slotOf[b]);
      if (!top) continue;
      const gain = potential(p, c, p.slotOf[b], top, p.team[b]) - teamScore(p, b);
      if (gain > 1e-9) options.push({ b, gain });
    }
    options.sort((x, y) => y.gain - x.gain || x.b - y.b);
    for (const { b } of options) {
      // Each attempt builds a team: count it, so that the budget reflects the real work.
      if (!budget.spend(m.candidates[c].length)) return changed;
      if (tryReplace(p, b, c, p.slotOf[b])) {
        changed = true;
        break;
      }
    }
  }
  // Last, as the least productive kind: the moves above matter more when people are scarce.
  if (!budget.over()) changed = swapSlots(p, pinnedChallenges, budget) || changed;
  return changed;
}
