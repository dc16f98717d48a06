import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuthResolver } from '../auth/auth.resolver';
import { EventsResolver } from '../events/events.resolver';
import { OrganizerEventsResolver } from '../events/organizer-events.resolver';
import { OrganizersResolver } from '../people/organizers.resolver';

/** Every resolver class of the app; the schema is built from these alone, with no database. */
export const RESOLVERS = [EventsResolver, OrganizerEventsResolver, AuthResolver, OrganizersResolver];

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
