/**
 * The engine's own pair score for any (challenge, volunteer), so that the baselines optimise the same
 * objective as the engine when the instance gives no `scores`. Only the score is shared: the
 * reference model and the validator stay independent of the engine's optimisation code.
 *
 * The engine exports no per-pair scoring function yet, so this reaches into its compiled model
 * (`compile`, `factorValues`, `weightedScore`); a public `pairScore(instance, challenge, volunteer)`
 * from `shared/src/matching` would remove that coupling.
 */
import { parseInstance } from '../matching';
import { compile } from '../matching/model';
import { factorValues, weightedScore } from '../matching/score';
import type { InstanceJson, PairScorer } from './shapes';

export function engineScorer(instance: InstanceJson): PairScorer {
  // Given scores make the engine skip its own; strip them, as this asks for the engine's score.
  const { scores: _scores, ...rest } = instance;
  // Empty challenge slots keep compile() from scoring every pair up front; this scores on demand.
  const model = compile(parseInstance({ ...rest, challenges: rest.challenges.map((c) => ({ ...c, slots: [] })) }));
  const challengeIndex = new Map(instance.challenges.map((c, i) => [c.id, i]));
  const volunteerIndex = new Map(instance.volunteers.map((v, i) => [v.id, i]));
  const values = new Float64Array(model.weights.length);
  return (challenge, volunteer) => {
    factorValues(
      model.scored[challengeIndex.get(challenge.id)!],
      model.volunteers,
      volunteerIndex.get(volunteer.id)!,
      values,
    );
    return weightedScore(values, model.weights);
  };
}
