import { type EntityManager } from 'typeorm';
import {
  effectiveWeights,
  explainAnyPair,
  type MatchingResult,
  parseInstance,
  unservedFor,
} from '@skillshift/shared/matching';
import { ChallengeSlotEntity } from '../challenges/challenge-slot.entity';
import { ChallengeStatusChangeEntity } from '../challenges/challenge-status-change.entity';
import { type ChallengeSkillNeed, ChallengeEntity } from '../challenges/challenge.entity';
import { buildMatchingInstance, loadInstanceSource } from '../matching/instance-builder';
import { MatchingRunEntity } from '../matching/matching-run.entity';
import { storeResult } from '../matching/matching-worker';
import { OrganizingBodyEntity } from '../people/organizing-body.entity';
import { RoleAssignmentEntity } from '../people/role-assignment.entity';
import { PublicationEntity } from '../publication/publication.entity';

/** The name of the demo's organizing body (the first seed step creates it). */
export const DEMO_BODY_NAME = 'Hansestadt Lübeck — Social Smart City';

/** The demo body and its first organizer, as the later seed steps build on them; null where a step left them out. */
export async function demoBodyAndOrganizer(
  manager: EntityManager,
): Promise<{ body: OrganizingBodyEntity; organizerId: string } | null> {
  const body = await manager.findOneBy(OrganizingBodyEntity, { name: DEMO_BODY_NAME });
  const organizer =
    body &&
    (await manager.findOne(RoleAssignmentEntity, {
      where: { role: 'ORGANIZER', organizingBodyId: body.id },
      order: { createdAt: 'ASC' },
    }));
  return body && organizer ? { body, organizerId: organizer.personId } : null;
}

/**
 * A past demo edition's finished matching run (its instance is not kept) and the publication of it by the organizer;
 * returns the publication's id, which the edition's proposals name.
 */
export async function publishedDemoRun(
  manager: EntityManager,
  run: {
    eventId: string;
    organizerId: string;
    challenges: number;
    volunteers: number;
    served: number;
    ranAt: Date;
    publishedAt: Date;
    answerDeadline: Date;
  },
): Promise<string> {
  const saved = await manager.save(
    manager.create(MatchingRunEntity, {
      eventId: run.eventId,
      number: 1,
      status: 'DONE',
      weights: effectiveWeights(),
      instance: {} as MatchingRunEntity['instance'],
      startedById: run.organizerId,
      challengeCount: run.challenges,
      volunteerCount: run.volunteers,
      served: run.served,
      createdAt: run.ranAt,
    }),
  );
  const { identifiers } = await manager.insert(PublicationEntity, {
    eventId: run.eventId,
    runId: saved.id,
    publishedById: run.organizerId,
    publishedAt: run.publishedAt,
    answerDeadline: run.answerDeadline,
  });
  return identifiers[0].id as string;
}

/**
 * Completes a past demo edition's run once its challenges, registrations and proposals are in, so that its review
 * board, explanations and comparison work as for any run: the instance of the event's rows, and as the result the
 * teams that were published, with the engine's pair scores (the demo's teams were made by hand, before the volunteers'
 * profiles were what they are now: some would break a rule today, which the board then shows). A challenge left
 * without a team carries the engine's reason, given those teams. Its times stay those of the edition.
 */
export async function completeDemoRun(manager: EntityManager, publicationId: string): Promise<void> {
  const [{ runId, eventId }] = (await manager.query(
    `SELECT run_id AS "runId", event_id AS "eventId" FROM publication WHERE id = $1`,
    [publicationId],
  )) as { runId: string; eventId: string }[];
  const teams = (await manager.query(
    `SELECT challenge_id AS challenge, volunteer_id AS volunteer, slot_id AS slot FROM proposal
      WHERE publication_id = $1 ORDER BY challenge_id, volunteer_id`,
    [publicationId],
  )) as { challenge: string; volunteer: string; slot: string }[];
  const { instance } = buildMatchingInstance(await loadInstanceSource(manager, eventId));
  await manager.query(
    `UPDATE matching_run SET instance = $2::jsonb, challenge_count = $3, volunteer_count = $4 WHERE id = $1`,
    [runId, JSON.stringify(instance), instance.challenges.length, instance.volunteers.length],
  );
  const assignments = teams.map((pair) => ({
    ...pair,
    score: explainAnyPair(instance, pair.challenge, pair.volunteer)?.score ?? 0,
  }));
  const served = new Set(teams.map((pair) => pair.challenge));
  const result: MatchingResult = {
    assignments,
    unserved: unservedFor(parseInstance(instance), teams),
    metrics: {
      served: served.size,
      servedPriority: instance.challenges.reduce((sum, c) => sum + (served.has(c.id) ? c.priority : 0), 0),
      totalScore: assignments.reduce((sum, pair) => sum + pair.score, 0),
      millis: 0,
    },
  };
  const run = await manager.findOneByOrFail(MatchingRunEntity, { id: runId });
  await storeResult(manager, run, result);
  await manager.query(
    `UPDATE matching_run SET started_at = created_at, finished_at = created_at + interval '1 second' WHERE id = $1`,
    [runId],
  );
  await manager.query(
    `UPDATE audit_log SET at = (SELECT finished_at FROM matching_run WHERE id = $1::uuid)
      WHERE subject_id::text = $1 AND action = 'MATCHING_RUN_FINISHED'`,
    [runId],
  );
}

const DAY = 86_400_000;

/**
 * A past demo edition's challenge, accepted, in one slot, with the history the curation would have written: drafted
 * by the nonprofit's contact the day before `submitted`, submitted then, accepted by the organizer two days later.
 * Returns its id.
 */
export async function acceptedDemoChallenge(
  manager: EntityManager,
  challenge: {
    eventId: string;
    nonprofitId: string;
    writerId: string;
    organizerId: string;
    slotId: string;
    submitted: Date;
    title: string;
    problem: string;
    goal: string;
    skills: ChallengeSkillNeed[];
  },
): Promise<string> {
  const { submitted, writerId } = challenge;
  const { identifiers } = await manager.insert(ChallengeEntity, {
    eventId: challenge.eventId,
    nonprofitId: challenge.nonprofitId,
    title: challenge.title,
    problem: challenge.problem,
    goal: challenge.goal,
    skills: challenge.skills,
    status: 'ACCEPTED',
    submittedAt: submitted,
    createdById: writerId,
    createdAt: submitted,
    updatedAt: submitted,
  });
  const challengeId = identifiers[0].id as string;
  await manager.insert(ChallengeSlotEntity, { challengeId, slotId: challenge.slotId });
  for (const [fromStatus, toStatus, actorId, days] of [
    [null, 'DRAFT', writerId, -1],
    ['DRAFT', 'SUBMITTED', writerId, 0],
    ['SUBMITTED', 'ACCEPTED', challenge.organizerId, 2],
  ] as const)
    await manager.insert(ChallengeStatusChangeEntity, {
      challengeId,
      fromStatus,
      toStatus,
      actorId,
      createdAt: new Date(submitted.getTime() + days * DAY),
    });
  return challengeId;
}
