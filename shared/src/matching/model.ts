import { BulkScorer, effectiveWeights, weightVector, type ScoredChallenge, type ScoredVolunteers } from './score';
import { givenScoreKeys } from './parse';
import { BinSorter, keepPairs, prunes } from './prune';
import { FORMATS, type GivenScore, type MatchingInstance } from './types';

/**
 * The instance compiled to dense indexes: challenges, volunteers and slots by position,
 * skills/languages/causes interned, and the eligible (challenge, volunteer) pairs with their
 * scores. Everything the solver touches in its inner loops lives here.
 */
export interface Model {
  instance: MatchingInstance;
  C: number;
  V: number;
  S: number;
  priority: Float64Array;
  minSize: Int32Array;
  maxSize: Int32Array;
  capacity: Int32Array;
  vMax: Int32Array;
  /** volunteer availability, V x S */
  available: Uint8Array;
  challengeSlots: Int32Array[];
  scored: ScoredChallenge[];
  volunteers: ScoredVolunteers;
  /** per challenge: indices into reqSkill of its required skills */
  required: Int32Array[];
  /** candidates of each challenge (eligible, kept after pruning), by score descending */
  candidates: Int32Array[];
  candidateScores: Float64Array[];
  /** challenges each volunteer is a candidate for */
  options: Int32Array[];
  /** pair score, NaN when (c, v) is not a kept pair */
  score: (c: number, v: number) => number;
  weights: Float64Array;
  /** true when some eligible pairs were dropped to keep national-size runs fast */
  pruned: boolean;
  /** every eligible pair grouped by challenge (CSR), kept only when pruned: the bound must see them all */
  allPairs?: Pairs;
  /** the kept pairs grouped by challenge (CSR), by score descending: `candidates` and `candidateScores` are views into it */
  candidatePairs: Pairs;
}

/** Pairs grouped by challenge: those of c at starts[c] .. starts[c + 1]. */
export interface Pairs {
  starts: Int32Array;
  volunteer: Int32Array;
  score: Float64Array;
}

export const pairKey = (m: Model, c: number, v: number): number => c * m.V + v;

export function covers(m: Model, c: number, r: number, v: number): boolean {
  const s = m.scored[c];
  return m.volunteers.levels[v * m.volunteers.skillCount + s.reqSkill[r]] >= s.reqLevel[r];
}

const masksOf = new WeakMap<Model, Int32Array[]>();

/** The largest priority of any challenge (0 without challenges). */
export function largestPriority(m: Model): number {
  let most = 0;
  for (let c = 0; c < m.C; c++) most = Math.max(most, m.priority[c]);
  return most;
}

/**
 * Per challenge, aligned with its candidates: bit j set when the candidate covers the challenge's
 * j-th required skill (m.required[c][j]). Built once per model, on first use. Challenges with more
 * than 31 required skills (never seen in practice) keep only the first 31 bits: callers check
 * `covers` for those.
 */
export function coverMasks(m: Model): Int32Array[] {
  let masks = masksOf.get(m);
  if (!masks) {
    masks = m.candidates.map((cands, c) => masksFor(m, c, cands));
    masksOf.set(m, masks);
  }
  return masks;
}

/** The bits of `coverMasks` that stand for all of c's required skills (the first 31). */
export function requiredBits(m: Model, c: number): number {
  const n = m.required[c].length;
  return n >= 31 ? 0x7fffffff : (1 << n) - 1;
}

/** The required skills of c that v covers, as a bit mask like `coverMasks`' (the first 31). */
export function coverBits(m: Model, c: number, v: number): number {
  const req = m.required[c];
  let bits = 0;
  for (let j = 0; j < Math.min(req.length, 31); j++) if (covers(m, c, req[j], v)) bits |= 1 << j;
  return bits;
}

/**
 * Whether at most `max` people together cover all `skills` required skills, given the distinct sets of them each
 * person covers (`masks`, bit j: the j-th required skill). Exact, over skill subsets, where that is cheap enough.
 */
export function coverWithin(masks: number[], skills: number, max: number): boolean {
  if (skills === 0) return true;
  if (skills > 20) return true; // not worth an exact answer; the solver will find out
  const full = (1 << skills) - 1;
  let union = 0;
  for (const mask of masks) union |= mask;
  if (union !== full) return false;
  // (one person per skill is enough; and beyond a few million steps the answer is not worth its time either)
  if (max >= skills || masks.length * 2 ** skills > 1 << 22) return true;
  // breadth first over the sets of skills k people can cover, each set once
  const reached = new Uint8Array(full + 1);
  reached[0] = 1;
  let frontier = [0];
  for (let k = 0; k < max && frontier.length > 0; k++) {
    const next: number[] = [];
    for (const a of frontier)
      for (const b of masks) {
        const x = a | b;
        if (x === full) return true;
        if (reached[x] === 0) {
          reached[x] = 1;
          next.push(x);
        }
      }
    frontier = next;
  }
  return false;
}

