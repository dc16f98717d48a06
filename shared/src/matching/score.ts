import { SCORE_FACTORS, type ScoreFactor, type ScoreWeights } from './types';

/**
 * Default factor weights; they add up to 1. Skill fit dominates because a team that cannot do
 * the work helps nobody; causes come next because shared motivation predicts that volunteers
 * show up and stay (the follow-up surveys ask exactly this).
 */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  skills: 0.5,
  niceToHave: 0.15,
  languages: 0.1,
  causes: 0.15,
  format: 0.1,
};

/** Share of a requirement's credit earned by covering it at exactly minLevel. */
const COVERED_CREDIT = 0.75;
/** Levels above minLevel that still earn extra credit; beyond that an expert is not "more" useful. */
const EXTRA_LEVEL_CAP = 2;
/** Share earned by a level below minLevel: related experience, useful next to a teammate who covers it. */
const BELOW_CREDIT = 0.4;

/** Credit for holding `level` (0 = not at all) where `minLevel` is wanted. Non-decreasing in `level`. */
export function levelCredit(level: number, minLevel: number): number {
  if (level >= minLevel) {
    return COVERED_CREDIT + ((1 - COVERED_CREDIT) * Math.min(level - minLevel, EXTRA_LEVEL_CAP)) / EXTRA_LEVEL_CAP;
  }
  return (BELOW_CREDIT * level) / minLevel;
}

/**
 * Effective weights, adding up to 1 so that every pair score stays in [0, 1] whatever the organizer typed. Weights the
 * instance gives are kept as they are when they add up to at most 1, and the factors it leaves out share the rest in
 * the proportions of their defaults (`{skills: 0.6, languages: 0.1, causes: 0.2}`: niceToHave 0.06, format 0.04).
 * Given weights that add up to more than 1, or all five factors, are merged over the defaults and normalised: only
 * their proportions count.
 */
export function effectiveWeights(overrides?: Partial<ScoreWeights>): ScoreWeights {
  const given = SCORE_FACTORS.filter((f) => overrides?.[f] !== undefined);
  const givenTotal = given.reduce((sum, f) => sum + overrides![f]!, 0);
  const left = SCORE_FACTORS.filter((f) => overrides?.[f] === undefined);
  const leftDefault = left.reduce((sum, f) => sum + DEFAULT_WEIGHTS[f], 0);
  const out = {} as ScoreWeights;
  if (given.length > 0 && left.length > 0 && givenTotal <= 1) {
    for (const f of given) out[f] = overrides![f]!;
    for (const f of left) out[f] = ((1 - givenTotal) * DEFAULT_WEIGHTS[f]) / leftDefault;
    return out;
  }
  const merged = { ...DEFAULT_WEIGHTS, ...overrides };
  const total = SCORE_FACTORS.reduce((sum, f) => sum + merged[f], 0);
  for (const f of SCORE_FACTORS) out[f] = total > 0 ? merged[f] / total : 0;
  return out;
}

/** Whether these overrides, merged over the defaults, leave every factor at 0: then no pair could score. */
export function weighsNothing(overrides?: Partial<ScoreWeights>): boolean {
  return SCORE_FACTORS.every((f) => (overrides?.[f] ?? DEFAULT_WEIGHTS[f]) === 0);
}

/** What the score needs to know about one challenge, with skills and languages interned. */
export interface ScoredChallenge {
  reqSkill: Int32Array;
  reqLevel: Int32Array;
  reqWeight: Float64Array;
  reqRequired: Uint8Array;
  languages: Int32Array;
  causes: Int32Array;
  format: number;
}

/** Dense per-volunteer rows: level by interned skill, 0/1 by language and cause. */
export interface ScoredVolunteers {
  skillCount: number;
  levels: Uint8Array;
  languageCount: number;
  speaks: Uint8Array;
  causeCount: number;
  cares: Uint8Array;
  preferredFormat: Int8Array;
}

// Each factor's value from what the pair shares, for factorValues and BulkScorer alike (so that both give the same
// bits; small enough for V8 to inline into their loops).
/** skills, niceToHave: the mean credit over the requirements of that kind, 1 without any */
const meanCredit = (sum: number, weight: number) => (weight > 0 ? sum / weight : 1);
/** languages: 1 without a language constraint, else 0.5 + half the share of the challenge's languages spoken */
const languageValue = (shared: number, wanted: number) => (wanted === 0 ? 1 : 0.5 + (0.5 * shared) / wanted);
/** causes: 0.5 when the challenge names none, 0 when none is shared, else 0.5 + half the share shared */
const causeValue = (shared: number, named: number) =>
  named === 0 ? 0.5 : shared === 0 ? 0 : 0.5 + (0.5 * shared) / named;
/** format: 1 for the volunteer's preferred format, else 0.5 */
const formatValue = (preferred: boolean) => (preferred ? 1 : 0.5);

