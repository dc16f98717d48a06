import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuditLogResolver } from '../audit/audit-log.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { ChallengesResolver } from '../challenges/challenges.resolver';
import { CurationResolver } from '../challenges/curation.resolver';
import { EventsResolver } from '../events/events.resolver';
import { ProposalFeedbackResolver, TeamFeedbackResolver } from '../feedback/feedback-invitation.resolver';
import { FollowUpsResolver } from '../follow-ups/follow-ups.resolver';
import { HelpPointsResolver } from '../help-points/help-points.resolver';
import { ImpactResolver } from '../impact/impact.resolver';
import { OrganizerEventsResolver } from '../events/organizer-events.resolver';
import { MatchingResolver } from '../matching/matching.resolver';
import { NonprofitsResolver } from '../nonprofits/nonprofits.resolver';
import { OrganizersResolver } from '../people/organizers.resolver';
import { PrivacyResolver } from '../privacy/privacy.resolver';
import { ProposalsResolver } from '../publication/proposals.resolver';
import { PublicationResolver } from '../publication/publication.resolver';
import { EventVolunteersResolver } from '../volunteers/event-volunteers.resolver';
import { VolunteersResolver } from '../volunteers/volunteers.resolver';

/** Every resolver class of the app; the schema is built from these alone, with no database. */
export const RESOLVERS = [
  EventsResolver,
  OrganizerEventsResolver,
  AuthResolver,
  OrganizersResolver,
  NonprofitsResolver,
  ChallengesResolver,
  CurationResolver,
  VolunteersResolver,
  EventVolunteersResolver,
  HelpPointsResolver,
  PrivacyResolver,
  MatchingResolver,
  AuditLogResolver,
  PublicationResolver,
  ProposalsResolver,
  ProposalFeedbackResolver,
  TeamFeedbackResolver,
  FollowUpsResolver,
  ImpactResolver,
];

/** The schema as committed in api/schema.gql: sorted, so that a diff shows only real changes. */
export async function printAppSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