const teamableOf = new WeakMap<Model, Uint8Array>();

/**
 * Where each challenge could run at all, the other challenges aside (c · S + s: 1): slot s has a table, at least
 * `teamSize.min` of c's candidates can come then, and at most `teamSize.max` of them cover every required skill (the
 * first 31; `coverWithin`). Built once per model, on first use. The construction, the repairs and the bound pass over
 * the other slots at once: on the second generator's h07 (teams of 1–2 covering 3–4 skills at levels 3–4), 55
 * challenges have coverers for each skill but no team of two covering all, and every repair of every plan tried them,
 * each try a copy of the plan and a team that could not be built.
 */
export function teamableSlots(m: Model): Uint8Array {
  let teamable = teamableOf.get(m);
  if (teamable) return teamable;
  teamable = new Uint8Array(m.C * m.S);
  const masks = coverMasks(m);
  for (let c = 0; c < m.C; c++)
    for (const s of m.challengeSlots[c]) if (teamableIn(m, c, s, m.candidates[c], masks[c])) teamable[c * m.S + s] = 1;
  teamableOf.set(m, teamable);
  return teamable;
}

/** Whether a team of c's size from these of its volunteers (`masks`: theirs, as `masksFor`) can run in slot s. */
export function teamableIn(m: Model, c: number, s: number, volunteers: Int32Array, masks: Int32Array): boolean {
  if (m.capacity[s] <= 0) return false;
  const full = requiredBits(m, c);
  const skills = Math.min(m.required[c].length, 31);
  // Where a team may have a member per required skill, enough people who together cover them all will do: the scan
  // stops as soon as they are found (after a few dozen candidates, mostly). Else the sets of skills they cover count.
  const each = m.maxSize[c] >= skills;
  let count = 0;
  let union = 0;
  // (the sets seen: a flag per set up to 16 skills; beyond, coverWithin does not look at them anyway)
  const seen = each || skills > 16 ? null : new Uint8Array(full + 1);
  const distinct: number[] = [];
  for (let i = 0; i < volunteers.length; i++) {
    if (m.available[volunteers[i] * m.S + s] !== 1) continue;
    count++;
    const mask = masks[i] & full;
    union |= mask;
    if (seen) {
      if (mask !== 0 && seen[mask] === 0) {
        seen[mask] = 1;
        distinct.push(mask);
      }
    } else if (count >= m.minSize[c] && union === full) return true;
  }
  if (count < m.minSize[c] || union !== full) return false;
  return !seen || coverWithin(distinct, skills, m.maxSize[c]);
}

/** c cannot run in any slot, whatever the other challenges do (`teamableSlots`). */
export function hopeless(m: Model, c: number): boolean {
  const teamable = teamableSlots(m);
  for (const s of m.challengeSlots[c]) if (teamable[c * m.S + s] === 1) return false;
  return true;
}

const skipsOf = new WeakMap<Model, Int32Array[]>();

/**
 * Per challenge, aligned with its candidates: the position of the first candidate at or after each one that covers
 * any of its required skills (the candidates' count where none does), to pass over the others at once.
 */
export function coverSkips(m: Model): Int32Array[] {
  let skips = skipsOf.get(m);
  if (!skips) {
    skips = coverMasks(m).map((masks) => {
      const next = new Int32Array(masks.length + 1);
      next[masks.length] = masks.length;
      for (let i = masks.length - 1; i >= 0; i--) next[i] = masks[i] !== 0 ? i : next[i + 1];
      return next;
    });
    skipsOf.set(m, skips);
  }
  return skips;
}

/** `coverMasks` for any list of c's volunteers. */
export function masksFor(m: Model, c: number, volunteers: Int32Array): Int32Array {
  const { levels, skillCount } = m.volunteers;
  const req = m.required[c];
  const sc = m.scored[c];
  const out = new Int32Array(volunteers.length);
  const n = Math.min(req.length, 31);
  for (let i = 0; i < volunteers.length; i++) {
    const base = volunteers[i] * skillCount;
    let bits = 0;
    for (let j = 0; j < n; j++) if (levels[base + sc.reqSkill[req[j]]] >= sc.reqLevel[req[j]]) bits |= 1 << j;
    out[i] = bits;
  }
  return out;
}

