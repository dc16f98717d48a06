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

/** Whether an instance with this many eligible pairs is pruned (keepPairs). */
export const prunes = (pairs: number) => pairs > PRUNE_ABOVE;

/**
 * Orders one challenge's pairs (from..to, in place) by score bin, best first, stably (a counting sort through
 * `spareV`, `spareS`, each as long as the longest list). The compiler sorts each challenge's pairs so as soon as they
 * are scored where it expects to prune (`prunes`), while they are in the cache: sorted afterwards, in a pass over ten
 * million pairs and into copies of them, it took ≈ 0.2 s more and 120 MB.
 */
export class BinSorter {
  private readonly count = new Int32Array(BINS + 1);
  private spareV = new Int32Array(0);
  private spareS = new Float64Array(0);

  sort(from: number, to: number, pairV: Int32Array, pairS: Float64Array): void {
    const n = to - from;
    if (this.spareV.length < n) {
      this.spareV = new Int32Array(n);
      this.spareS = new Float64Array(n);
    }
    const { count, spareV, spareS } = this;
    count.fill(0);
    for (let p = from; p < to; p++) count[BINS - bin(pairS[p])]++;
    for (let b = 0; b < BINS; b++) count[b + 1] += count[b];
    for (let p = from; p < to; p++) {
      const at = count[BINS - 1 - bin(pairS[p])]++;
      spareV[at] = pairV[p];
      spareS[at] = pairS[p];
    }
    pairV.set(spareV.subarray(0, n), from);
    pairS.set(spareS.subarray(0, n), from);
  }
}

/**
 * Keeps all pairs, or at national size the ones a good solution can plausibly use. `binned`: each challenge's pairs
 * are in BinSorter's order already.
 */
