import { type ChallengeActor, type ChallengeStatus, canMoveChallenge } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { conflict } from '../common/errors/domain-error';
import { challengeStatusParam } from './challenge-access';
import { ChallengeStatusChangeEntity } from './challenge-status-change.entity';
import { ChallengeEntity } from './challenge.entity';

export const transitionRefused = (from: ChallengeStatus, to: ChallengeStatus) =>
  conflict('challenges.errors.transition', { from: challengeStatusParam(from), to: challengeStatusParam(to) });

/**
 * The only way a challenge changes status: the shared transition table decides whether `by` may make the step, and
 * the history row is written in the caller's transaction, so status and history never disagree. The caller holds
 * the challenge's row lock.
 */
export async function moveChallenge(
  manager: EntityManager,
  challenge: ChallengeEntity,
  to: ChallengeStatus,
  by: ChallengeActor,
  actorId: string,
  message: string | null = null,
): Promise<void> {
  if (!canMoveChallenge(challenge.status, to, by)) throw transitionRefused(challenge.status, to);
  // The first submission keeps its time through questions and answers: it orders the organizers' list fairly.
  const submittedAt = to === 'SUBMITTED' && !challenge.submittedAt ? new Date() : challenge.submittedAt;
  await manager.update(ChallengeEntity, { id: challenge.id }, { status: to, submittedAt });
  await recordStatus(manager, challenge.id, challenge.status, to, actorId, message);
  challenge.status = to;
  challenge.submittedAt = submittedAt;
}

/** One history row; `from` is null when the challenge is created. */
export async function recordStatus(
  manager: EntityManager,
  challengeId: string,
  from: ChallengeStatus | null,
  to: ChallengeStatus,
  actorId: string,
  message: string | null = null,
): Promise<void> {
  await manager.insert(ChallengeStatusChangeEntity, {
    challengeId,
    fromStatus: from,
    toStatus: to,
    actorId,
    message,
  });
}
