import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireSignIn } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { forbidden } from '../common/errors/domain-error';
import { VolunteerProfileInput } from './dto/volunteer-profile.input';
import { EventRegistrationInput, VolunteerRegistrationChangeInput } from './dto/volunteer-registration.input';
import { VolunteerEventOptions, VolunteerProfile, VolunteerRegistration } from './volunteer.model';
import { VolunteerProfilesService } from './volunteer-profiles.service';
import { VolunteerRegistrationsService } from './volunteer-registrations.service';

/** A volunteer's own profile and registrations; any signed-in person can become a volunteer. */
@Resolver(() => VolunteerProfile)
export class VolunteersResolver {
  constructor(
    private readonly profiles: VolunteerProfilesService,
    private readonly registrations: VolunteerRegistrationsService,
  ) {}

  @RequireSignIn()
  @Query(() => VolunteerProfile, { nullable: true, description: 'The signed-in person’s volunteer profile, if any.' })
  myVolunteerProfile(@CurrentPerson() person: SignedInPerson): Promise<VolunteerProfile | null> {
    return this.profiles.mine(person);
  }

  @RequireSignIn()
  @Mutation(() => VolunteerProfile, {
    description: 'Saves the whole volunteer profile; the first save needs consent and grants the VOLUNTEER role.',
  })
  saveVolunteerProfile(
    @CurrentPerson() person: SignedInPerson,
    @Args('input') input: VolunteerProfileInput,
  ): Promise<VolunteerProfile> {
    return this.profiles.save(person, input);
  }

  @RequireSignIn()
  @Query(() => [VolunteerRegistration], { description: 'The signed-in person’s event registrations, latest first.' })
  myVolunteerRegistrations(@CurrentPerson() person: SignedInPerson): Promise<VolunteerRegistration[]> {
    return this.registrations.mine(person);
  }

  @Query(() => VolunteerEventOptions, {
    description: 'What the volunteer registration form needs of a public event (with the caller’s registration).',
  })
  volunteerEventOptions(
    @CurrentPerson() person: SignedInPerson | null,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<VolunteerEventOptions> {
    return this.registrations.eventOptions(person, eventId);
  }

  @RequireSignIn()
  @Mutation(() => VolunteerRegistration, {
    description:
      'Registers the signed-in person for an event (with their profile); a second registration is a conflict.',
  })
  registerForEvent(
    @CurrentPerson() person: SignedInPerson,
    @Args('input') input: EventRegistrationInput,
  ): Promise<VolunteerRegistration> {
    return this.registrations.register(person, input);
  }

  @RequireSignIn()
  @Mutation(() => VolunteerRegistration, {
    description: 'Changes slots and limit of a registration (the volunteer, or organizers of the event’s body).',
  })
  updateVolunteerRegistration(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: VolunteerRegistrationChangeInput,
  ): Promise<VolunteerRegistration> {
    return this.registrations.update(person, id, input);
  }

  @RequireSignIn()
  @Mutation(() => VolunteerRegistration, { description: 'Withdraws a registration until teams are published.' })
  withdrawVolunteerRegistration(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<VolunteerRegistration> {
    return this.registrations.withdraw(person, id);
  }

  // Personal fields: a profile is only ever handed to its own person; checked again per field.
  @ResolveField(() => String, { nullable: true })
  email(@CurrentPerson() viewer: SignedInPerson | null, @Parent() profile: VolunteerProfile): string | null {
    return ownField(viewer, profile, profile.email);
  }

  @ResolveField(() => String, { nullable: true })
  phone(@CurrentPerson() viewer: SignedInPerson | null, @Parent() profile: VolunteerProfile): string | null {
    return ownField(viewer, profile, profile.phone);
  }

  @ResolveField(() => String, { nullable: true })
  employer(@CurrentPerson() viewer: SignedInPerson | null, @Parent() profile: VolunteerProfile): string | null {
    return ownField(viewer, profile, profile.employer);
  }
}

function ownField(viewer: SignedInPerson | null, profile: VolunteerProfile, value: string | null): string | null {
  if (viewer?.id !== profile.personId) throw forbidden();
  return value;
}
