import { graphql } from '../../../gql';

export const UpcomingEventsQuery = graphql(`
  query UpcomingEvents {
    upcomingEvents {
      id
      ...EventCard_event
    }
  }
`);