export function keepPairs(
  m: Model,
  starts: Int32Array,
  pairV: Int32Array,
  pairS: Float64Array,
  n: number,
  pinned: Set<number>,
  binned: boolean,
): void {
  const keep = new Uint8Array(n);
  if (!prunes(n)) {
    keep.fill(1);
  } else {
    m.pruned = true;
    // Scores bucketed into 256 bins: linear-time "top k" for 10^7 pairs, where sorting would take seconds.
    if (!binned) {
      const sorter = new BinSorter();
      for (let c = 0; c < m.C; c++) sorter.sort(starts[c], starts[c + 1], pairV, pairS);
    }
    const binOf = bins(pairS, n);
    // (views, unless the arrays have much room to spare, as where most given scores were not eligible pairs)
    const roomy = pairV.length > 1.25 * n;
    const volunteer = roomy ? pairV.slice(0, n) : pairV.subarray(0, n);
    m.allPairs = { starts, volunteer, score: roomy ? pairS.slice(0, n) : pairS.subarray(0, n) };
    const hist = new Int32Array(m.V * BINS);
    for (let p = 0; p < n; p++) hist[pairV[p] * BINS + binOf[p]]++;
    // Each volunteer keeps its top challenges by score ...
    const threshold = new Int32Array(m.V);
    for (let v = 0; v < m.V; v++) {
      let seen = 0;
      let b = BINS - 1;
      for (; b > 0 && seen + hist[v * BINS + b] < KEEP_PER_VOLUNTEER; b--) seen += hist[v * BINS + b];
      threshold[v] = b;
    }
    for (let p = 0; p < n; p++) if (binOf[p] >= threshold[pairV[p]]) keep[p] = 1;
    // ... and each challenge its best candidates, plus the best coverers of each required skill,
    // so that pruning never makes a servable challenge unservable.
    const { levels, skillCount } = m.volunteers;
    for (let c = 0; c < m.C; c++) {
      const want = Math.max(30, KEEP_PER_CHALLENGE_FACTOR * m.maxSize[c]);
      for (let p = starts[c]; p < Math.min(starts[c + 1], starts[c] + want); p++) keep[p] = 1;
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
  // Pinned pairs are kept: only the pinned challenges' pairs are looked at (ten million Set lookups took 0.15 s).
  for (const c of new Set([...pinned].map((key) => Math.floor(key / m.V))))
    for (let p = starts[c]; p < starts[c + 1]; p++) if (pinned.has(c * m.V + pairV[p])) keep[p] = 1;
  const kept = prunes(n) ? countKept(keep, n) : n;
  // Pair scores by key c · V + v: a dense array up to a few million cells (fast lookups in the local search; NaN: not
  // a kept pair), a hash table beyond.
  const dense = m.C * m.V <= DENSE_SCORES ? new Float64Array(m.C * m.V).fill(NaN) : null;
  const sparse = dense ? null : new ScoreTable(kept);
  const optionCount = new Int32Array(m.V);
  // every kept pair by challenge (CSR), each challenge's candidates a view into it
  const flatStarts = new Int32Array(m.C + 1);
  const flatV = new Int32Array(kept);
  const flatS = new Float64Array(kept);
  let widest = 0;
  for (let c = 0; c < m.C; c++) widest = Math.max(widest, starts[c + 1] - starts[c]);
  const order = new Int32Array(widest);
  const spare = new Int32Array(widest);
  const keys = new Int32Array(widest);
  const count = new Int32Array(RADIX + 1);
  for (let c = 0; c < m.C; c++) {
    const k = sortedKept(starts[c], starts[c + 1], keep, pairV, pairS, order, spare, count, keys);
    const at = flatStarts[c];
    flatStarts[c + 1] = at + k;
    const cands = flatV.subarray(at, at + k);
    const scores = flatS.subarray(at, at + k);
    copyCandidates(c * m.V, k, order, pairV, pairS, cands, scores, optionCount, dense, sparse);
    m.candidates.push(cands);
    m.candidateScores.push(scores);
  }
  m.candidatePairs = { starts: flatStarts, volunteer: flatV, score: flatS };
  m.options = Array.from({ length: m.V }, (_, v) => new Int32Array(optionCount[v]));
  optionCount.fill(0);
  for (let c = 0; c < m.C; c++) addOptions(m.options, c, m.candidates[c], optionCount);
  const V = m.V;
  m.score = dense ? (c, v) => dense[c * V + v] : (c, v) => sparse!.get(c * V + v);
}

// Each loop over all pairs in a function of its own: V8 then optimises it as a whole, where a loop inside a long
// function runs interpreted until replaced mid-loop and falls back at the first code after it.

function bins(pairS: Float64Array, n: number): Uint8Array {
  const binOf = new Uint8Array(n);
  for (let p = 0; p < n; p++) binOf[p] = bin(pairS[p]);
  return binOf;
}

function countKept(keep: Uint8Array, n: number): number {
  let kept = 0;
  for (let p = 0; p < n; p++) kept += keep[p];
  return kept;
}

function addOptions(options: Int32Array[], c: number, cands: Int32Array, optionCount: Int32Array): void {
  for (let i = 0; i < cands.length; i++) {
    const v = cands[i];
    options[v][optionCount[v]++] = c;
  }
}

/** Score keys of the radix sort: 16 bits, two passes of 8. */
const RADIX = 256;
const FINE = RADIX * RADIX;
/** A pair's sort key, best score first: scores closer than 1/65 536 share one and are ordered exactly afterwards. */
const fineKey = (score: number) => FINE - 1 - Math.max(0, Math.min(FINE - 1, Math.floor(score * FINE)));

/**
 * Positions of one challenge's kept pairs (from..to) into `order`, by score best first, then by volunteer; returns
 * how many. A stable radix sort on a 16-bit key (two counting passes) and an exact pass over pairs sharing a key,
 * in linear time: a comparison sort of each challenge's pairs was the largest part of compiling. Functions per
 * challenge, not loops inside keepPairs, so that V8 optimises them after a few challenges.
 */
function sortedKept(
  from: number,
  to: number,
  keep: Uint8Array,
  pairV: Int32Array,
  pairS: Float64Array,
  order: Int32Array,
  spare: Int32Array,
  count: Int32Array,
  keys: Int32Array,
): number {
  let k = 0;
  for (let p = from; p < to; p++) if (keep[p] === 1) spare[k++] = p;
  // each pair's key once, by position from `from` (the passes below look it up four times)
  for (let p = from; p < to; p++) keys[p - from] = fineKey(pairS[p]);
  radixPass(spare, order, k, keys, from, 0, count);
  radixPass(order, spare, k, keys, from, 8, count);
  order.set(spare.subarray(0, k));
  sortWithinKeys(order, k, pairV, pairS, keys, from);
  return k;
}

/** One stable counting pass of the radix sort, on the key's 8 bits from `shift`. */
function radixPass(
  src: Int32Array,
  dst: Int32Array,
  k: number,
  keys: Int32Array,
  from: number,
  shift: number,
  count: Int32Array,
): void {
  count.fill(0);
  for (let i = 0; i < k; i++) count[((keys[src[i] - from] >> shift) & (RADIX - 1)) + 1]++;
  for (let b = 0; b < RADIX; b++) count[b + 1] += count[b];
  for (let i = 0; i < k; i++) {
    const p = src[i];
    dst[count[(keys[p - from] >> shift) & (RADIX - 1)]++] = p;
  }
}

/** The candidates of one challenge (keys from `base` = c · V) in order, counted per volunteer and entered in the table. */
function copyCandidates(
  base: number,
  k: number,
  order: Int32Array,
  pairV: Int32Array,
  pairS: Float64Array,
  cands: Int32Array,
  scores: Float64Array,
  optionCount: Int32Array,
  dense: Float64Array | null,
  sparse: ScoreTable | null,
): void {
  for (let i = 0; i < k; i++) {
    const p = order[i];
    const v = pairV[p];
    cands[i] = v;
    scores[i] = pairS[p];
    optionCount[v]++;
    if (dense) dense[base + v] = pairS[p];
    else sparse!.set(base + v, pairS[p]);
  }
}

/** Pair scores by key c · V + v in an open-addressing hash table (typed arrays: ~10^6 keys at national size). */
class ScoreTable {
  private readonly keys: Float64Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(size: number) {
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    // keys can exceed 2^31 (C · V): mix the high word in
    let i = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** NaN when the pair was not kept. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : NaN;
  }
}

/**
 * Orders `order[0..k)`, already sorted by fine key, by score descending then volunteer, within each key. Pairs
 * come in volunteer order unless scores were given, so a run is nearly always in order already: checked first.
 */
function sortWithinKeys(
  order: Int32Array,
  k: number,
  pairV: Int32Array,
  pairS: Float64Array,
  keys: Int32Array,
  base: number,
): void {
  const before = (a: number, b: number) => pairS[a] > pairS[b] || (pairS[a] === pairS[b] && pairV[a] < pairV[b]);
  for (let from = 0; from < k;) {
    const key = keys[order[from] - base];
    let to = from + 1;
    let sorted = true;
    for (; to < k && keys[order[to] - base] === key; to++)
      if (sorted && before(order[to], order[to - 1])) sorted = false;
    if (sorted) {
      // nothing to do
    } else if (to - from > 32) {
      // many equal scores out of volunteer order (given scores on a coarse grid): a comparison sort
      const run = Array.from(order.subarray(from, to)).sort((x, y) => pairS[y] - pairS[x] || pairV[x] - pairV[y]);
      order.set(run, from);
    } else {
      for (let i = from + 1; i < to; i++) {
        const x = order[i];
        let j = i;
        while (j > from && before(x, order[j - 1])) {
          order[j] = order[j - 1];
          j--;
        }
        order[j] = x;
      }
    }
    from = to;
  }
}
