import { Inject } from '@nestjs/common';
import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type FeedbackRole, type UiLocale } from '@skillshift/shared';
import DataLoader from 'dataloader';
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

/** Which feedback request: the person's, in their role, on one challenge of one event. */
interface Subject {
  eventId: string;
  challengeId: string;
}
interface RequestRow extends Subject {
  id: string;
  expiresAt: Date;
  answered: boolean;
}
type RequestLoader = DataLoader<Subject, RequestRow | null, string>;

/** Per GraphQL request (its HTTP request), the loaders of the people and roles asked about. */
const loadersOf = new WeakMap<object, Map<string, RequestLoader>>();

/**
 * The feedback a person was asked for after the event, beside the proposal or team it is about: the mail's link is
 * then not the only way to the form. Only the person's own request, only while its link works. The proposals or teams
 * of one response are looked up together, in one query (DataLoader), not one query each.
 */
function invitationsOf(dataSource: DataSource, request: object, personId: string, role: FeedbackRole): RequestLoader {
  let loaders = loadersOf.get(request);
  if (!loaders) loadersOf.set(request, (loaders = new Map()));
  const key = `${personId}:${role}`;
  let loader = loaders.get(key);
  if (!loader) {
    const keyOf = (s: Subject) => `${s.eventId}:${s.challengeId}`;
    loader = new DataLoader<Subject, RequestRow | null, string>(
      async (subjects) => {
        const rows = (await dataSource.query(
          `SELECT id, expires_at AS "expiresAt", answered_at IS NOT NULL AS answered, event_id AS "eventId",
                  challenge_id AS "challengeId"
             FROM feedback_request
            WHERE person_id = $1 AND role = $2 AND expires_at > now()
              AND (event_id, challenge_id) IN (SELECT * FROM unnest($3::uuid[], $4::uuid[]))
            ORDER BY sent_at, id`,
          [personId, role, subjects.map((s) => s.eventId), subjects.map((s) => s.challengeId)],
        )) as RequestRow[];
        const found = new Map<string, RequestRow>();
        for (const row of rows) if (!found.has(keyOf(row))) found.set(keyOf(row), row);
        return subjects.map((s) => found.get(keyOf(s)) ?? null);
      },
      { cacheKeyFn: keyOf },
    );
    loaders.set(key, loader);
  }
  return loader;
}

async function invitationOf(
  dataSource: DataSource,
  config: AppConfig,
  context: { req?: object },
  subject: Subject & { personId: string; role: FeedbackRole },
  locale: UiLocale,
): Promise<FeedbackInvitation | null> {
  // (without an HTTP request, as in a subscription, a loader of its own)
  const loader = invitationsOf(dataSource, context.req ?? {}, subject.personId, subject.role);
  const request = await loader.load({ eventId: subject.eventId, challengeId: subject.challengeId });
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
    @Context() context: { req?: object },
  ): Promise<FeedbackInvitation | null> {
    if (!person || proposal.status !== 'ACCEPTED') return Promise.resolve(null);
    const subject = { personId: person.id, eventId: proposal.eventId, challengeId: proposal.challengeId };
    return invitationOf(this.dataSource, this.config, context, { ...subject, role: 'VOLUNTEER' }, locale);
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
    @Context() context: { req?: object },
  ): Promise<FeedbackInvitation | null> {
    if (!person) return Promise.resolve(null);
    const subject = { personId: person.id, eventId: team.eventId, challengeId: team.challengeId };
    return invitationOf(this.dataSource, this.config, context, { ...subject, role: 'NONPROFIT' }, locale);
  }
}
