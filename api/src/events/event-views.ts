import { nextStatuses } from '@skillshift/shared';
import { type EntityManager, In } from 'typeorm';
import { type EventEntity } from './event.entity';
import { type OrganizerEvent, type PublicEvent } from './event.model';
import { SlotEntity } from './slot.entity';
import { toSummary } from './events.service';

/**
 * Builds what the API returns from rows: the slots of all events in one query and the body's name from the join, so
 * a page of events costs the same few queries however long it is.
 */
export async function slotsByEvent(manager: EntityManager, eventIds: string[]): Promise<Map<string, SlotEntity[]>> {
  const byEvent = new Map<string, SlotEntity[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  const slots = await manager.find(SlotEntity, {
    where: { eventId: In(eventIds) },
    order: { startsAt: 'ASC', endsAt: 'ASC' },
  });
  for (const slot of slots) byEvent.get(slot.eventId)?.push(slot);
  return byEvent;
}

export async function toOrganizerEvents(manager: EntityManager, events: EventEntity[]): Promise<OrganizerEvent[]> {
  const slots = await slotsByEvent(
    manager,
    events.map((event) => event.id),
  );
  return events.map((event) => ({
    ...details(event),
    onlineUrl: event.onlineUrl,
    organizingBodyId: event.organizingBodyId,
    slots: (slots.get(event.id) ?? []).map(({ id, startsAt, endsAt, capacity, label }) => ({
      id,
      startsAt,
      endsAt,
      capacity,
      label,
    })),
    // PUBLISHED is reached by publishing a run (on the run's page), never by a status button.
    nextStatuses: nextStatuses(event.status).filter((status) => status !== 'PUBLISHED'),
  }));
}

export async function toPublicEvent(manager: EntityManager, event: EventEntity): Promise<PublicEvent> {
  const slots = (await slotsByEvent(manager, [event.id])).get(event.id) ?? [];
  return { ...details(event), slots: slots.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })) };
}

function details(event: EventEntity) {
  return {
    ...toSummary(event),
    online: event.online,
    languages: event.languages,
    nonprofitDeadline: event.nonprofitDeadline,
    volunteerDeadline: event.volunteerDeadline,
    organizingBodyName: event.organizingBody?.name ?? null,
  };
}
