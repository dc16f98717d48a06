import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type ProposalAnswer, type UiLocale } from '@skillshift/shared';
import { ReaderLocale } from '../audit/reader-locale.decorator';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { PublishRunInput } from './dto/publication.input';
import { PublicationService } from './publication.service';
import { ProposalAnswerEnum, Publication } from './publication.model';

/** Publishing a run and following its places: organizers of the event's body and platform admins. */
@RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
@Resolver()
export class PublicationResolver {
  constructor(private readonly publications: PublicationService) {}

  @Query(() => Publication, { description: 'The event’s publication: the run that went out and every place in it.' })
  publication(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<Publication> {
    return this.publications.get(person, eventId, locale);
  }

  @Mutation(() => Publication, {
    description:
      'Publishes a finished run (event MATCHING → PUBLISHED, once): proposals to the volunteers, teams to the nonprofits.',
  })
  publishMatchingRun(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('runId', { type: () => ID }) runId: string,
    @Args('input') input: PublishRunInput,
  ): Promise<Publication> {
    return this.publications.publish(person, runId, input, locale);
  }

  @Mutation(() => Publication, { description: 'Turns automatic backfill of freed places on or off.' })
  setPublicationAutoBackfill(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('autoBackfill') autoBackfill: boolean,
  ): Promise<Publication> {
    return this.publications.setAutoBackfill(person, eventId, autoBackfill, locale);
  }

  @Mutation(() => Publication, {
    description:
      'Asks the engine for the best replacements for a team’s freed places (every other assignment kept) and proposes them.',
  })
  findReplacement(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ): Promise<Publication> {
    return this.publications.findReplacement(person, challengeId, locale);
  }

  @Mutation(() => Publication, {
    description:
      'Records a volunteer’s answer on their behalf (given by phone, on paper, in person: people without an e-mail ' +
      'address get no links); the same rules as their own answer, and the audit log names the organizer.',
  })
  recordProposalAnswer(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('answer', { type: () => ProposalAnswerEnum }) answer: ProposalAnswer,
    @Args('note', { type: () => String, nullable: true, description: 'How the answer came, e.g. “by phone”.' })
    note?: string | null,
  ): Promise<Publication> {
    return this.publications.recordAnswer(person, proposalId, answer, note, locale);
  }

  @Mutation(() => Publication, {
    description:
      'Records on a volunteer’s behalf that they can no longer come to a place they accepted; the place frees up.',
  })
  recordProposalCancellation(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('note', { type: () => String, nullable: true, description: 'Why, as the volunteer said it.' })
    note?: string | null,
  ): Promise<Publication> {
    return this.publications.recordCancellation(person, proposalId, note, locale);
  }
}
