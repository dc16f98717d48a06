import { graphql } from '../../../gql';

/** The body's events to export lists of, newest first. */
export const ExportableEventsQuery = graphql(`
  query ExportableEvents($organizingBodyId: ID!, $limit: Int, $offset: Int) {
    organizerEvents(organizingBodyId: $organizingBodyId, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        name
        status
        startsAt
      }
    }
  }
`);
