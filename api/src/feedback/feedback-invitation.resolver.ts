import { Inject } from '@nestjs/common';
import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type FeedbackRole, type UiLocale } from '@skillshift/shared';
import { DataSource } from 'typeorm';
import { ReaderLocale } from '../audit/reader-locale.decorator';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NonprofitTeam, VolunteerProposal } from '../publication/publication.model';
import { feedbackLink } from './feedback-links';

@ObjectType({ description: 'The signed-in person’s feedback request on one challenge of a finished event.' })
export class FeedbackInvitation {
  @Field({ description: 'The feedback form (the same signed link as in the mail): to answer, or to read the answer.' })
  url: string;

  @Field()
  answered: boolean;
}

/**
 * The feedback a person was asked for after the event, beside the proposal or team it is about: the mail's link is
 * then not the only way to the form. Only the person's own request, only while its link works.
 */
async function invitationOf(
  dataSource: DataSource,
  config: AppConfig,
  subject: { personId: string; eventId: string; challengeId: string; role: FeedbackRole },
  locale: UiLocale,
): Promise<FeedbackInvitation | null> {
  const [request] = (await dataSource.query(
    `SELECT id, expires_at AS "expiresAt", answered_at IS NOT NULL AS answered FROM feedback_request
      WHERE event_id = $1 AND person_id = $2 AND challenge_id = $3 AND role = $4 AND expires_at > now()`,
    [subject.eventId, subject.personId, subject.challengeId, subject.role],
  )) as { id: string; expiresAt: Date; answered: boolean }[];
  return request ? { url: feedbackLink(config, request, locale), answered: request.answered } : null;
}

@Resolver(() => VolunteerProposal)
export class ProposalFeedbackResolver {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => FeedbackInvitation, {
    nullable: true,
    description: 'Once the event is finished: the feedback the volunteer was asked for on this challenge.',
  })
  feedback(
    @Parent() proposal: VolunteerProposal,
    @CurrentPerson() person: SignedInPerson | null,
    @ReaderLocale() locale: UiLocale,
  ): Promise<FeedbackInvitation | null> {
    if (!person || proposal.status !== 'ACCEPTED') return Promise.resolve(null);
    const subject = { personId: person.id, eventId: proposal.eventId, challengeId: proposal.challengeId };
    return invitationOf(this.dataSource, this.config, { ...subject, role: 'VOLUNTEER' }, locale);
  }
}

@Resolver(() => NonprofitTeam)
export class TeamFeedbackResolver {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => FeedbackInvitation, {
    nullable: true,
    description: 'Once the event is finished: the feedback the signed-in contact was asked for on this challenge.',
  })
  feedback(
    @Parent() team: NonprofitTeam,
    @CurrentPerson() person: SignedInPerson | null,
    @ReaderLocale() locale: UiLocale,
  ): Promise<FeedbackInvitation | null> {
    if (!person) return Promise.resolve(null);
    const subject = { personId: person.id, eventId: team.eventId, challengeId: team.challengeId };
    return invitationOf(this.dataSource, this.config, { ...subject, role: 'NONPROFIT' }, locale);
  }
}
