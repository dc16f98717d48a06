import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireSignIn } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { Challenge, ChallengeEvent } from './challenge.model';
import { ChallengesService } from './challenges.service';
import { ChallengeInput } from './dto/challenge.input';

/** The nonprofit's side of a challenge; the service checks that the caller is a contact of the nonprofit. */
@Resolver(() => Challenge)
export class ChallengesResolver {
  constructor(private readonly challenges: ChallengesService) {}

  @Query(() => ChallengeEvent, { description: 'A public event as the challenge form needs it (slots with ids).' })
  challengeEvent(@Args('id', { type: () => ID }) id: string): Promise<ChallengeEvent> {
    return this.challenges.event(id);
  }

  @RequireSignIn()
  @Query(() => Challenge, { description: 'A challenge’s brief and history, for its contacts and organizers.' })
  challenge(@CurrentPerson() person: SignedInPerson, @Args('id', { type: () => ID }) id: string): Promise<Challenge> {
    return this.challenges.get(person, id);
  }

  @RequireSignIn()
  @Mutation(() => Challenge, {
    description:
      'Starts a challenge of a nonprofit for an event, as a DRAFT; with submit: true it is submitted at once, and a submission that lacks something creates nothing.',
  })
  createChallenge(
    @CurrentPerson() person: SignedInPerson,
    @Args('nonprofitId', { type: () => ID }) nonprofitId: string,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: ChallengeInput,
    @Args('submit', { type: () => Boolean, defaultValue: false }) submit: boolean,
  ): Promise<Challenge> {
    return this.challenges.create(person, nonprofitId, eventId, input, submit);
  }

  @RequireSignIn()
  @Mutation(() => Challenge, {
    description: 'Saves the content: a draft may be incomplete; a submitted challenge must stay complete.',
  })
  updateChallenge(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChallengeInput,
  ): Promise<Challenge> {
    return this.challenges.update(person, id, input);
  }

  @RequireSignIn()
  @Mutation(() => Challenge, {
    description: 'Submits a draft before the deadline; with input, saves that content in the same step.',
  })
  submitChallenge(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ChallengeInput, nullable: true }) input?: ChallengeInput | null,
  ): Promise<Challenge> {
    return this.challenges.submit(person, id, input);
  }

  @RequireSignIn()
  @Mutation(() => Boolean, { description: 'Deletes a challenge that is still a draft.' })
  deleteChallenge(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.challenges.delete(person, id);
  }

  @RequireSignIn()
  @Mutation(() => Challenge, { description: 'The nonprofit takes its challenge back (until teams are published).' })
  withdrawChallenge(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Challenge> {
    return this.challenges.withdraw(person, id, reason);
  }

  @RequireSignIn()
  @Mutation(() => Challenge, { description: 'Answers the organizers’ question: NEEDS_INFO → SUBMITTED.' })
  answerChallengeQuestion(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('answer') answer: string,
  ): Promise<Challenge> {
    return this.challenges.answer(person, id, answer);
  }
}
