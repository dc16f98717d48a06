import { type EntityManager } from 'typeorm';
import { ChallengeSlotEntity } from '../challenges/challenge-slot.entity';
import { ChallengeStatusChangeEntity } from '../challenges/challenge-status-change.entity';
import { type ChallengeSkillNeed, ChallengeEntity } from '../challenges/challenge.entity';
import { MatchingRunEntity } from '../matching/matching-run.entity';
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
      weights: {} as MatchingRunEntity['weights'],
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