function interner(): { of: (key: string) => number; size: () => number; get: (key: string) => number | undefined } {
  const ids = new Map<string, number>();
  return {
    of: (key) => {
      let i = ids.get(key);
      if (i === undefined) ids.set(key, (i = ids.size));
      return i;
    },
    get: (key) => ids.get(key),
    size: () => ids.size,
  };
}

/** Volunteer levels propagated to every ancestor: listing web.wordpress at 3 covers web at 3. */
type Interner = ReturnType<typeof interner>;

function compileVolunteers(
  inst: MatchingInstance,
  skills: Interner,
): { vs: ScoredVolunteers; languages: Interner; causes: Interner } {
  const parent = new Map(inst.skillTree.map((n) => [n.id, n.parent]));
  const languages = interner();
  const causes = interner();
  for (const c of inst.challenges) {
    c.languages.forEach(languages.of);
    c.causes.forEach(causes.of);
  }
  const V = inst.volunteers.length;
  const K = skills.size();
  const vs: ScoredVolunteers = {
    skillCount: K,
    levels: new Uint8Array(V * K),
    languageCount: languages.size(),
    speaks: new Uint8Array(V * languages.size()),
    causeCount: causes.size(),
    cares: new Uint8Array(V * causes.size()),
    preferredFormat: new Int8Array(V),
  };
  inst.volunteers.forEach((vol, v) => {
    for (const { skill, level } of vol.skills) {
      for (
        let s: string | null | undefined = skill, hops = 0;
        s != null && hops <= parent.size;
        s = parent.get(s), hops++
      ) {
        const k = skills.get(s);
        if (k !== undefined && vs.levels[v * K + k] < level) vs.levels[v * K + k] = level;
      }
    }
    for (const l of vol.languages) {
      const i = languages.get(l);
      if (i !== undefined) vs.speaks[v * vs.languageCount + i] = 1;
    }
    for (const c of vol.causes) {
      const i = causes.get(c);
      if (i !== undefined) vs.cares[v * vs.causeCount + i] = 1;
    }
    vs.preferredFormat[v] = vol.formats.length > 0 ? FORMATS.indexOf(vol.formats[0]) : -1;
  });
  return { vs, languages, causes };
}

