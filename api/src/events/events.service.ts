import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PUBLIC_EVENT_STATUSES } from '@skillshift/shared';
import { In, MoreThanOrEqual, Repository } from 'typeorm';
import { EventEntity } from './event.entity';
import { type EventSummary } from './event.model';

const UPCOMING_LIMIT = 20;

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
