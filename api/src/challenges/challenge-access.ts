import {
  type ChallengeStatus,
  type EventAction,
  eventPermits,
  type EventStatus,
  PUBLIC_EVENT_STATUSES,
} from '@skillshift/shared';
import { type EntityManager, In } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { canActForBody } from '../auth/tenant';
import { conflict, forbidden, notFound, translated, unauthenticated } from '../common/errors/domain-error';
import { EventEntity } from '../events/event.entity';
import { SlotEntity } from '../events/slot.entity';
import { ChallengeSlotEntity } from './challenge-slot.entity';
import { ChallengeEntity } from './challenge.entity';
import { type EventFrame } from './challenge-rules';

/**
 * Loading and locking what challenge operations work on, and who may act: contacts of the challenge's nonprofit act
 * as NONPROFIT, organizers of the event's body (and platform admins) as ORGANIZER. Nobody else sees a challenge.
 */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const challengeStatusParam = (status: ChallengeStatus) => translated(`challenges.statuses.${status}`);
export const eventStatusParam = (status: EventStatus) => translated(`eventStatuses.${status}`);

/** The challenge, its row locked until the transaction ends when `lock` is set. */
export async function findChallenge(manager: EntityManager, id: string, lock: boolean): Promise<ChallengeEntity> {
  const challenge = isUuid(id)
    ? await manager.findOne(ChallengeEntity, {
        where: { id },
        ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
      })
    : null;
  if (!challenge) throw notFound('challenges.entity');
  return challenge;
}

/**
 * The event a challenge belongs to, held with a share lock: the event's status cannot change (close, start matching)
 * while a challenge of it moves, so no challenge enters an event that has just closed.
 */
export async function findEvent(manager: EntityManager, id: string, lock: boolean): Promise<EventEntity> {
  const event = isUuid(id)
    ? await manager.findOne(EventEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_read' } } : {}) })
    : null;
  if (!event) throw notFound('entities.event');
  return event;
}

/** A public event (OPEN to PUBLISHED); drafts and past events are "not found" to nonprofits. */
export async function findPublicEvent(manager: EntityManager, id: string, lock: boolean): Promise<EventEntity> {
  const event = await findEvent(manager, id, lock);
  if (!PUBLIC_EVENT_STATUSES.includes(event.status)) throw notFound('entities.event');
  return event;
}

export async function isContactOf(manager: EntityManager, nonprofitId: string, personId: string): Promise<boolean> {
  const rows = (await manager.query(`SELECT 1 FROM nonprofit_contact WHERE nonprofit_id = $1 AND person_id = $2`, [
    nonprofitId,
    personId,
  ])) as unknown[];
  return rows.length > 0;
}

/** Only contacts of the nonprofit act for it; organizers curate but never write or submit in its name. */
export async function assertContact(
  manager: EntityManager,
  person: SignedInPerson | null,
  nonprofitId: string,
): Promise<void> {
  if (!person) throw unauthenticated();
  if (!(await isContactOf(manager, nonprofitId, person.id))) throw forbidden();
}

/** Organizers of the event's body and admins; events without a body are the admins' alone. */
export function assertOrganizerOf(person: SignedInPerson | null, event: EventEntity): void {
  if (!person) throw unauthenticated();
  if (!canActForBody(person, event.organizingBodyId ?? '')) throw forbidden();
}

export interface ChallengeViewer {
  isContact: boolean;
  isOrganizer: boolean;
}

export async function viewerOf(
  manager: EntityManager,
  person: SignedInPerson,
  challenge: ChallengeEntity,
  event: EventEntity,
): Promise<ChallengeViewer> {
  return {
    isContact: await isContactOf(manager, challenge.nonprofitId, person.id),
    isOrganizer: canActForBody(person, event.organizingBodyId ?? ''),
  };
}

/** New challenges and submissions: the event is open for them and its deadline has not passed. */
export function assertTakesChallenges(event: EventEntity, now = new Date()): void {
  if (!eventPermits(event.status, 'submitChallenge'))
    throw conflict('challenges.errors.eventClosed', { status: eventStatusParam(event.status) });
  if (event.nonprofitDeadline && now.getTime() > event.nonprofitDeadline.getTime())
    throw conflict('challenges.errors.deadlinePassed');
}

export function takesChallenges(event: EventEntity, now = new Date()): boolean {
  return (
    eventPermits(event.status, 'submitChallenge') &&
    (!event.nonprofitDeadline || now.getTime() <= event.nonprofitDeadline.getTime())
  );
}

/** Everything after a submission (answers, withdrawals, curation) needs an event still before matching's result. */
export function assertEventPermits(event: EventEntity, action: EventAction): void {
  if (!eventPermits(event.status, action))
    throw conflict('challenges.errors.eventLocked', { status: eventStatusParam(event.status) });
}

export async function eventFrame(manager: EntityManager, event: EventEntity): Promise<EventFrame> {
  const slots = await manager.find(SlotEntity, { where: { eventId: event.id }, select: { id: true } });
  return { languages: event.languages, slotIds: slots.map((slot) => slot.id) };
}

export async function replaceChallengeSlots(
  manager: EntityManager,
  challengeId: string,
  slotIds: string[],
): Promise<void> {
  await manager.delete(ChallengeSlotEntity, { challengeId });
  const unique = [...new Set(slotIds)];
  if (unique.length > 0)
    await manager.insert(
      ChallengeSlotEntity,
      unique.map((slotId) => ({ challengeId, slotId })),
    );
}

export async function slotIdsOf(manager: EntityManager, challengeIds: string[]): Promise<Map<string, string[]>> {
  const byChallenge = new Map<string, string[]>(challengeIds.map((id) => [id, []]));
  if (challengeIds.length === 0) return byChallenge;
  const rows = await manager.find(ChallengeSlotEntity, {
    where: { challengeId: In(challengeIds) },
    relations: { slot: true },
  });
  rows
    .sort((a, b) => (a.slot?.startsAt.getTime() ?? 0) - (b.slot?.startsAt.getTime() ?? 0))
    .forEach((row) => byChallenge.get(row.challengeId)?.push(row.slotId));
  return byChallenge;
}
