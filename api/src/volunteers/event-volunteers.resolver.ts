import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { forbidden } from '../common/errors/domain-error';
import { VolunteerIntakeInput } from './dto/volunteer-registration.input';
import { EventVolunteer, EventVolunteerOverview, VolunteerIntakeResult } from './event-volunteers.model';
import { EventVolunteersService } from './event-volunteers.service';
import { canSeePersonalData } from './volunteer-access';
import { VolunteerIntakeService } from './volunteer-intake.service';

/** Organizers of the event's body and platform admins; the services check the body (tenant.ts). */
@RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
@Resolver(() => EventVolunteer)
export class EventVolunteersResolver {
  constructor(
    private readonly volunteers: EventVolunteersService,
    private readonly intakes: VolunteerIntakeService,
  ) {}

  @Query(() => [EventVolunteer], { description: 'The volunteers registered for an event, withdrawn ones last.' })
  eventVolunteers(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<EventVolunteer[]> {
    return this.volunteers.list(person, eventId);
  }

  @Query(() => EventVolunteerOverview, {
    description: 'Counts per challenge status and slot, and the supply/demand table of skills, for an event.',
  })
  eventVolunteerOverview(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<EventVolunteerOverview> {
    return this.volunteers.overview(person, eventId);
  }

  @Mutation(() => VolunteerIntakeResult, {
    description: 'Assisted intake: registers a volunteer for an event on their behalf, recording how they consented.',
  })
  registerVolunteerOnBehalf(
    @CurrentPerson() person: SignedInPerson,
    @Args('input') input: VolunteerIntakeInput,
  ): Promise<VolunteerIntakeResult> {
    return this.intakes.intake(person, input);
  }

  @ResolveField(() => String, { nullable: true })
  email(@CurrentPerson() viewer: SignedInPerson | null, @Parent() volunteer: EventVolunteer): string | null {
    return personalField(viewer, volunteer, volunteer.email);
  }

  @ResolveField(() => String, { nullable: true })
  phone(@CurrentPerson() viewer: SignedInPerson | null, @Parent() volunteer: EventVolunteer): string | null {
    return personalField(viewer, volunteer, volunteer.phone);
  }

  @ResolveField(() => String, { nullable: true })
  employer(@CurrentPerson() viewer: SignedInPerson | null, @Parent() volunteer: EventVolunteer): string | null {
    return personalField(viewer, volunteer, volunteer.employer);
  }
}

function personalField(viewer: SignedInPerson | null, volunteer: EventVolunteer, value: string | null): string | null {
  if (!canSeePersonalData(viewer, volunteer)) throw forbidden();
  return value;
}
