import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type ChallengeStatus } from '@skillshift/shared';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { ChallengeStatusEnum } from '../common/graphql/registration-enums';
import { Challenge, ChallengeSummary, EventChallengePage } from './challenge.model';
import { CurationService } from './curation.service';

/** Organizers of the event's body and platform admins; the service decides which body a person may act for. */
@RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
@Resolver(() => EventChallengePage)
export class CurationResolver {
  constructor(private readonly curation: CurationService) {}

  @Query(() => EventChallengePage, {
    description: 'The challenges of an event for curation, highest priority and earliest submission first.',
  })
  eventChallenges(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('status', { type: () => ChallengeStatusEnum, nullable: true, description: 'Without: all but drafts.' })
    status: ChallengeStatus | null,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<EventChallengePage> {
    return this.curation.list(person, eventId, status, limit, offset);
  }

  @Mutation(() => Challenge, { description: 'Asks the nonprofit a question (→ NEEDS_INFO); mailed to its contacts.' })
  askChallengeQuestion(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('question') question: string,
  ): Promise<Challenge> {
    return this.curation.askBack(person, id, question);
  }

  @Mutation(() => Challenge, { description: 'Accepts the challenge for matching; mailed to its contacts.' })
  acceptChallenge(@CurrentPerson() person: SignedInPerson, @Args('id', { type: () => ID }) id: string) {
    return this.curation.accept(person, id);
  }

  @Mutation(() => Challenge, { description: 'Rejects the challenge; the reason is mailed to its contacts.' })
  rejectChallenge(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<Challenge> {
    return this.curation.reject(person, id, reason);
  }

  @Mutation(() => [ChallengeSummary], { description: 'Accepts several challenges of an event: all or none.' })
  acceptChallenges(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<ChallengeSummary[]> {
    return this.curation.decideMany(person, eventId, ids, 'ACCEPTED', null);
  }

  @Mutation(() => [ChallengeSummary], {
    description: 'Rejects several challenges of an event with one reason: all or none.',
  })
  rejectChallenges(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('reason') reason: string,
  ): Promise<ChallengeSummary[]> {
    return this.curation.decideMany(person, eventId, ids, 'REJECTED', reason);
  }

  @Mutation(() => Challenge, {
    description: 'Sets the priority (1 default; higher for groups that are hard to reach).',
  })
  setChallengePriority(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('priority', { type: () => Int }) priority: number,
  ): Promise<Challenge> {
    return this.curation.setPriority(person, id, priority);
  }
}
