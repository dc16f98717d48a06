/**
 * The JSON shapes of MATCHING.md, written here on purpose instead of imported from the engine:
 * a modelling error in the engine's own types must not be able to hide from the validator.
 */
export type Format = 'onsite' | 'remote' | 'hybrid';

export interface SlotJson {
  id: string;
  capacity: number;
}

export interface SkillNeedJson {
  skill: string;
  minLevel: number;
  required: boolean;
  weight?: number;
}

export interface ChallengeJson {
  id: string;
  priority?: number;
  teamSize: { min: number; max: number };
  slots: string[];
  languages: string[];
  format: Format;
  skills: SkillNeedJson[];
  causes?: string[];
}

export interface VolunteerJson {
  id: string;
  slots: string[];
  maxAssignments?: number;
  languages: string[];
  formats: Format[];
  skills: { skill: string; level: number }[];
  causes?: string[];
}

export interface PairJson {
  challenge: string;
  volunteer: string;
}

export interface InstanceJson {
  slots: SlotJson[];
  challenges: ChallengeJson[];
  volunteers: VolunteerJson[];
  skillTree?: { id: string; parent: string | null }[];
  pins?: PairJson[];
  exclusions?: PairJson[];
  scores?: (PairJson & { score: number })[];
  weights?: Record<string, number>;
}

export interface ExplanationJson {
  factor: string;
  value: number;
  weight: number;
  detail?: string;
}

export interface AssignmentJson extends PairJson {
  slot: string;
  score: number;
  explanation?: ExplanationJson[];
}

export interface UnservedJson {
  challenge: string;
  code: string;
  params: Record<string, unknown>;
  reason: string;
}

export interface MetricsJson {
  served: number;
  servedPriority: number;
  totalScore: number;
  upperBound?: number;
  millis?: number;
}

export interface ResultJson {
  assignments: AssignmentJson[];
  unserved: UnservedJson[];
  metrics: MetricsJson;
}

/** A pair score function: the engine's own when it exposes one, or a stand-in. */
export type PairScorer = (challenge: ChallengeJson, volunteer: VolunteerJson) => number;
