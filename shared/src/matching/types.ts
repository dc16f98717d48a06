// The matching contract (docs: /shared/MATCHING.md) as TypeScript types. The engine, its
// independent validator and the API all speak these shapes, so they mirror the JSON exactly.

export const FORMATS = ['onsite', 'remote', 'hybrid'] as const;
export type Format = (typeof FORMATS)[number];

export interface Slot {
  id: string;
  /** challenges that can run at once in this slot (tables, rooms) */
  capacity: number;
}

export interface TeamSize {
  min: number;
  max: number;
}

export interface SkillRequirement {
  skill: string;
  minLevel: number;
  /** required skills must be covered by at least one member; the rest are nice to have */
  required: boolean;
  weight: number;
}

export interface Challenge {
  id: string;
  priority: number;
  teamSize: TeamSize;
  slots: string[];
  languages: string[];
  format: Format;
  skills: SkillRequirement[];
  causes: string[];
}

export interface VolunteerSkill {
  skill: string;
  /** 1 basic, 2 intermediate, 3 advanced, 4 expert */
  level: number;
}

export interface Volunteer {
  id: string;
  slots: string[];
  maxAssignments: number;
  languages: string[];
  /** formats this person accepts, the first one being the preferred one */
  formats: Format[];
  skills: VolunteerSkill[];
  causes: string[];
}

export interface SkillNode {
  id: string;
  parent: string | null;
}

export interface PairRef {
  challenge: string;
  volunteer: string;
}

export interface GivenScore extends PairRef {
  score: number;
}

/**
 * Given scores by column, as parseInstance keeps those read by readInstanceJson (millions of pairs at national size:
 * 16 bytes each, where objects took 1.6 GB for ten million). Entry i pairs the challenge challengeIds[challenge[i]]
 * with the volunteer volunteerIds[volunteer[i]]: the columns name ids, not positions, so they stay right when the
 * instance's lists are reordered or filtered. Not JSON: typed arrays do not survive JSON.stringify.
 */
export interface ScoreColumns {
  challengeIds: string[];
  volunteerIds: string[];
  challenge: Int32Array;
  volunteer: Int32Array;
  score: Float64Array;
}

export const SCORE_FACTORS = ['skills', 'niceToHave', 'languages', 'causes', 'format'] as const;
export type ScoreFactor = (typeof SCORE_FACTORS)[number];
export type ScoreWeights = Record<ScoreFactor, number>;

/** A parsed instance: every default filled in (see parseInstance). */
export interface MatchingInstance {
  slots: Slot[];
  challenges: Challenge[];
  volunteers: Volunteer[];
  skillTree: SkillNode[];
  pins: PairRef[];
  exclusions: PairRef[];
  /** when present, only these pairs may be assigned, with these scores */
  scores?: GivenScore[] | ScoreColumns;
  /** overrides of the default factor weights (DEFAULT_WEIGHTS) */
  weights?: Partial<ScoreWeights>;
}

export interface ExplanationFactor {
  /** one of SCORE_FACTORS, or `given` when the instance supplies the scores */
  factor: ScoreFactor | 'given';
  value: number;
  /** effective weight: the weighted values of one assignment add up to its score */
  weight: number;
  detail: string;
}

export interface Assignment {
  challenge: string;
  volunteer: string;
  slot: string;
  score: number;
  explanation?: ExplanationFactor[];
  /** one-line human reason, present with explain */
  reason?: string;
}

export const UNSERVED_CODES = [
  /** no volunteer at all could join: languages, format, availability, exclusions or scores rule everyone out */
  'NO_COMPATIBLE_VOLUNTEER',
  /** params: { skill, level } */
  'SKILL_NOT_COVERED',
  /** params: { needed, available } */
  'TOO_FEW_VOLUNTEERS',
  /** no slot where the challenge may run has a free table and enough compatible volunteers; params: { slots } */
  'NO_COMMON_SLOT',
  /** params: { max, skills }: the required skills need more distinct people than teamSize.max allows */
  'TEAM_TOO_SMALL_FOR_SKILLS',
  /** params: { slot, capacity }: every table of the slot went to challenges of higher or equal priority */
  'SLOT_CAPACITY_TAKEN',
  /** params: { slot, needed, available, compatible }: the other compatible volunteers are in other challenges' teams */
  'VOLUNTEERS_TAKEN',
  /** params: { slot, skill, level }: everyone covering a required skill is in a team that needs them */
  'COVERERS_TAKEN',
  /**
   * enough volunteers and a coverer of each required skill are free, but the engine formed no team of them (none within
   * the team size covers every skill, or the people or table went to other teams)
   */
  'LOWER_PRIORITY_TRADEOFF',
] as const;
export type UnservedCode = (typeof UNSERVED_CODES)[number];

export interface Unserved {
  challenge: string;
  code: UnservedCode;
  params: Record<string, string | number>;
  /** English, actionable; the web app translates code + params instead */
  reason: string;
}

export interface Metrics {
  served: number;
  servedPriority: number;
  totalScore: number;
  /** a proven bound on totalScore at this servedPriority, when one is known */
  upperBound?: number;
  /** wall time of the solve */
  millis: number;
}

export interface MatchingResult {
  assignments: Assignment[];
  unserved: Unserved[];
  metrics: Metrics;
}

export interface SolveOptions {
  /** bound on the solve; default enough for the issue-7 targets */
  timeLimitMs?: number;
  /** seeds the local search; same instance + seed = same result */
  seed?: number;
  /** attach score breakdown and reason to each assignment */
  explain?: boolean;
  /** called after each phase (the CLI prints these to stderr with --verbose) */
  onProgress?: (event: { stage: string; millis: number; servedPriority: number; totalScore: number }) => void;
}