export function compile(inst: MatchingInstance): Model {
  const C = inst.challenges.length;
  const V = inst.volunteers.length;
  const S = inst.slots.length;
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const skills = interner();
  for (const c of inst.challenges) for (const r of c.skills) skills.of(r.skill);
  const { vs, languages, causes } = compileVolunteers(inst, skills);
  const scored: ScoredChallenge[] = inst.challenges.map((c) => ({
    reqSkill: Int32Array.from(c.skills.map((r) => skills.of(r.skill))),
    reqLevel: Int32Array.from(c.skills.map((r) => r.minLevel)),
    reqWeight: Float64Array.from(c.skills.map((r) => r.weight)),
    reqRequired: Uint8Array.from(c.skills.map((r) => (r.required ? 1 : 0))),
    languages: Int32Array.from(c.languages.map((l) => languages.of(l))),
    causes: Int32Array.from(c.causes.map((k) => causes.of(k))),
    format: FORMATS.indexOf(c.format),
  }));
  const available = new Uint8Array(V * S);
  inst.volunteers.forEach((vol, v) => vol.slots.forEach((s) => (available[v * S + slotIndex.get(s)!] = 1)));
  const challengeSlots = inst.challenges.map((c) => Int32Array.from(c.slots.map((s) => slotIndex.get(s)!)));
  const volunteerIndex = new Map(inst.volunteers.map((v, i) => [v.id, i]));
  const challengeIndex = new Map(inst.challenges.map((c, i) => [c.id, i]));
  // Exclusions by challenge, so the pair loop pays nothing for challenges without any.
  const excluded = new Map<number, Set<number>>();
  for (const e of inst.exclusions) {
    const c = challengeIndex.get(e.challenge)!;
    if (!excluded.has(c)) excluded.set(c, new Set());
    excluded.get(c)!.add(volunteerIndex.get(e.volunteer)!);
  }
  // With given scores only the listed pairs exist: walk those (CSR by challenge) instead of every volunteer.
  const given = inst.scores ? givenByChallenge(inst, challengeIndex, volunteerIndex) : null;
  const everyone = Int32Array.from({ length: V }, (_, v) => v);
  const weights = weightVector(effectiveWeights(inst.weights));
  const F = FORMATS.length;
  const accepts = new Uint8Array(V * F);
  inst.volunteers.forEach((vol, v) => vol.formats.forEach((f) => (accepts[v * F + FORMATS.indexOf(f)] = 1)));

  // Pass 1: every eligible pair, grouped by challenge (compact typed arrays: national size has ~10^7).
  // Slots and languages as bit masks when they fit in 31 bits (they nearly always do): the pair test in three operations.
  const slotMasks = S <= 31;
  const languageMasks = vs.languageCount <= 31;
  const vSlots = new Int32Array(V);
  const vLanguages = new Int32Array(V);
  for (let v = 0; v < V; v++) {
    if (slotMasks) for (let s = 0; s < S; s++) if (available[v * S + s]) vSlots[v] |= 1 << s;
    if (languageMasks)
      for (let l = 0; l < vs.languageCount; l++) if (vs.speaks[v * vs.languageCount + l]) vLanguages[v] |= 1 << l;
  }
  const pairs = new PairCollector({
    S,
    F: FORMATS.length,
    vs,
    weights,
    available,
    accepts,
    vSlots: slotMasks ? vSlots : null,
    vLanguages: languageMasks ? vLanguages : null,
  });
  // Room for every given pair, else for every pair up to a million, else for the eligible pairs as a sample of the
  // challenges estimates them (the arrays grow by doubling beyond): copies cost more than unused room (ten million
  // pairs grown from a million: 0.12 s of copies, more for the collections they caused; counting every pair first
  // took 70 ms), and with ten million given scores each new array made V8 mark their whole heap again.
  const dense = C * V <= 1 << 20;
  const expected = given ? given.volunteer.length : dense ? C * V : pairs.estimate(scored, challengeSlots);
  pairs.reserve(Math.max(1 << 10, expected));
  // Where the pairs will be pruned, each challenge's are ordered by score bin as soon as they are scored.
  const sorter = prunes(expected) ? new BinSorter() : null;
  const starts = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) {
    starts[c] = pairs.n;
    const pool = given ? given.volunteer.subarray(given.starts[c], given.starts[c + 1]) : everyone;
    const givenScores = given ? given.score.subarray(given.starts[c], given.starts[c + 1]) : null;
    pairs.collect(scored[c], challengeSlots[c], pool, givenScores, excluded.get(c));
    sorter?.sort(starts[c], pairs.n, pairs.pairV, pairs.pairS);
  }
  const { pairV, pairS, n } = pairs;
  starts[C] = n;
  const m: Model = {
    instance: inst,
    C,
    V,
    S,
    priority: Float64Array.from(inst.challenges.map((c) => c.priority)),
    minSize: Int32Array.from(inst.challenges.map((c) => c.teamSize.min)),
    maxSize: Int32Array.from(inst.challenges.map((c) => c.teamSize.max)),
    capacity: Int32Array.from(inst.slots.map((s) => s.capacity)),
    vMax: Int32Array.from(inst.volunteers.map((v) => v.maxAssignments)),
    available,
    challengeSlots,
    scored,
    volunteers: vs,
    required: scored.map((sc) => Int32Array.from([...sc.reqRequired.keys()].filter((r) => sc.reqRequired[r]))),
    candidates: [],
    candidateScores: [],
    options: [],
    candidatePairs: { starts: new Int32Array(C + 1), volunteer: new Int32Array(0), score: new Float64Array(0) },
    score: () => NaN,
    weights,
    pruned: false,
  };
  const pinned = new Set(inst.pins.map((p) => challengeIndex.get(p.challenge)! * V + volunteerIndex.get(p.volunteer)!));
  keepPairs(m, starts, pairV, pairS, n, pinned, sorter !== null);
  return m;
}

/** The bit mask of these indices (slots or languages, each below 31). */
function bitMask(indices: Int32Array): number {
  let mask = 0;
  for (let i = 0; i < indices.length; i++) mask |= 1 << indices[i];
  return mask;
}

/** The challenges whose pairs estimate how many there are (PairCollector.estimate): every SAMPLE_EVERY-th. */
const SAMPLE_EVERY = 16;
const ESTIMATE_MARGIN = 1.1;

/**
 * Collects the eligible pairs of one challenge after another into growing typed arrays. A method
 * called once per challenge rather than one loop inside `compile`, so that V8 optimises it after
 * a few challenges (a long loop in a long function runs interpreted until replaced mid-loop, and
 * falls back whenever it reaches code it has not seen).
 */
