import { type Model } from './model';

// Pruning for national size: which eligible pairs the solver keeps, and the score buckets the
// bound uses to stop its scans early.

/** Above this many eligible pairs, each volunteer keeps only its best challenges (plus the ones it is needed for). */
const PRUNE_ABOVE = 600_000;
const KEEP_PER_VOLUNTEER = 40;
const KEEP_PER_CHALLENGE_FACTOR = 6;
const DENSE_SCORES = 5_000_000;
const KEEP_COVERERS = 25;

const BINS = 256;
export const bin = (score: number) => Math.min(BINS - 1, Math.floor(score * BINS));
/** Upper edge of a score's bin: no pair later in a bucket-sorted list scores more. */
export const binEdge = (score: number) => Math.min(1, (bin(score) + 1) / BINS);

/** Orders each challenge's pairs by score bin, best first (counting sort). */
function bucketSortByChallenge(
  starts: Int32Array,
  pairV: Int32Array,
  pairS: Float64Array,
  C: number,
): [Int32Array, Float64Array] {
  const outV = new Int32Array(starts[C]);
  const outS = new Float64Array(starts[C]);
  const count = new Int32Array(BINS + 1);
  for (let c = 0; c < C; c++) {
    count.fill(0);
    for (let p = starts[c]; p < starts[c + 1]; p++) count[BINS - 1 - bin(pairS[p]) + 1]++;
    for (let b = 0; b < BINS; b++) count[b + 1] += count[b];
    for (let p = starts[c]; p < starts[c + 1]; p++) {
      const at = starts[c] + count[BINS - 1 - bin(pairS[p])]++;
      outV[at] = pairV[p];
      outS[at] = pairS[p];
    }
  }
  return [outV, outS];
}

/** Keeps all pairs, or at national size the ones a good solution can plausibly use. */
export function keepPairs(
  m: Model,
  starts: Int32Array,
  pairV: Int32Array,
  pairS: Float64Array,
  n: number,
  pinned: Set<number>,
): void {
  const keep = new Uint8Array(n);
  if (n <= PRUNE_ABOVE) keep.fill(1);
  else {
    m.pruned = true;
    // Scores bucketed into 256 bins: linear-time "top k" for 10^7 pairs, where sorting would take seconds.
    [pairV, pairS] = bucketSortByChallenge(starts, pairV, pairS, m.C);
    m.allPairs = { starts, volunteer: pairV, score: pairS };
    const hist = new Int32Array(m.V * BINS);
    for (let p = 0; p < n; p++) hist[pairV[p] * BINS + bin(pairS[p])]++;
    // Each volunteer keeps its top challenges by score ...
    const threshold = new Int32Array(m.V);
    for (let v = 0; v < m.V; v++) {
      let seen = 0;
      let b = BINS - 1;
      for (; b > 0 && seen + hist[v * BINS + b] < KEEP_PER_VOLUNTEER; b--) seen += hist[v * BINS + b];
      threshold[v] = b;
    }
    for (let p = 0; p < n; p++) if (bin(pairS[p]) >= threshold[pairV[p]]) keep[p] = 1;
    // ... and each challenge its best candidates, plus the best coverers of each required skill,
    // so that pruning never makes a servable challenge unservable.
    for (let c = 0; c < m.C; c++) {
      const want = Math.max(30, KEEP_PER_CHALLENGE_FACTOR * m.maxSize[c]);
      for (let p = starts[c]; p < Math.min(starts[c + 1], starts[c] + want); p++) keep[p] = 1;
      const { levels, skillCount } = m.volunteers;
      for (const r of m.required[c]) {
        const skill = m.scored[c].reqSkill[r];
        const level = m.scored[c].reqLevel[r];
        let kept = 0;
        for (let p = starts[c]; p < starts[c + 1] && kept < KEEP_COVERERS; p++) {
          if (levels[pairV[p] * skillCount + skill] >= level) {
            keep[p] = 1;
            kept++;
          }
        }
      }
    }
  }
  const options: number[][] = Array.from({ length: m.V }, () => []);
  // Dense table up to a few million cells (fast lookups in the local search), a map beyond.
  const dense = m.C * m.V <= DENSE_SCORES ? new Float64Array(m.C * m.V).fill(NaN) : null;
  const sparse = dense ? null : new Map<number, number>();
  for (let c = 0; c < m.C; c++) {
    const ps: number[] = [];
    for (let p = starts[c]; p < starts[c + 1]; p++)
      if (keep[p] || (pinned.size > 0 && pinned.has(c * m.V + pairV[p]))) ps.push(p);
    ps.sort((a, b) => pairS[b] - pairS[a] || pairV[a] - pairV[b]);
    m.candidates.push(Int32Array.from(ps.map((p) => pairV[p])));
    m.candidateScores.push(Float64Array.from(ps.map((p) => pairS[p])));
    for (const p of ps) {
      options[pairV[p]].push(c);
      if (dense) dense[c * m.V + pairV[p]] = pairS[p];
      else sparse!.set(c * m.V + pairV[p], pairS[p]);
    }
  }
  m.options = options.map((o) => Int32Array.from(o));
  const V = m.V;
  m.score = dense ? (c, v) => dense[c * V + v] : (c, v) => sparse!.get(c * V + v) ?? NaN;
}
