import {
  FORMATS,
  SCORE_FACTORS,
  type Challenge,
  type Format,
  type GivenScore,
  type MatchingInstance,
  type PairRef,
  type ScoreColumns,
  type ScoreWeights,
  type SkillNode,
  type SkillRequirement,
  type Slot,
  type Volunteer,
  type VolunteerSkill,
} from './types';
import { StreamedScores } from './read';
import { weighsNothing } from './score';

/** The instance breaks the contract; `path` is the JSON path of the first offending field. */
export class InvalidInstanceError extends Error {
  constructor(
    readonly path: string,
    readonly why: string,
  ) {
    super(`${path}: ${why}`);
    this.name = 'InvalidInstanceError';
  }
}

type Json = Record<string, unknown>;

function fail(path: string, why: string): never {
  throw new InvalidInstanceError(path, why);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string, allowed: readonly string[]): Json {
  if (!isObject(value)) fail(path, 'must be an object');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${path}.${key}`, 'unknown field');
  }
  return value;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

function id(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(path, 'must be a non-empty string');
  return value;
}

function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a number');
  return value;
}

/**
 * The largest count an instance may state (team size, capacity, assignments per volunteer): far beyond any event, and
 * small enough for the engine's 32-bit counters.
 */
export const MAX_COUNT = 1_000_000;
/** The largest priority: sums of many of them stay exact enough to compare (see README: priorities). */
export const MAX_PRIORITY = 1_000_000;

function integer(value: unknown, path: string, min: number, max = MAX_COUNT): number {
  const n = number(value, path);
  if (!Number.isInteger(n)) fail(path, 'must be an integer');
  if (n < min) fail(path, `must be >= ${min}`);
  if (n > max) fail(path, `must be <= ${max}`);
  return n;
}

function level(value: unknown, path: string): number {
  const n = integer(value, path, 1);
  if (n > 4) fail(path, 'must be between 1 and 4');
  return n;
}

function strings(value: unknown, path: string): string[] {
  const out = list(value, path).map((s, i) => id(s, `${path}[${i}]`));
  return [...new Set(out)];
}

function format(value: unknown, path: string): Format {
  if (!FORMATS.includes(value as Format)) fail(path, `must be one of ${FORMATS.join(', ')}`);
  return value as Format;
}

/** Resolves references against the ids of a list, so each error names its own path. */
function reference(value: unknown, path: string, known: { has(id: string): boolean }, what: string): string {
  const ref = id(value, path);
  if (!known.has(ref)) fail(path, `unknown ${what} "${ref}"`);
  return ref;
}

function uniqueIds<T extends { id: string }>(entries: T[], path: string): Set<string> {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) fail(`${path}[${i}].id`, `duplicate id "${entry.id}"`);
    seen.add(entry.id);
  });
  return seen;
}

function parseSlot(raw: unknown, path: string): Slot {
  const o = object(raw, path, ['id', 'capacity']);
  if (o.capacity === undefined) fail(`${path}.capacity`, 'is required');
  return { id: id(o.id, `${path}.id`), capacity: integer(o.capacity, `${path}.capacity`, 0) };
}

function parseRequirement(raw: unknown, path: string): SkillRequirement {
  const o = object(raw, path, ['skill', 'minLevel', 'required', 'weight']);
  if (o.required !== undefined && typeof o.required !== 'boolean') fail(`${path}.required`, 'must be a boolean');
  const weight = o.weight === undefined ? 1 : number(o.weight, `${path}.weight`);
  if (weight < 0) fail(`${path}.weight`, 'must be >= 0');
  return {
    skill: id(o.skill, `${path}.skill`),
    minLevel: o.minLevel === undefined ? 1 : level(o.minLevel, `${path}.minLevel`),
    required: o.required === undefined ? true : (o.required as boolean),
    weight,
  };
}

function parseChallenge(raw: unknown, path: string, slotIds: Set<string>): Challenge {
  const o = object(raw, path, ['id', 'priority', 'teamSize', 'slots', 'languages', 'format', 'skills', 'causes']);
  const challengeId = id(o.id, `${path}.id`);
  const priority = o.priority === undefined ? 1 : number(o.priority, `${path}.priority`);
  if (priority <= 0) fail(`${path}.priority`, 'must be > 0');
  if (priority > MAX_PRIORITY) fail(`${path}.priority`, `must be <= ${MAX_PRIORITY}`);
  const team = o.teamSize === undefined ? {} : object(o.teamSize, `${path}.teamSize`, ['min', 'max']);
  const min = team.min === undefined ? 1 : integer(team.min, `${path}.teamSize.min`, 1);
  const max = team.max === undefined ? Math.max(min, 1) : integer(team.max, `${path}.teamSize.max`, 1);
  if (min > max) fail(`${path}.teamSize.min`, `must be <= teamSize.max (${max})`);
  const slots =
    o.slots === undefined
      ? [...slotIds]
      : strings(o.slots, `${path}.slots`).map((s, i) => reference(s, `${path}.slots[${i}]`, slotIds, 'slot'));
  return {
    id: challengeId,
    priority,
    teamSize: { min, max },
    slots,
    languages: o.languages === undefined ? [] : strings(o.languages, `${path}.languages`),
    format: o.format === undefined ? 'onsite' : format(o.format, `${path}.format`),
    skills:
      o.skills === undefined
        ? []
        : list(o.skills, `${path}.skills`).map((s, i) => parseRequirement(s, `${path}.skills[${i}]`)),
    causes: o.causes === undefined ? [] : strings(o.causes, `${path}.causes`),
  };
}

function parseVolunteerSkill(raw: unknown, path: string): VolunteerSkill {
  const o = object(raw, path, ['skill', 'level']);
  if (o.level === undefined) fail(`${path}.level`, 'is required');
  return { skill: id(o.skill, `${path}.skill`), level: level(o.level, `${path}.level`) };
}

function parseVolunteer(raw: unknown, path: string, slotIds: Set<string>): Volunteer {
  const o = object(raw, path, ['id', 'slots', 'maxAssignments', 'languages', 'formats', 'skills', 'causes']);
  const formats =
    o.formats === undefined
      ? [...FORMATS]
      : list(o.formats, `${path}.formats`).map((f, i) => format(f, `${path}.formats[${i}]`));
  return {
    id: id(o.id, `${path}.id`),
    slots:
      o.slots === undefined
        ? [...slotIds]
        : strings(o.slots, `${path}.slots`).map((s, i) => reference(s, `${path}.slots[${i}]`, slotIds, 'slot')),
    maxAssignments: o.maxAssignments === undefined ? 1 : integer(o.maxAssignments, `${path}.maxAssignments`, 1),
    languages: o.languages === undefined ? [] : strings(o.languages, `${path}.languages`),
    formats: [...new Set(formats)],
    skills:
      o.skills === undefined
        ? []
        : list(o.skills, `${path}.skills`).map((s, i) => parseVolunteerSkill(s, `${path}.skills[${i}]`)),
    causes: o.causes === undefined ? [] : strings(o.causes, `${path}.causes`),
  };
}

function parseSkillTree(raw: unknown): SkillNode[] {
  if (raw === undefined || raw === null) return [];
  const nodes = list(raw, 'skillTree').map((n, i) => {
    const o = object(n, `skillTree[${i}]`, ['id', 'parent']);
    const parent = o.parent === undefined || o.parent === null ? null : id(o.parent, `skillTree[${i}].parent`);
    return { id: id(o.id, `skillTree[${i}].id`), parent };
  });
  const known = uniqueIds(nodes, 'skillTree');
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  nodes.forEach((node, i) => {
    if (node.parent !== null) reference(node.parent, `skillTree[${i}].parent`, known, 'skill');
    // A cycle would make "descendant" meaningless and loop forever in coverage.
    let cursor: string | null = node.parent;
    for (let steps = 0; cursor !== null; steps++) {
      if (cursor === node.id || steps > nodes.length) fail(`skillTree[${i}].parent`, 'creates a cycle');
      cursor = parentOf.get(cursor) ?? null;
    }
  });
  return nodes;
}

function parsePairs(raw: unknown, path: string, challengeIds: Set<string>, volunteerIds: Set<string>): PairRef[] {
  if (raw === undefined || raw === null) return [];
  return list(raw, path).map((p, i) => {
    const o = object(p, `${path}[${i}]`, ['challenge', 'volunteer']);
    return {
      challenge: reference(o.challenge, `${path}[${i}].challenge`, challengeIds, 'challenge'),
      volunteer: reference(o.volunteer, `${path}[${i}].volunteer`, volunteerIds, 'volunteer'),
    };
  });
}

/** The slow, precise check of one score entry: only reached when the fast path saw something wrong. */
function scoreEntry(
  p: unknown,
  i: number,
  challengeIds: ReadonlyMap<string, number>,
  volunteerIds: ReadonlyMap<string, number>,
): GivenScore {
  const path = `scores[${i}]`;
  const o = object(p, path, ['challenge', 'volunteer', 'score']);
  const challenge = reference(o.challenge, `${path}.challenge`, challengeIds, 'challenge');
  const volunteer = reference(o.volunteer, `${path}.volunteer`, volunteerIds, 'volunteer');
  const score = number(o.score, `${path}.score`);
  if (score < 0 || score > 1) fail(`${path}.score`, 'must be between 0 and 1');
  return { challenge, volunteer, score };
}

/**
 * The pair key (challenge index · volunteers + volunteer index) of every given score, by the scores array parsed:
 * compiling then needs no second lookup of ten million ids at national size (it took 2 of its 3.4 s there).
 */
const parsedKeys = new WeakMap<GivenScore[], Float64Array>();

/**
 * The keys `parseInstance` found for these scores, for the challenges and volunteers as they were then (undefined
 * for scores it did not parse, or whose length changed since). The caller checks each key against the ids.
 */
export function givenScoreKeys(scores: GivenScore[]): Float64Array | undefined {
  const keys = parsedKeys.get(scores);
  return keys && keys.length === scores.length ? keys : undefined;
}

/** Pair keys up to this many (challenges × volunteers) are checked for repeats in a bit set (32 MB at most). */
const BITSET_KEYS = 2 ** 28;

/**
 * The position of the first of n keys (in input order) that an earlier one already had, or −1. Keys are integers
 * below `size`: a bit set finds it in one pass (sorting 10^5 keys took 10 ms, 10^7 seconds); beyond BITSET_KEYS, a sort.
 */
export function firstRepeat(n: number, keyAt: (i: number) => number, size: number): number {
  if (size <= BITSET_KEYS) {
    const seen = new Int32Array(Math.ceil(size / 32));
    for (let i = 0; i < n; i++) {
      const key = keyAt(i);
      const word = Math.floor(key / 32);
      const bit = 1 << (key % 32);
      if ((seen[word] & bit) !== 0) return i;
      seen[word] |= bit;
    }
    return -1;
  }
  const keys = Float64Array.from({ length: n }, (_, i) => keyAt(i));
  const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b] || a - b);
  let first = -1;
  for (let j = 1; j < order.length; j++)
    if (keys[order[j]] === keys[order[j - 1]] && (first < 0 || order[j] < first)) first = order[j];
  return first;
}

/**
 * Scores can number millions at national size: valid entries are checked without building
 * paths or copies, repeated pairs are found by their numeric pair keys (firstRepeat).
 */
function parseScores(
  raw: unknown,
  challengeIds: string[],
  volunteerIds: string[],
): GivenScore[] | ScoreColumns | undefined {
  if (raw === undefined || raw === null) return undefined;
  const cIndex = new Map(challengeIds.map((c, i) => [c, i]));
  const vIndex = new Map(volunteerIds.map((v, i) => [v, i]));
  if (raw instanceof StreamedScores) return parseStreamedScores(raw, cIndex, vIndex);
  const entries = list(raw, 'scores');
  const keys = new Float64Array(entries.length);
  const out: GivenScore[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const p = entries[i] as GivenScore;
    let ok = isObject(p) && typeof p.score === 'number' && p.score >= 0 && p.score <= 1;
    const c = ok ? cIndex.get(p.challenge) : undefined;
    const v = ok ? vIndex.get(p.volunteer) : undefined;
    if (ok) for (const k in p) if (k !== 'challenge' && k !== 'volunteer' && k !== 'score') ok = false;
    if (!ok || c === undefined || v === undefined) {
      const entry = (out[i] = scoreEntry(p, i, cIndex, vIndex));
      keys[i] = cIndex.get(entry.challenge)! * volunteerIds.length + vIndex.get(entry.volunteer)!;
      continue;
    }
    out[i] = p;
    keys[i] = c * volunteerIds.length + v;
  }
  const second = firstRepeat(keys.length, (i) => keys[i], challengeIds.length * volunteerIds.length);
  if (second >= 0) fail(`scores[${second}]`, `duplicate pair (${out[second].challenge}, ${out[second].volunteer})`);
  parsedKeys.set(out, keys);
  return out;
}

/**
 * The same checks for scores readInstanceJson kept by column, in the same order (the first offending entry is
 * reported). Entries the reader left to JSON.parse are given columns too, in place: parsing the same JSON again gives
 * the same columns. The result shares the reader's arrays (no copy of ten million entries).
 */
function parseStreamedScores(
  raw: StreamedScores,
  cIndex: ReadonlyMap<string, number>,
  vIndex: ReadonlyMap<string, number>,
): ScoreColumns {
  // the instance's index of each name the columns use (−1: none)
  const cOf = raw.challengeNames.map((name) => cIndex.get(name) ?? -1);
  const vOf = raw.volunteerNames.map((name) => vIndex.get(name) ?? -1);
  // An entry JSON.parse read gets the column of its id, added when the reader saw that id nowhere else.
  const cColumn = new Map(raw.challengeNames.map((name, at) => [name, at]));
  const vColumn = new Map(raw.volunteerNames.map((name, at) => [name, at]));
  const column = (
    names: string[],
    of: number[],
    columns: Map<string, number>,
    index: ReadonlyMap<string, number>,
    id: string,
  ) => {
    let at = columns.get(id);
    if (at === undefined) {
      at = names.push(id) - 1;
      columns.set(id, at);
      of.push(index.get(id)!);
    }
    return at;
  };
  const { challenge, volunteer, score } = raw;
  for (let i = 0; i < raw.length; i++) {
    const c = challenge[i];
    const v = volunteer[i];
    if (c >= 0 && cOf[c] >= 0 && vOf[v] >= 0 && score[i] >= 0 && score[i] <= 1) continue;
    // Read as an object by JSON.parse, or with an unknown id or a score out of range: the precise check says which.
    const entry = scoreEntry(
      c >= 0
        ? { challenge: raw.challengeNames[c], volunteer: raw.volunteerNames[v], score: score[i] }
        : raw.other.get(i),
      i,
      cIndex,
      vIndex,
    );
    challenge[i] = column(raw.challengeNames, cOf, cColumn, cIndex, entry.challenge);
    volunteer[i] = column(raw.volunteerNames, vOf, vColumn, vIndex, entry.volunteer);
    score[i] = entry.score;
    raw.other.delete(i);
  }
  const V = vIndex.size;
  const second = firstRepeat(raw.length, (i) => cOf[challenge[i]] * V + vOf[volunteer[i]], cIndex.size * V);
  if (second >= 0)
    fail(
      `scores[${second}]`,
      `duplicate pair (${raw.challengeNames[challenge[second]]}, ${raw.volunteerNames[volunteer[second]]})`,
    );
  return { challengeIds: raw.challengeNames, volunteerIds: raw.volunteerNames, challenge, volunteer, score };
}

function parseWeights(raw: unknown): Partial<ScoreWeights> | undefined {
  if (raw === undefined || raw === null) return undefined;
  const o = object(raw, 'weights', SCORE_FACTORS);
  const weights: Partial<ScoreWeights> = {};
  for (const factor of SCORE_FACTORS) {
    if (o[factor] === undefined) continue;
    const w = number(o[factor], `weights.${factor}`);
    if (w < 0) fail(`weights.${factor}`, 'must be >= 0');
    weights[factor] = w;
  }
  if (weighsNothing(weights)) fail('weights', 'at least one factor must weigh more than 0');
  return weights;
}

/** Validates a JSON instance against MATCHING.md and fills the defaults. Throws InvalidInstanceError. */
export function parseInstance(json: unknown): MatchingInstance {
  if (!isObject(json)) fail('$', 'instance must be a JSON object');
  // The three lists an instance is made of must be there, even when empty: a missing one is a mistake, not a default.
  for (const key of ['slots', 'challenges', 'volunteers'])
    if (json[key] === undefined || json[key] === null) fail(key, 'is required (an array, may be empty)');
  const slots = list(json.slots, 'slots').map((s, i) => parseSlot(s, `slots[${i}]`));
  const slotIds = uniqueIds(slots, 'slots');
  const challenges = list(json.challenges, 'challenges').map((c, i) => parseChallenge(c, `challenges[${i}]`, slotIds));
  const challengeIds = uniqueIds(challenges, 'challenges');
  const volunteers = list(json.volunteers, 'volunteers').map((v, i) => parseVolunteer(v, `volunteers[${i}]`, slotIds));
  const volunteerIds = uniqueIds(volunteers, 'volunteers');
  const instance: MatchingInstance = {
    slots,
    challenges,
    volunteers,
    skillTree: parseSkillTree(json.skillTree),
    pins: parsePairs(json.pins, 'pins', challengeIds, volunteerIds),
    exclusions: parsePairs(json.exclusions, 'exclusions', challengeIds, volunteerIds),
  };
  const scores = parseScores(
    json.scores,
    challenges.map((c) => c.id),
    volunteers.map((v) => v.id),
  );
  if (scores) instance.scores = scores;
  const weights = parseWeights(json.weights);
  if (weights) instance.weights = weights;
  return instance;
}