class PairCollector {
  pairV = new Int32Array(0);
  pairS = new Float64Array(0);
  n = 0;
  private readonly scorer: BulkScorer;

  constructor(
    private readonly x: {
      S: number;
      F: number;
      vs: ScoredVolunteers;
      weights: Float64Array;
      available: Uint8Array;
      accepts: Uint8Array;
      /** slot and language bit masks per volunteer, null when they do not fit in 31 bits */
      vSlots: Int32Array | null;
      vLanguages: Int32Array | null;
    },
  ) {
    this.scorer = new BulkScorer(x.vs, x.weights);
  }

  /** Makes room for `room` pairs (before the first `collect`). */
  reserve(room: number): void {
    this.pairV = new Int32Array(room);
    this.pairS = new Float64Array(room);
  }

  /**
   * How many pairs `collect` will find, estimated from every SAMPLE_EVERY-th challenge's pairs that pass its format,
   * slot and language tests, with ESTIMATE_MARGIN to spare; a million where these tests' bit masks are missing.
   */
  estimate(scored: ScoredChallenge[], challengeSlots: Int32Array[]): number {
    const { F, accepts, vSlots, vLanguages } = this.x;
    if (!vSlots || !vLanguages) return 1 << 20;
    const V = vSlots.length;
    let n = 0;
    let sampled = 0;
    for (let c = 0; c < scored.length; c += SAMPLE_EVERY) {
      const format = scored[c].format;
      const cSlots = bitMask(challengeSlots[c]);
      const cLanguages = bitMask(scored[c].languages);
      for (let v = 0; v < V; v++) {
        const languageOk = cLanguages === 0 || (vLanguages[v] & cLanguages) !== 0;
        if (accepts[v * F + format] && (vSlots[v] & cSlots) !== 0 && languageOk) n++;
      }
      sampled++;
    }
    // (never more than every possible pair)
    const estimate = Math.ceil((ESTIMATE_MARGIN * n * scored.length) / Math.max(1, sampled));
    return Math.min(estimate, scored.length * V);
  }

  collect(
    sc: ScoredChallenge,
    cs: Int32Array,
    pool: Int32Array,
    givenScores: Float64Array | null,
    excludedHere: Set<number> | undefined,
  ): void {
    const { S, F, vs, available, accepts, vSlots, vLanguages } = this.x;
    const first = this.n;
    const cSlots = vSlots ? bitMask(cs) : 0;
    const cLanguages = vLanguages ? bitMask(sc.languages) : 0;
    const format = sc.format;
    for (let i = 0; i < pool.length; i++) {
      const v = pool[i];
      if (!accepts[v * F + format]) continue;
      if (vSlots) {
        if ((vSlots[v] & cSlots) === 0) continue;
      } else {
        let slotOk = false;
        for (let k = 0; k < cs.length && !slotOk; k++) slotOk = available[v * S + cs[k]] === 1;
        if (!slotOk) continue;
      }
      if (vLanguages) {
        if (cLanguages !== 0 && (vLanguages[v] & cLanguages) === 0) continue;
      } else if (sc.languages.length > 0) {
        let speaks = false;
        for (let k = 0; k < sc.languages.length && !speaks; k++)
          speaks = vs.speaks[v * vs.languageCount + sc.languages[k]] === 1;
        if (!speaks) continue;
      }
      if (excludedHere?.has(v)) continue;
      if (this.n === this.pairV.length) this.grow();
      this.pairV[this.n] = v;
      if (givenScores) this.pairS[this.n] = givenScores[i];
      this.n++;
    }
    if (!givenScores) this.scorer.score(sc, this.pairV, first, this.n, this.pairS);
  }

  private grow(): void {
    const nv = new Int32Array(this.n * 2);
    nv.set(this.pairV);
    this.pairV = nv;
    const ns = new Float64Array(this.n * 2);
    ns.set(this.pairS);
    this.pairS = ns;
  }
}

/** Given scores by column, and the instance's index of each entry's challenge (cOf[challenge[i]]) and volunteer. */
interface ResolvedScores {
  challenge: Int32Array;
  volunteer: Int32Array;
  score: Float64Array;
  /** −1 for an id the instance does not have */
  cOf: Int32Array;
  vOf: Int32Array;
}