/** Factor values of one pair, in SCORE_FACTORS order, written into `out`. */
export function factorValues(c: ScoredChallenge, vs: ScoredVolunteers, v: number, out: Float64Array): void {
  let reqSum = 0;
  let reqWeight = 0;
  let niceSum = 0;
  let niceWeight = 0;
  const base = v * vs.skillCount;
  for (let r = 0; r < c.reqSkill.length; r++) {
    const credit = levelCredit(vs.levels[base + c.reqSkill[r]], c.reqLevel[r]);
    if (c.reqRequired[r]) {
      reqSum += credit * c.reqWeight[r];
      reqWeight += c.reqWeight[r];
    } else {
      niceSum += credit * c.reqWeight[r];
      niceWeight += c.reqWeight[r];
    }
  }
  out[0] = meanCredit(reqSum, reqWeight);
  out[1] = meanCredit(niceSum, niceWeight);
  // (indexed loops: this runs for every pair of an instance, most of it before V8 optimises it, where for-of costs
  // an iterator per pair)
  let shared = 0;
  for (let i = 0; i < c.languages.length; i++) shared += vs.speaks[v * vs.languageCount + c.languages[i]];
  out[2] = languageValue(shared, c.languages.length);
  let causes = 0;
  for (let i = 0; i < c.causes.length; i++) causes += vs.cares[v * vs.causeCount + c.causes[i]];
  out[3] = causeValue(causes, c.causes.length);
  out[4] = formatValue(vs.preferredFormat[v] === c.format);
}

export function weightVector(weights: ScoreWeights): Float64Array {
  return Float64Array.from(SCORE_FACTORS.map((f: ScoreFactor) => weights[f]));
}

/**
 * A weighted score is at most 1 (the values are, and the weights add up to 1), but the weights' sum can round a hair
 * above it (`{skills: 2}`: 0.8 + 0.06 + 0.04 + 0.06 + 0.04 = 1.0000000000000002), and with it a pair that fits in
 * every factor: capped, as the contract's [0, 1] wants.
 */
const atMostOne = (s: number) => (s > 1 ? 1 : s);

export function weightedScore(values: Float64Array, weights: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] * weights[i];
  return atMostOne(s);
}

/** Levels a volunteer can hold in a skill: 0 (not at all) to 4. */
const LEVELS = 5;

/**
 * Scores one challenge's pairs in bulk: `out[i]` = weightedScore(factorValues(c, vs, pool[i])) for from ≤ i < to, to the last
 * bit (the same operations in the same order; a test holds them equal). Compiling a national instance scores ten
 * million pairs: here each requirement's credit is a lookup by level in a table made once per challenge, and the
 * weights' sums are made once, where a call per pair and a call per requirement (levelCredit) took ≈ 0.4 s more.
 */
export class BulkScorer {
  private credit = new Float64Array(0);
  private reqSum = new Float64Array(0);
  private niceSum = new Float64Array(0);

  /** levels by skill, then volunteer: a requirement's pass over the pairs reads its skill's row in order */
  private readonly bySkill: Uint8Array;

  constructor(
    private readonly vs: ScoredVolunteers,
    private readonly weights: Float64Array,
  ) {
    const { levels, skillCount } = vs;
    const V = vs.preferredFormat.length;
    this.bySkill = new Uint8Array(levels.length);
    for (let v = 0; v < V; v++)
      for (let k = 0; k < skillCount; k++) this.bySkill[k * V + v] = levels[v * skillCount + k];
  }

  score(c: ScoredChallenge, pool: Int32Array, from: number, to: number, out: Float64Array): void {
    const { vs, weights } = this;
    const R = c.reqSkill.length;
    if (this.credit.length < R * LEVELS) this.credit = new Float64Array(R * LEVELS);
    const credit = this.credit;
    let reqWeight = 0;
    let niceWeight = 0;
    for (let r = 0; r < R; r++) {
      for (let level = 0; level < LEVELS; level++) credit[r * LEVELS + level] = levelCredit(level, c.reqLevel[r]);
      if (c.reqRequired[r]) reqWeight += c.reqWeight[r];
      else niceWeight += c.reqWeight[r];
    }
    const bySkill = this.bySkill;
    const V = vs.preferredFormat.length;
    const { speaks, languageCount, cares, causeCount, preferredFormat } = vs;
    const { reqSkill, reqWeight: weightOf, reqRequired, languages, causes, format } = c;
    const n = to - from;
    if (this.reqSum.length < n) {
      this.reqSum = new Float64Array(n);
      this.niceSum = new Float64Array(n);
    }
    const reqSum = this.reqSum.fill(0, 0, n);
    const niceSum = this.niceSum.fill(0, 0, n);
    // requirement by requirement over the pairs (each pair's sums in the same order as factorValues's)
    for (let r = 0; r < R; r++) {
      const sums = reqRequired[r] ? reqSum : niceSum;
      const w = weightOf[r];
      const row = reqSkill[r] * V;
      const table = r * LEVELS;
      for (let i = 0; i < n; i++) sums[i] += credit[table + bySkill[row + pool[from + i]]] * w;
    }
    const L = languages.length;
    const K = causes.length;
    for (let i = from; i < to; i++) {
      const v = pool[i];
      let shared = 0;
      for (let j = 0; j < L; j++) shared += speaks[v * languageCount + languages[j]];
      let cared = 0;
      for (let j = 0; j < K; j++) cared += cares[v * causeCount + causes[j]];
      // weightedScore's sum, factor by factor in SCORE_FACTORS order
      let s = 0;
      s += meanCredit(reqSum[i - from], reqWeight) * weights[0];
      s += meanCredit(niceSum[i - from], niceWeight) * weights[1];
      s += languageValue(shared, L) * weights[2];
      s += causeValue(cared, K) * weights[3];
      s += formatValue(preferredFormat[v] === format) * weights[4];
      out[i] = atMostOne(s);
    }
  }
}
