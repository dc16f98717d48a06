import { graphql } from '../../../gql';

export const PublicEventQuery = graphql(`
  query PublicEvent($id: ID!) {
    publicEvent(id: $id) {
      id
      name
      kind
      status
      description
      city
      venue
      online
      languages
      nonprofitDeadline
      volunteerDeadline
      organizingBodyName
      startsAt
      endsAt
      slots {
        startsAt
        endsAt
      }
    }
  }
`);