/** The instance's given scores as ResolvedScores, whether an array of objects or ScoreColumns (ids by position). */
function resolvedScores(
  inst: MatchingInstance,
  cIndex: Map<string, number>,
  vIndex: Map<string, number>,
): ResolvedScores {
  const given = inst.scores!;
  if (Array.isArray(given)) {
    const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
    return {
      ...arrayColumns(inst, given, cIndex, vIndex),
      cOf: identity(inst.challenges.length),
      vOf: identity(inst.volunteers.length),
    };
  }
  return {
    ...given,
    cOf: Int32Array.from(given.challengeIds, (id) => cIndex.get(id) ?? -1),
    vOf: Int32Array.from(given.volunteerIds, (id) => vIndex.get(id) ?? -1),
  };
}

/**
 * The given scores grouped by challenge (CSR), in input order; entries naming a challenge or volunteer the instance
 * does not have are left out.
 */
function givenByChallenge(inst: MatchingInstance, cIndex: Map<string, number>, vIndex: Map<string, number>) {
  const { challenge: cs, volunteer: vs, score: scores, cOf, vOf } = resolvedScores(inst, cIndex, vIndex);
  const C = inst.challenges.length;
  const known = (i: number) => cOf[cs[i]] >= 0 && vOf[vs[i]] >= 0;
  const starts = new Int32Array(C + 1);
  for (let i = 0; i < cs.length; i++) if (known(i)) starts[cOf[cs[i]] + 1]++;
  for (let c = 0; c < C; c++) starts[c + 1] += starts[c];
  const next = starts.slice(0, C);
  const volunteer = new Int32Array(starts[C]);
  const score = new Float64Array(starts[C]);
  for (let i = 0; i < cs.length; i++) {
    if (!known(i)) continue;
    const at = next[cOf[cs[i]]]++;
    volunteer[at] = vOf[vs[i]];
    score[at] = scores[i];
  }
  return { starts, volunteer, score };
}

/**
 * An array of given scores by column, with instance indices (−1 for ids it does not have). Each pair's indices come
 * from the key parseInstance found for it when that key still names the same challenge and volunteer (two string
 * comparisons), else from the id maps: an instance changed after parsing (scores sorted, volunteers added) is read
 * correctly, only slower.
 */
function arrayColumns(
  inst: MatchingInstance,
  scores: GivenScore[],
  cIndex: Map<string, number>,
  vIndex: Map<string, number>,
): { challenge: Int32Array; volunteer: Int32Array; score: Float64Array } {
  const C = inst.challenges.length;
  const V = inst.volunteers.length;
  const keys = givenScoreKeys(scores);
  const cs = new Int32Array(scores.length);
  const vs = new Int32Array(scores.length);
  const score = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const entry = scores[i];
    let c = -1;
    let v = -1;
    if (keys) {
      c = Math.floor(keys[i] / V);
      v = keys[i] - c * V;
      const same = c < C && inst.challenges[c].id === entry.challenge && inst.volunteers[v].id === entry.volunteer;
      if (!same) c = -1;
    }
    if (c < 0) {
      c = cIndex.get(entry.challenge) ?? -1;
      v = vIndex.get(entry.volunteer) ?? -1;
    }
    cs[i] = c;
    vs[i] = v;
    score[i] = entry.score;
  }
  return { challenge: cs, volunteer: vs, score };
}

/**
 * The scores the instance gives those of the pairs `keys` (c · V + v, by index) that it lists, by key: one pass over
 * the given scores, however many pairs are asked for (pins at national size: hundreds, against ten million scores).
 */
export function givenScoresOf(inst: MatchingInstance, keys: Set<number>): Map<number, number> {
  const found = new Map<number, number>();
  if (!inst.scores || keys.size === 0) return found;
  const V = inst.volunteers.length;
  const cIndex = new Map(inst.challenges.map((ch, i) => [ch.id, i]));
  const vIndex = new Map(inst.volunteers.map((vol, i) => [vol.id, i]));
  const { challenge, volunteer, score, cOf, vOf } = resolvedScores(inst, cIndex, vIndex);
  // Only entries of the challenges asked about reach the Set (ten million lookups took 0.17 s).
  const asked = new Uint8Array(inst.challenges.length);
  for (const key of keys) asked[Math.floor(key / V)] = 1;
  for (let i = 0; i < challenge.length; i++) {
    const c = cOf[challenge[i]];
    const v = vOf[volunteer[i]];
    if (c < 0 || v < 0 || asked[c] === 0) continue;
    const key = c * V + v;
    if (keys.has(key) && !found.has(key)) found.set(key, score[i]);
  }
  return found;
}
