import { Query, Resolver } from '@nestjs/graphql';
import { EventSummary } from './event.model';
import { EventsService } from './events.service';

@Resolver(() => EventSummary)
export class EventsResolver {
  constructor(private readonly events: EventsService) {}

  @Query(() => [EventSummary], { description: 'Public events that have not ended yet, soonest first.' })
  upcomingEvents(): Promise<EventSummary[]> {
    return this.events.upcoming();
  }
}
