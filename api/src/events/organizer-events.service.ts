import { Injectable } from '@nestjs/common';
import { canTransition, EVENT_LIMITS, eventPermits, type EventStatus, shiftDays } from '@skillshift/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  conflict,
  type FieldProblem,
  forbidden,
  invalidInput,
  notFound,
  translated,
  unauthenticated,
} from '../common/errors/domain-error';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, organizingBodiesOf } from '../auth/tenant';
import { type EventInput, type SlotInput } from './dto/event.input';
import { EventEntity } from './event.entity';
import { type OrganizerEvent, type OrganizerEventPage } from './event.model';
import { eventInputProblems, slotBounds } from './event-rules';
import { slotsByEvent, toOrganizerEvents } from './event-views';
import { FeedbackService } from '../feedback/feedback.service';
import { NextEditionService } from './next-edition.service';
import { SlotEntity } from './slot.entity';

const PAGE_MAX = 100;
const statusParam = (status: EventStatus) => translated(`eventStatuses.${status}`);

/**
 * Events as their organizers manage them. Every method checks the caller acts for the event's body (tenant.ts) and
 * runs in one transaction that locks the event row, so a failed or concurrent change never leaves half an event.
 */
@Injectable()
export class OrganizerEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nextEdition: NextEditionService,
    private readonly feedback: FeedbackService,
  ) {}

  async list(
    person: SignedInPerson | null,
    organizingBodyId: string,
    limit = 20,
    offset = 0,
  ): Promise<OrganizerEventPage> {
    assertActsForBody(person, organizingBodyId);
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAX)
      problems.push({
        path: 'limit',
        messageKey: limit < 1 ? 'validation.min' : 'validation.max',
        params: { min: 1, max: PAGE_MAX },
      });
    if (!Number.isInteger(offset) || offset < 0)
      problems.push({ path: 'offset', messageKey: 'validation.min', params: { min: 0 } });
    if (problems.length > 0) throw invalidInput(problems);
    const manager = this.dataSource.manager;
    const [events, totalCount] = await manager.findAndCount(EventEntity, {
      where: { organizingBodyId },
      relations: { organizingBody: true },
      order: { startsAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items: await toOrganizerEvents(manager, events), totalCount };
  }

  async get(person: SignedInPerson | null, id: string): Promise<OrganizerEvent> {
    const event = await this.loadForOrganizer(this.dataSource.manager, person, id, false);
    // The access check loads the bare row; the page also shows the body's name ("All events of …").
    return this.reload(this.dataSource.manager, event.id);
  }

  async create(person: SignedInPerson | null, organizingBodyId: string, input: EventInput): Promise<OrganizerEvent> {
    assertActsForBody(person, organizingBodyId);
    assertValid(input);
    return this.dataSource.transaction(async (manager) => {
      const bodies = (await manager.query(`SELECT 1 FROM organizing_body WHERE id = $1`, [
        organizingBodyId,
      ])) as unknown[];
      if (bodies.length === 0) throw notFound('entities.organizingBody');
      const { id } = await manager.save(EventEntity, {
        ...eventColumns(input),
        organizingBodyId,
        status: 'DRAFT' as const,
      });
      await manager.insert(
        SlotEntity,
        input.slots.map((slot) => slotColumns(id, slot)),
      );
      return this.reload(manager, id);
    });
  }

  async update(person: SignedInPerson | null, id: string, input: EventInput): Promise<OrganizerEvent> {
    assertValid(input);
    return this.dataSource.transaction(async (manager) => {
      const event = await this.loadForOrganizer(manager, person, id, true);
      if (!eventPermits(event.status, 'editDetails'))
        throw conflict('errors.eventNotEditable', { status: statusParam(event.status) });
      // An open event stays announceable: its deadlines may move but not disappear.
      if (event.status !== 'DRAFT') assertDeadlinesSet(input);
      const stored = (await slotsByEvent(manager, [id])).get(id) ?? [];
      const slotsChanged = !sameSlots(stored, input.slots);
      if (slotsChanged && !eventPermits(event.status, 'editSlots'))
        throw conflict('errors.eventSlotsLocked', { status: statusParam(event.status) });
      await manager.update(EventEntity, { id }, eventColumns(input));
      if (slotsChanged) await replaceSlots(manager, id, stored, input.slots);
      return this.reload(manager, id);
    });
  }

  async changeStatus(
    person: SignedInPerson | null,
    id: string,
    status: EventStatus,
    now = new Date(),
  ): Promise<OrganizerEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.loadForOrganizer(manager, person, id, true);
      if (!canTransition(event.status, status))
        throw conflict('errors.eventTransition', { from: statusParam(event.status), to: statusParam(status) });
      // Publishing sends the proposals: it happens only by publishing a run (publication.service.ts).
      if (status === 'PUBLISHED') throw conflict('publication.errors.publishThroughRun');
      if (status === 'OPEN') {
        const slots = (await slotsByEvent(manager, [id])).get(id) ?? [];
        if (slots.length === 0 || !event.nonprofitDeadline || !event.volunteerDeadline)
          throw conflict('errors.eventOpenNeedsSlotsAndDeadlines');
      }
      // Finishing mails the feedback requests, which cannot be taken back: not while a team may still meet.
      if (status === 'DONE') {
        const slots = (await slotsByEvent(manager, [id])).get(id) ?? [];
        if (slots.some((slot) => slot.endsAt > now)) throw conflict('errors.eventDoneBeforeEnd');
      }
      await manager.update(EventEntity, { id }, { status });
      // A next edition (a copy) that opens invites the people of earlier editions, once each.
      if (status === 'OPEN' && event.copiedFromId)
        await this.nextEdition.inviteEarlierParticipants(manager, event, now);
      // A finished event asks its volunteers and served nonprofits for feedback, once each (feedback.service.ts).
      if (status === 'DONE') await this.feedback.requestFeedback(manager, id);
      return this.reload(manager, id);
    });
  }

  /** "Copy from last edition": the same settings and slots, `offsetDays` later on the Berlin calendar, as a draft. */
  async copy(
    person: SignedInPerson | null,
    id: string,
    offsetDays: number | null,
    name: string,
  ): Promise<OrganizerEvent> {
    if (!person) throw unauthenticated();
    const trimmed = name.trim();
    const problems: FieldProblem[] = [];
    if (trimmed.length < EVENT_LIMITS.nameMin)
      problems.push({ path: 'name', messageKey: 'validation.minLength', params: { min: EVENT_LIMITS.nameMin } });
    if (trimmed.length > EVENT_LIMITS.nameMax)
      problems.push({ path: 'name', messageKey: 'validation.maxLength', params: { max: EVENT_LIMITS.nameMax } });
    if (offsetDays === null || !Number.isInteger(offsetDays))
      problems.push({ path: 'offsetDays', messageKey: 'validation.isInt' });
    else if (Math.abs(offsetDays) > EVENT_LIMITS.copyOffsetDaysMax)
      problems.push({
        path: 'offsetDays',
        messageKey: offsetDays < 0 ? 'validation.min' : 'validation.max',
        params: { min: -EVENT_LIMITS.copyOffsetDaysMax, max: EVENT_LIMITS.copyOffsetDaysMax },
      });
    // (a null offset is among the problems; the second test tells the compiler so)
    if (problems.length > 0 || offsetDays === null) throw invalidInput(problems);
    return this.dataSource.transaction(async (manager) => {
      const source = await this.loadForOrganizer(manager, person, id, false);
      const slots = (await slotsByEvent(manager, [id])).get(id) ?? [];
      const shift = (date: Date | null) => (date ? shiftDays(date, offsetDays) : null);
      const { id: copyId } = await manager.save(EventEntity, {
        name: trimmed,
        kind: source.kind,
        status: 'DRAFT' as const,
        description: source.description,
        city: source.city,
        venue: source.venue,
        online: source.online,
        onlineUrl: source.onlineUrl,
        languages: source.languages,
        nonprofitDeadline: shift(source.nonprofitDeadline),
        volunteerDeadline: shift(source.volunteerDeadline),
        organizingBodyId: source.organizingBodyId,
        copiedFromId: source.id,
        startsAt: shiftDays(source.startsAt, offsetDays),
        endsAt: shiftDays(source.endsAt, offsetDays),
      });
      if (slots.length > 0)
        await manager.insert(
          SlotEntity,
          slots.map((slot) => ({
            eventId: copyId,
            startsAt: shiftDays(slot.startsAt, offsetDays),
            endsAt: shiftDays(slot.endsAt, offsetDays),
            capacity: slot.capacity,
            label: slot.label,
          })),
        );
      return this.reload(manager, copyId);
    });
  }

  async delete(person: SignedInPerson | null, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.loadForOrganizer(manager, person, id, true);
      if (!eventPermits(event.status, 'delete'))
        throw conflict('errors.eventDeleteOnlyDraft', { status: statusParam(event.status) });
      await manager.delete(EventEntity, { id });
      return true;
    });
  }

  /** The event if the caller organizes its body; `lock` holds the row until the transaction ends. */
  private async loadForOrganizer(
    manager: EntityManager,
    person: SignedInPerson | null,
    id: string,
    lock: boolean,
  ): Promise<EventEntity> {
    if (!person) throw unauthenticated();
    // People who organize nothing learn nothing, not even whether the event exists.
    const bodies = organizingBodiesOf(person);
    if (bodies !== 'all' && bodies.length === 0) throw forbidden();
    const event = isUuid(id)
      ? await manager.findOne(EventEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) })
      : null;
    if (!event) throw notFound('entities.event');
    // Events from before organizing bodies existed belong to no body: only platform admins manage them.
    assertActsForBody(person, event.organizingBodyId ?? '');
    return event;
  }

  private async reload(manager: EntityManager, id: string): Promise<OrganizerEvent> {
    const event = await manager.findOneOrFail(EventEntity, { where: { id }, relations: { organizingBody: true } });
    return (await toOrganizerEvents(manager, [event]))[0];
  }
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

