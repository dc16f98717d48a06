import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type UiLocale } from '@skillshift/shared';
import { ReaderLocale } from '../audit/reader-locale.decorator';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { MatchingPairInput, MatchingWeightsInput, MoveVolunteerInput } from './dto/matching.input';
import { MatchingBoardService } from './matching-board.service';
import { MatchingRunsService } from './matching-runs.service';
import { MatchingSteeringService } from './matching-steering.service';
import {
  MatchingBoard,
  MatchingPair,
  MatchingRun,
  MatchingRunComparison,
  MatchingSetup,
  PairExplanation,
} from './matching.model';

/** Matching runs, the review board and steering: organizers of the event's body and platform admins. */
@RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
@Resolver()
export class MatchingResolver {
  constructor(
    private readonly runs: MatchingRunsService,
    private readonly boards: MatchingBoardService,
    private readonly steering: MatchingSteeringService,
  ) {}

  @Query(() => MatchingSetup, { description: 'What the matching page of an event starts from.' })
  matchingSetup(
    @CurrentPerson() person: SignedInPerson,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<MatchingSetup> {
    return this.runs.setup(person, eventId);
  }

  @Query(() => [MatchingRun], { description: 'Every run of the event, newest first.' })
  matchingRuns(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<MatchingRun[]> {
    return this.runs.list(person, eventId, locale);
  }

  @Query(() => MatchingRun, { description: 'One run: status and progress while it is solved, metrics after.' })
  matchingRun(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MatchingRun> {
    return this.runs.get(person, id, locale);
  }

  @Query(() => MatchingBoard, { description: 'The review board of a run.' })
  matchingBoard(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('runId', { type: () => ID }) runId: string,
  ): Promise<MatchingBoard> {
    return this.boards.board(person, runId, locale);
  }

  @Query(() => PairExplanation, { description: 'Why a pair of a run scores what it does, factor by factor.' })
  matchingPairExplanation(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('runId', { type: () => ID }) runId: string,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('volunteerId', { type: () => ID }) volunteerId: string,
  ): Promise<PairExplanation> {
    return this.boards.explain(person, runId, challengeId, volunteerId, locale);
  }

  @Query(() => MatchingRunComparison, { description: 'Two runs of one event side by side (second − first).' })
  matchingRunComparison(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('runId', { type: () => ID }) runId: string,
    @Args('otherRunId', { type: () => ID }) otherRunId: string,
  ): Promise<MatchingRunComparison> {
    return this.boards.compare(person, runId, otherRunId, locale);
  }

  @Mutation(() => MatchingRun, {
    description: 'Queues a run of the engine on the event (MATCHING only); the page polls matchingRun for progress.',
  })
  startMatchingRun(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('weights', { type: () => MatchingWeightsInput, nullable: true }) weights?: MatchingWeightsInput,
  ): Promise<MatchingRun> {
    return this.runs.start(person, eventId, weights ?? null, locale);
  }

  @Mutation(() => MatchingPair, { description: 'Pins a pair: every further run of the event must assign it.' })
  pinMatchingPair(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('input') input: MatchingPairInput,
  ): Promise<MatchingPair> {
    return this.steering.pin(person, input, locale);
  }

  @Mutation(() => MatchingPair, { description: 'Excludes a pair from every further run of the event.' })
  excludeMatchingPair(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('input') input: MatchingPairInput,
  ): Promise<MatchingPair> {
    return this.steering.exclude(person, input, locale);
  }

  @Mutation(() => Boolean, { description: 'Removes a pin.' })
  removeMatchingPin(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('input') input: MatchingPairInput,
  ): Promise<boolean> {
    return this.steering.removePin(person, input, locale);
  }

  @Mutation(() => Boolean, { description: 'Removes an exclusion.' })
  removeMatchingExclusion(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('input') input: MatchingPairInput,
  ): Promise<boolean> {
    return this.steering.removeExclusion(person, input, locale);
  }

  @Mutation(() => MatchingBoard, {
    description: 'Moves a volunteer to another team of a run (checked against the hard rules); answers with the board.',
  })
  moveMatchingVolunteer(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('input') input: MoveVolunteerInput,
  ): Promise<MatchingBoard> {
    return this.steering.move(person, input, locale);
  }
}
