import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole, RequireSignIn } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { AssistedIntakeService } from './assisted-intake.service';
import {
  AssistedIntakeInput,
  NonprofitContactInput,
  NonprofitInput,
  RegisterNonprofitInput,
} from './dto/nonprofit.input';
import { AssistedIntakeResult, Nonprofit } from './nonprofit.model';
import { NonprofitsService } from './nonprofits.service';

/** Nonprofits for their contacts (and the organizers of their body); the services decide who may see and change. */
@Resolver(() => Nonprofit)
export class NonprofitsResolver {
  constructor(
    private readonly nonprofits: NonprofitsService,
    private readonly intake: AssistedIntakeService,
  ) {}

  @RequireSignIn()
  @Query(() => [Nonprofit], { description: 'The nonprofits the signed-in person is a contact of.' })
  myNonprofits(@CurrentPerson() person: SignedInPerson): Promise<Nonprofit[]> {
    return this.nonprofits.mine(person);
  }

  @RequireSignIn()
  @Query(() => Nonprofit, { description: 'One nonprofit, for its contacts and the organizers of its body.' })
  nonprofit(@CurrentPerson() person: SignedInPerson, @Args('id', { type: () => ID }) id: string): Promise<Nonprofit> {
    return this.nonprofits.get(person, id);
  }

  @RequireSignIn()
  @Mutation(() => Nonprofit, {
    description: 'Registers a nonprofit with the body of the event the person came from; they become its contact.',
  })
  registerNonprofit(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: RegisterNonprofitInput,
  ): Promise<Nonprofit> {
    return this.nonprofits.register(person, eventId, input);
  }

  @RequireSignIn()
  @Mutation(() => Nonprofit, { description: 'Replaces the nonprofit’s profile.' })
  updateNonprofit(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NonprofitInput,
  ): Promise<Nonprofit> {
    return this.nonprofits.update(person, id, input);
  }

  @RequireSignIn()
  @Mutation(() => Nonprofit, { description: 'Adds a further contact person by address; they are told by mail.' })
  addNonprofitContact(
    @CurrentPerson() person: SignedInPerson,
    @Args('nonprofitId', { type: () => ID }) nonprofitId: string,
    @Args('input') input: NonprofitContactInput,
  ): Promise<Nonprofit> {
    return this.nonprofits.addContact(person, nonprofitId, input);
  }

  @RequireSignIn()
  @Mutation(() => Nonprofit, { description: 'Removes a contact person (never the last one).' })
  removeNonprofitContact(
    @CurrentPerson() person: SignedInPerson,
    @Args('nonprofitId', { type: () => ID }) nonprofitId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<Nonprofit> {
    return this.nonprofits.removeContact(person, nonprofitId, personId);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => AssistedIntakeResult, {
    description: 'Assisted intake: an organizer registers a nonprofit, its first contact and a challenge for them.',
  })
  registerNonprofitByIntake(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: AssistedIntakeInput,
  ): Promise<AssistedIntakeResult> {
    return this.intake.register(person, eventId, input);
  }
}