function assertValid(input: EventInput): void {
  const problems = eventInputProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
}

function assertDeadlinesSet(input: EventInput): void {
  const missing = (['nonprofitDeadline', 'volunteerDeadline'] as const).filter((field) => !input[field]);
  if (missing.length > 0)
    throw invalidInput(missing.map((field) => ({ path: `input.${field}`, messageKey: 'validation.isNotEmpty' })));
}

function eventColumns(input: EventInput) {
  const { startsAt, endsAt } = slotBounds(input.slots);
  return {
    name: input.name,
    kind: input.kind,
    description: input.description ?? '',
    city: input.city,
    venue: input.venue ?? null,
    online: input.online,
    onlineUrl: input.online ? (input.onlineUrl ?? null) : null,
    languages: [...new Set(input.languages)],
    nonprofitDeadline: input.nonprofitDeadline ?? null,
    volunteerDeadline: input.volunteerDeadline ?? null,
    startsAt,
    endsAt,
  };
}

const slotColumns = (eventId: string, slot: SlotInput) => ({
  eventId,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  capacity: slot.capacity,
  label: slot.label ?? null,
});

function sameSlots(stored: SlotEntity[], wanted: SlotInput[]): boolean {
  const key = (slot: { startsAt: Date; endsAt: Date; capacity: number; label?: string | null }, id?: string | null) =>
    `${id ?? ''}|${slot.startsAt.getTime()}|${slot.endsAt.getTime()}|${slot.capacity}|${slot.label ?? ''}`;
  const a = stored.map((slot) => key(slot, slot.id)).sort();
  const b = wanted.map((slot) => key(slot, slot.id)).sort();
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Keeps slots named by id (later features refer to them), deletes the rest and inserts the new ones. */
async function replaceSlots(manager: EntityManager, eventId: string, stored: SlotEntity[], wanted: SlotInput[]) {
  const known = new Set(stored.map((slot) => slot.id));
  const unknown = wanted.flatMap((slot, index) =>
    slot.id && !known.has(slot.id) ? [{ path: `input.slots[${index}].id`, messageKey: 'validation.unknownSlot' }] : [],
  );
  if (unknown.length > 0) throw invalidInput(unknown);
  const kept = new Set(wanted.flatMap((slot) => (slot.id ? [slot.id] : [])));
  const removed = stored.filter((slot) => !kept.has(slot.id)).map((slot) => slot.id);
  if (removed.length > 0) await manager.delete(SlotEntity, { id: In(removed) });
  for (const slot of wanted) {
    if (slot.id) await manager.update(SlotEntity, { id: slot.id }, slotColumns(eventId, slot));
    else await manager.insert(SlotEntity, slotColumns(eventId, slot));
  }
}
