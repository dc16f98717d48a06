import { type Budget } from './budget';
import { covers } from './model';
import { type Plan } from './plan';

/** Seeded PRNG (mulberry32): the only randomness in the engine, so a seed fixes the result. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EPS = 1e-12;

/**
 * Phase 2 of the objective: with the served challenges and their slots fixed, raise the summed
 * pair score by local moves that keep every team valid: fill empty seats, replace a member by a
 * better free volunteer, move a member to a team that wants them more (backfilling the seat
 * they leave when needed), swap two members. Pinned pairs never move.
 */
export function improve(p: Plan, locked: Set<number>, budget: Budget, seed: number): void {
  const random = rng(seed);
  const m = p.m;
  const score = m.score;
  for (let round = 0; round < 50 && !budget.over(); round++) {
    let gained = fill(p);
    const volunteers = shuffled(m.V, random);
    for (const v of volunteers) {
      if (!budget.spend(m.options[v].length + 1)) return;
      for (const a of p.assigned[v].slice()) {
        if (locked.has(a * m.V + v)) continue;
        gained = replace(p, a, v, score) || gained;
        if (!p.team[a].includes(v)) break;
        gained = moveOrSwap(p, a, v, locked, score) || gained;
        if (!p.team[a].includes(v)) break;
      }
    }
    if (!gained) break;
  }
  fill(p);
}

function shuffled(n: number, random: () => number): number[] {
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Fills empty seats with free volunteers, best pair first. */
function fill(p: Plan): boolean {
  const m = p.m;
  const offers: [number, number, number][] = [];
  for (let c = 0; c < m.C; c++) {
    const s = p.slotOf[c];
    if (s < 0 || p.team[c].length >= m.maxSize[c]) continue;
    const cands = m.candidates[c];
    for (let i = 0; i < cands.length; i++)
      if (p.freeIn(cands[i], s)) offers.push([m.candidateScores[c][i], c, cands[i]]);
  }
  offers.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  let added = false;
  for (const [, c, v] of offers) {
    if (p.team[c].length < m.maxSize[c] && p.freeIn(v, p.slotOf[c])) {
      p.add(c, v);
      added = true;
    }
  }
  return added;
}

/** Required skills of a that only v covers in its team: whoever stands in must cover them. */
function soleCover(p: Plan, a: number, v: number): number[] {
  const m = p.m;
  return Array.from(m.required[a]).filter(
    (r) => covers(m, a, r, v) && !p.team[a].some((w) => w !== v && covers(m, a, r, w)),
  );
}

type Score = (c: number, v: number) => number;

/** The best free volunteer for a seat of a, covering `needs`, other than `not`. */
function bestFree(p: Plan, a: number, needs: number[], not: number): [number, number] {
  const m = p.m;
  const s = p.slotOf[a];
  const cands = m.candidates[a];
  for (let i = 0; i < cands.length; i++) {
    const u = cands[i];
    if (u === not || !p.freeIn(u, s)) continue;
    if (needs.every((r) => covers(m, a, r, u))) return [u, m.candidateScores[a][i]];
  }
  return [-1, 0];
}

function replace(p: Plan, a: number, v: number, score: Score): boolean {
  const [u, su] = bestFree(p, a, soleCover(p, a, v), v);
  if (u < 0 || su <= score(a, v) + EPS) return false;
  p.remove(a, v);
  p.add(a, u);
  return true;
}

function moveOrSwap(p: Plan, a: number, v: number, locked: Set<number>, score: Score): boolean {
  const m = p.m;
  const sv = score(a, v);
  const needs = soleCover(p, a, v);
  const sa = p.slotOf[a];
  for (const b of m.options[v]) {
    const sb = p.slotOf[b];
    if (b === a || sb < 0 || p.team[b].includes(v)) continue;
    // v must be able to sit in b's slot once it has left a.
    if (m.available[v * m.S + sb] === 0 || (sb !== sa && p.busy[v * m.S + sb] !== 0)) continue;
    const gainIn = score(b, v) - sv;
    if (p.team[b].length < m.maxSize[b]) {
      if (needs.length === 0 && p.team[a].length > m.minSize[a] && gainIn > EPS) {
        p.remove(a, v);
        p.add(b, v);
        return true;
      }
      // a needs a stand-in: the best free one, found before v leaves (v itself is not free)
      const [u, su] = bestFree(p, a, needs, v);
      if (u >= 0 && gainIn + su > EPS && (sb !== sa || u !== v)) {
        p.remove(a, v);
        p.add(b, v);
        if (p.freeIn(u, sa)) p.add(a, u);
        else {
          p.remove(b, v);
          p.add(a, v);
          continue;
        }
        return true;
      }
      continue;
    }
    for (const w of p.team[b]) {
      if (locked.has(b * m.V + w)) continue;
      const sw = score(a, w);
      if (Number.isNaN(sw)) continue;
      const gain = gainIn + sw - score(b, w);
      if (gain <= EPS) continue;
      if (!needs.every((r) => covers(m, a, r, w))) continue;
      if (!soleCover(p, b, w).every((r) => covers(m, b, r, v))) continue;
      if (m.available[w * m.S + sa] === 0 || (sb !== sa && p.busy[w * m.S + sa] !== 0)) continue;
      p.remove(a, v);
      p.remove(b, w);
      p.add(a, w);
      p.add(b, v);
      return true;
    }
  }
  return false;
}
