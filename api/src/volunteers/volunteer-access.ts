import { type EventStatus, PUBLIC_EVENT_STATUSES } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, canActForBody, organizingBodiesOf } from '../auth/tenant';
import { conflict, forbidden, notFound, translated, unauthenticated } from '../common/errors/domain-error';
import { EventEntity } from '../events/event.entity';
import { VolunteerRegistrationEntity } from './volunteer-registration.entity';
import { registrationWindow, type RegistrationActor, type RegistrationWindowEvent } from './volunteer-rules';

/**
 * Loading and locking what volunteer operations work on, and who may act. Volunteers act on their own registrations;
 * organizers of the event's body (and platform admins) on every registration of it. Nobody else sees one.
 */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const eventStatusParam = (status: EventStatus) => translated(`eventStatuses.${status}`);

/**
 * The event, with a share lock when `lock` is set: its status cannot change (close, start matching) while a
 * registration of it is written, so nobody registers for an event that has just closed.
 */
export async function findEvent(manager: EntityManager, id: string, lock: boolean): Promise<EventEntity> {
  const event = isUuid(id)
    ? await manager.findOne(EventEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_read' } } : {}) })
    : null;
  if (!event) throw notFound('entities.event');
  return event;
}

/** A public event (OPEN to PUBLISHED); drafts and past events are "not found" to volunteers. */
export async function findPublicEvent(manager: EntityManager, id: string, lock: boolean): Promise<EventEntity> {
  const event = await findEvent(manager, id, lock);
  if (!PUBLIC_EVENT_STATUSES.includes(event.status)) throw notFound('entities.event');
  return event;
}

/** The event for one of its organizers; people who organize nothing learn nothing, not even whether it exists. */
export async function findEventForOrganizer(
  manager: EntityManager,
  person: SignedInPerson | null,
  id: string,
  lock: boolean,
): Promise<EventEntity> {
  if (!person) throw unauthenticated();
  const bodies = organizingBodiesOf(person);
  if (bodies !== 'all' && bodies.length === 0) throw forbidden();
  const event = await findEvent(manager, id, lock);
  // Events from before organizing bodies existed belong to no body: only platform admins manage them.
  assertActsForBody(person, event.organizingBodyId ?? '');
  return event;
}

export async function findRegistration(
  manager: EntityManager,
  id: string,
  lock: boolean,
): Promise<VolunteerRegistrationEntity> {
  const registration = isUuid(id)
    ? await manager.findOne(VolunteerRegistrationEntity, {
        where: { id },
        ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
      })
    : null;
  if (!registration) throw notFound('volunteers.registrationEntity');
  return registration;
}

/** Who acts on a registration: the volunteer themself, or an organizer of the event's body; anyone else is refused. */
export function actorOn(
  person: SignedInPerson,
  registration: { personId: string },
  event: { organizingBodyId: string | null },
): RegistrationActor {
  if (registration.personId === person.id) return 'VOLUNTEER';
  if (canActForBody(person, event.organizingBodyId ?? '')) return 'ORGANIZER';
  throw forbidden();
}

/** Throws the conflict that says why registrations of the event cannot be made or changed now. */
export function assertRegistrationWindow(event: RegistrationWindowEvent, actor: RegistrationActor, now = new Date()) {
  const window = registrationWindow(event, actor, now);
  if (window === 'STATUS')
    throw conflict('volunteers.errors.registrationClosed', { status: eventStatusParam(event.status) });
  if (window === 'DEADLINE') throw conflict('volunteers.errors.deadlinePassed');
}

/**
 * Whether the viewer may read a volunteer's personal fields (e-mail, phone, employer): the person themself, the
 * organizers of the body whose event they registered for, and platform admins. Nonprofits see them only after a
 * confirmed match (a later feature), other volunteers never.
 */
export function canSeePersonalData(
  viewer: SignedInPerson | null,
  subject: { personId: string; organizingBodyId: string | null },
): boolean {
  if (!viewer) return false;
  return viewer.id === subject.personId || canActForBody(viewer, subject.organizingBodyId ?? '');
}

export async function organizingBodyName(manager: EntityManager, event: { organizingBodyId: string | null }) {
  if (!event.organizingBodyId) return null;
  const rows = (await manager.query(`SELECT name FROM organizing_body WHERE id = $1`, [event.organizingBodyId])) as {
    name: string;
  }[];
  return rows[0]?.name ?? null;
}
