import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { EventSummary, PublicEvent } from './event.model';
import { EventsService } from './events.service';

@Resolver(() => EventSummary)
export class EventsResolver {
  constructor(private readonly events: EventsService) {}

  @Query(() => [EventSummary], { description: 'Public events that have not ended yet, soonest first.' })
  upcomingEvents(): Promise<EventSummary[]> {
    return this.events.upcoming();
  }

  @Query(() => PublicEvent, { description: 'The public page of an event open to the public (OPEN to PUBLISHED).' })
  publicEvent(@Args('id', { type: () => ID }) id: string): Promise<PublicEvent> {
    return this.events.publicEvent(id);
  }
}
