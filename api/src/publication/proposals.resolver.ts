import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type ProposalAnswer, type UiLocale } from '@skillshift/shared';
import { ReaderLocale } from '../audit/reader-locale.decorator';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { ProposalAnswersService } from './proposal-answers.service';
import { PublicationReaderService } from './publication-reader.service';
import { NonprofitTeam, NonprofitTeams, ProposalAnswerEnum, VolunteerProposal } from './publication.model';

/** The volunteer's proposals (dashboard) and the nonprofit's teams: answers, cancellations, confirmations. */
@Resolver()
export class ProposalsResolver {
  constructor(
    private readonly reader: PublicationReaderService,
    private readonly answers: ProposalAnswersService,
  ) {}

  @RequireRole('VOLUNTEER')
  @Query(() => [VolunteerProposal], { description: 'The signed-in volunteer’s proposals, soonest first.' })
  myProposals(@CurrentPerson() person: SignedInPerson, @ReaderLocale() locale: UiLocale): Promise<VolunteerProposal[]> {
    return this.reader.myProposals(person, locale);
  }

  @RequireRole('VOLUNTEER')
  @Mutation(() => VolunteerProposal, { description: 'Accepts or declines one of the signed-in volunteer’s proposals.' })
  answerProposal(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('answer', { type: () => ProposalAnswerEnum }) answer: ProposalAnswer,
  ): Promise<VolunteerProposal> {
    return this.answers.answerAsVolunteer(person, proposalId, answer, locale);
  }

  @RequireRole('VOLUNTEER')
  @Mutation(() => VolunteerProposal, {
    description: 'Calls off an accepted place; the organizers look for a replacement.',
  })
  cancelProposal(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<VolunteerProposal> {
    return this.answers.cancelAsVolunteer(person, proposalId, reason, locale);
  }

  @RequireRole('NONPROFIT_CONTACT', 'ORGANIZER', 'PLATFORM_ADMIN')
  @Query(() => NonprofitTeams, { description: 'The proposed teams of a nonprofit’s challenges.' })
  nonprofitTeams(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('nonprofitId', { type: () => ID }) nonprofitId: string,
  ): Promise<NonprofitTeams> {
    return this.reader.nonprofitTeams(person, nonprofitId, locale);
  }

  @RequireRole('NONPROFIT_CONTACT')
  @Mutation(() => NonprofitTeam, {
    description: 'The nonprofit confirms its team; contact data of members who accepted becomes visible both ways.',
  })
  confirmTeam(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ): Promise<NonprofitTeam> {
    return this.answers.confirmTeam(person, challengeId, locale);
  }

  @RequireRole('NONPROFIT_CONTACT')
  @Mutation(() => NonprofitTeam, { description: 'The nonprofit calls off a place in its team; the volunteer is told.' })
  releaseTeamMember(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<NonprofitTeam> {
    return this.answers.releaseAsNonprofit(person, proposalId, reason, locale);
  }
}
