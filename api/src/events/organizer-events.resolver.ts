import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type EventStatus } from '@skillshift/shared';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { EventInput } from './dto/event.input';
import { EventStatusEnum, OrganizerEvent, OrganizerEventPage } from './event.model';
import { OrganizerEventsService } from './organizer-events.service';

/** Organizers of the event's body and platform admins; the service decides which body a person may act for. */
@RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
@Resolver(() => OrganizerEvent)
export class OrganizerEventsResolver {
  constructor(private readonly events: OrganizerEventsService) {}

  @Query(() => OrganizerEventPage, { description: 'The events of an organizing body, latest first.' })
  organizerEvents(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<OrganizerEventPage> {
    return this.events.list(person, organizingBodyId, limit, offset);
  }

  @Query(() => OrganizerEvent, { description: 'One event with its slots, for its organizers.' })
  event(@CurrentPerson() person: SignedInPerson, @Args('id', { type: () => ID }) id: string): Promise<OrganizerEvent> {
    return this.events.get(person, id);
  }

  @Mutation(() => OrganizerEvent, { description: 'Creates an event in DRAFT for an organizing body.' })
  createEvent(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    @Args('input') input: EventInput,
  ): Promise<OrganizerEvent> {
    return this.events.create(person, organizingBodyId, input);
  }

  @Mutation(() => OrganizerEvent, { description: 'Replaces the event’s settings and slots (slots keep their id).' })
  updateEvent(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EventInput,
  ): Promise<OrganizerEvent> {
    return this.events.update(person, id, input);
  }

  @Mutation(() => OrganizerEvent, { description: 'Moves the event along its lifecycle, where the rules allow it.' })
  changeEventStatus(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => EventStatusEnum }) status: EventStatus,
  ): Promise<OrganizerEvent> {
    return this.events.changeStatus(person, id, status);
  }

  @Mutation(() => OrganizerEvent, {
    description: 'Copy from last edition: a new draft with the same settings, slots moved by offsetDays.',
  })
  copyEvent(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    // Nullable so that a form can send a field left empty or unreadable and hear it named with the name's problems.
    @Args('offsetDays', { type: () => Int, nullable: true }) offsetDays: number | null,
    @Args('name') name: string,
  ): Promise<OrganizerEvent> {
    return this.events.copy(person, id, offsetDays, name);
  }

  @Mutation(() => Boolean, { description: 'Deletes an event that is still a draft.' })
  deleteEvent(@CurrentPerson() person: SignedInPerson, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.events.delete(person, id);
  }
}
