import { type EventStatus, eventPermits } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, assertOrganizesSomething } from '../auth/tenant';
import { conflict, notFound, translated } from '../common/errors/domain-error';
import { EventEntity } from '../events/event.entity';
import { MatchingRunEntity } from './matching-run.entity';

/**
 * Who may see and steer an event's matching: organizers of the event's body and platform admins (tenant.ts). People
 * who organize nothing learn nothing, not even whether an event or run exists.
 */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The event for one of its organizers; `lock` takes the row for update (runs are numbered, rules checked under it). */
export async function eventForOrganizer(
  manager: EntityManager,
  person: SignedInPerson | null,
  id: string,
  lock = false,
): Promise<EventEntity> {
  assertOrganizesSomething(person);
  const event = isUuid(id)
    ? await manager.findOne(EventEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) })
    : null;
  if (!event) throw notFound('entities.event');
  assertActsForBody(person, event.organizingBodyId ?? '');
  return event;
}

/** A run and its event for one of the event's organizers; `lock` takes the run row for update. */
export async function runForOrganizer(
  manager: EntityManager,
  person: SignedInPerson | null,
  id: string,
  options: { lock?: boolean; withInstance?: boolean; withResult?: boolean } = {},
): Promise<{ run: MatchingRunEntity; event: EventEntity }> {
  assertOrganizesSomething(person);
  let run: MatchingRunEntity | null = null;
  if (isUuid(id)) {
    const query = manager.createQueryBuilder(MatchingRunEntity, 'run').where('run.id = :id', { id });
    if (options.withInstance) query.addSelect('run.instance');
    if (options.withResult) query.addSelect('run.result');
    if (options.lock) query.setLock('pessimistic_write');
    run = await query.getOne();
  }
  if (!run) throw notFound('matching.entities.run');
  const event = await manager.findOneByOrFail(EventEntity, { id: run.eventId });
  assertActsForBody(person, event.organizingBodyId ?? '');
  return { run, event };
}

export const eventStatusParam = (status: EventStatus) => translated(`eventStatuses.${status}`);

/** Runs are started and steered only while the event is MATCHING (shared/src/events.ts). */
export function assertMatchingAllowed(event: EventEntity): void {
  if (!eventPermits(event.status, 'runMatching'))
    throw conflict('matching.errors.eventNotMatching', { status: eventStatusParam(event.status) });
}
