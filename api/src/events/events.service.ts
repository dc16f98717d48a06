import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PUBLIC_EVENT_STATUSES } from '@skillshift/shared';
import { In, MoreThanOrEqual, Repository } from 'typeorm';
import { notFound } from '../common/errors/domain-error';
import { EventEntity } from './event.entity';
import { type EventSummary, type PublicEvent } from './event.model';
import { toPublicEvent } from './event-views';

const UPCOMING_LIMIT = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What anyone may see of events, signed in or not. */
@Injectable()
export class EventsService {
  constructor(@InjectRepository(EventEntity) private readonly events: Repository<EventEntity>) {}

  /** Public events that have not ended yet, soonest first. */
  async upcoming(now = new Date()): Promise<EventSummary[]> {
    const rows = await this.events.find({
      where: { status: In([...PUBLIC_EVENT_STATUSES]), endsAt: MoreThanOrEqual(now) },
      order: { startsAt: 'ASC' },
      take: UPCOMING_LIMIT,
    });
    return rows.map(toSummary);
  }

  /** The public page of an event; drafts and finished events are "not found", so their existence stays private. */
  async publicEvent(id: string): Promise<PublicEvent> {
    const event = UUID.test(id)
      ? await this.events.findOne({
          where: { id, status: In([...PUBLIC_EVENT_STATUSES]) },
          relations: { organizingBody: true },
        })
      : null;
    if (!event) throw notFound('entities.event');
    return toPublicEvent(this.events.manager, event);
  }
}

export function toSummary(event: EventEntity): EventSummary {
  return {
    id: event.id,
    name: event.name,
    kind: event.kind,
    status: event.status,
    description: event.description,
    city: event.city,
    venue: event.venue,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
  };
}
