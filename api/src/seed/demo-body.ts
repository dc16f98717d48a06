import { type EntityManager } from 'typeorm';
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
