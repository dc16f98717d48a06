import { DEFAULT_WEIGHTS } from './matching/score';
import { SCORE_FACTORS, type ScoreFactor, type ScoreWeights, UNSERVED_CODES } from './matching/types';

export type { ScoreFactor, ScoreWeights } from './matching/types';

/**
 * Matching in the product (issue 5): runs of the engine on an event, kept with their inputs and results. The engine
 * itself is `@skillshift/shared/matching`; these are the names both the API and the web app use around it.
 */
export const MATCHING_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type MatchingRunStatus = (typeof MATCHING_RUN_STATUSES)[number];

/** Where an assignment of a run comes from: the engine, or an organizer's move by hand. */
export const MATCHING_ASSIGNMENT_ORIGINS = ['ENGINE', 'MANUAL'] as const;
export type MatchingAssignmentOrigin = (typeof MATCHING_ASSIGNMENT_ORIGINS)[number];

/** The score factors an organizer can weigh for a run (what-if), in the engine's order. */
export const MATCHING_WEIGHT_FACTORS: readonly ScoreFactor[] = SCORE_FACTORS;
export const DEFAULT_MATCHING_WEIGHTS: Readonly<ScoreWeights> = DEFAULT_WEIGHTS;

/** Limits of the weights a run may be given: relative weights, normalised by the engine to add up to 1. */
export const MATCHING_WEIGHT_LIMITS = { min: 0, max: 1, step: 0.05 } as const;

/** Why a challenge got no team (the engine's codes); the texts are in the catalogues under `matching.unserved.*`. */
export const MATCHING_UNSERVED_CODES = UNSERVED_CODES;

/** A run's quality: proven optimal, or how far its score may be from the best possible (the bound). */
export function matchingGapPercent(totalScore: number, upperBound: number | null | undefined): number | null {
  if (upperBound === null || upperBound === undefined || !Number.isFinite(upperBound)) return null;
  if (upperBound <= 0) return 0;
  return Math.max(0, ((upperBound - totalScore) / upperBound) * 100);
}
