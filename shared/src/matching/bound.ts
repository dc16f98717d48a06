import { type Budget } from './budget';
import { covers, type Model } from './model';
import { binEdge } from './prune';
import { type Plan } from './plan';

/**
 * A Lagrangian upper bound on the total score of any solution serving at least `minPriority`:
 * volunteer capacities, table capacities and the priority floor are priced out, after which
 * each challenge independently picks its best slot and its best team of size min..max by
 * reduced score (coverage and the one-slot-per-volunteer rule are dropped, which only loosens
 * the bound). Multipliers follow projected subgradient steps, started from the heuristic's own
 * pair scores, until the time is up. Any multipliers give a valid bound; we keep the smallest.
 */
export function lagrangianBound(
  m: Model,
  p: Plan,
  minPriority: number,
  pinnedChallenges: Set<number>,
  budget: Budget,
): number {
  const pairs = m.allPairs ?? flatCandidates(m);
  const target = p.totalScore();
  // Start from prices the heuristic suggests: a full team's seat is worth its weakest member's
  // score, and a volunteer is worth the best surplus they would bring to any served team.
  const seat = new Float64Array(m.C).fill(Infinity);
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] < 0) continue;
    seat[c] = p.team[c].length < m.maxSize[c] ? 0 : Math.min(...p.team[c].map((v) => m.score(c, v)));
  }
  const u = p.prices ? p.prices.slice() : new Float64Array(m.V);
  for (let c = 0; c < m.C && !p.prices; c++) {
    if (seat[c] === Infinity) continue;
    for (let i = pairs.starts[c]; i < pairs.starts[c + 1]; i++) {
      const v = pairs.volunteer[i];
      u[v] = Math.max(u[v], pairs.score[i] - seat[c]);
    }
  }
  const w = new Float64Array(m.S);
  let lambda = 0;
  const openable = servableSlots(m, pairs);
  const count = new Int32Array(m.V);
  const opened = new Int32Array(m.S);
  let best = Infinity;
  // Polyak steps towards the heuristic's score, θ halved after 6 iterations without a better bound. Measured at
  // national size: θ = 2 / 6 beats the former 1 / 4 (too slow to converge); θ = 4 overshoots and never improves.
  let theta = 2;
  let stale = 0;
  const top = new Float64Array(64);
  const topV = new Int32Array(64);
  const chosen: number[] = [];
  for (let iter = 0; iter < 500; iter++) {
    if (iter > 0 && budget.over()) break;
    count.fill(0);
    opened.fill(0);
    let value = -lambda * minPriority;
    for (let v = 0; v < m.V; v++) value += m.vMax[v] * u[v];
    for (let s = 0; s < m.S; s++) value += m.capacity[s] * w[s];
    let served = 0;
    for (let c = 0; c < m.C; c++) {
      const k = Math.min(m.maxSize[c], 64);
      let bestVal = pinnedChallenges.has(c) ? -Infinity : 0;
      let bestSlot = -1;
      let bestTeam: number[] = [];
      for (const s of openable[c]) {
        // keep the k largest reduced scores among candidates available in s (insertion: k is small)
        let size = 0;
        for (let i = pairs.starts[c]; i < pairs.starts[c + 1]; i++) {
          // pairs come best bin first and reduced <= raw score: nothing later can enter a full list
          if (size === k && top[k - 1] >= binEdge(pairs.score[i])) break;
          const v = pairs.volunteer[i];
          budget.spend();
          if (m.available[v * m.S + s] === 0) continue;
          const r = pairs.score[i] - u[v];
          if (size === k && r <= top[k - 1]) continue;
          let j = size < k ? size++ : k - 1;
          while (j > 0 && top[j - 1] < r) {
            top[j] = top[j - 1];
            topV[j] = topV[j - 1];
            j--;
          }
          top[j] = r;
          topV[j] = v;
        }
        if (size < m.minSize[c]) continue;
        let team = 0;
        chosen.length = 0;
        for (let j = 0; j < size && (j < m.minSize[c] || top[j] > 0); j++) {
          team += top[j];
          chosen.push(topV[j]);
        }
        const val = team - w[s] + lambda * m.priority[c];
        if (val > bestVal) [bestVal, bestSlot, bestTeam] = [val, s, chosen.slice()];
      }
      if (bestSlot < 0) continue;
      value += bestVal;
      opened[bestSlot]++;
      served += m.priority[c];
      for (const v of bestTeam) count[v]++;
    }
    if (value < best - 1e-9) [best, stale] = [value, 0];
    else if (++stale >= 6) [theta, stale] = [theta / 2, 0];
    // Projected subgradient: a multiplier at 0 whose constraint has slack stays at 0, so its component
    // does not count in the step's norm (thousands of idle volunteers would otherwise shrink every step).
    const moves = (x: number, g: number) => (x > 0 || g < 0 ? g * g : 0);
    let norm = moves(lambda, served - minPriority);
    for (let v = 0; v < m.V; v++) norm += moves(u[v], m.vMax[v] - count[v]);
    for (let s = 0; s < m.S; s++) norm += moves(w[s], m.capacity[s] - opened[s]);
    if (norm === 0 || best - target < 1e-9) break;
    const step = (theta * Math.max(value - target, 1e-6)) / norm;
    for (let v = 0; v < m.V; v++) u[v] = Math.max(0, u[v] - step * (m.vMax[v] - count[v]));
    for (let s = 0; s < m.S; s++) w[s] = Math.max(0, w[s] - step * (m.capacity[s] - opened[s]));
    lambda = Math.max(0, lambda - step * (served - minPriority));
  }
  return best;
}

type Pairs = { starts: Int32Array; volunteer: Int32Array; score: Float64Array };

function flatCandidates(m: Model): Pairs {
  const starts = new Int32Array(m.C + 1);
  for (let c = 0; c < m.C; c++) starts[c + 1] = starts[c] + m.candidates[c].length;
  const volunteer = new Int32Array(starts[m.C]);
  const score = new Float64Array(starts[m.C]);
  for (let c = 0; c < m.C; c++) {
    volunteer.set(m.candidates[c], starts[c]);
    score.set(m.candidateScores[c], starts[c]);
  }
  return { starts, volunteer, score };
}

/** Slots where c could run at all: a table exists and each required skill has a coverer available there. */
function servableSlots(m: Model, pairs: Pairs): number[][] {
  return Array.from({ length: m.C }, (_, c) => {
    const inC = pairs.volunteer.subarray(pairs.starts[c], pairs.starts[c + 1]);
    return [...m.challengeSlots[c]].filter(
      (s) =>
        m.capacity[s] > 0 &&
        [...m.required[c]].every((r) => inC.some((v) => m.available[v * m.S + s] === 1 && covers(m, c, r, v))),
    );
  });
}
