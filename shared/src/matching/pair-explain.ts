import { explainPair } from './explain';
import { compile, givenScoresOf } from './model';
import { factorValues, weightedScore } from './score';
import { SCORE_FACTORS, type ExplanationFactor, type MatchingInstance } from './types';

export interface PairExplanation {
  /** the pair's score, computed exactly as the solver does (given scores win when the instance has them) */
  score: number;
  explanation: ExplanationFactor[];
  reason: string;
}

/**
 * The score and explanation of any (challenge, volunteer) pair of a parsed instance, whether the solver assigned it
 * or not (the review board explains pairs an organizer placed by hand, too). Compatibility (slots, languages, format,
 * exclusions) is not judged here: the factors are what the pair would score. Null for unknown ids, or for a pair the
 * instance's given `scores` leave out.
 */
export function explainAnyPair(
  instance: MatchingInstance,
  challengeId: string,
  volunteerId: string,
): PairExplanation | null {
  const c = instance.challenges.findIndex((ch) => ch.id === challengeId);
  const v = instance.volunteers.findIndex((vol) => vol.id === volunteerId);
  if (c < 0 || v < 0) return null;
  const challenge = instance.challenges[c];
  const volunteer = instance.volunteers[v];
  const key = c * instance.volunteers.length + v;
  const givenValue = givenScoresOf(instance, new Set([key])).get(key);
  if (instance.scores && givenValue === undefined) return null;
  const given =
    givenValue === undefined ? undefined : { challenge: challengeId, volunteer: volunteerId, score: givenValue };
  // A model of this pair alone: the same skill tree and weights give the same factor values as the whole instance.
  const m = compile({
    ...instance,
    challenges: [challenge],
    volunteers: [volunteer],
    pins: [],
    exclusions: [],
    scores: given ? [given] : undefined,
  });
  let score: number;
  if (given) score = given.score;
  else {
    const values = new Float64Array(SCORE_FACTORS.length);
    factorValues(m.scored[0], m.volunteers, 0, values);
    score = weightedScore(values, m.weights);
  }
  return { score, ...explainPair(m, 0, 0, score) };
}
