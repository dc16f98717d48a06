import { graphql } from '../../../gql';

export const OrganizerEventFieldsFragment = graphql(`
  fragment OrganizerEventFields on OrganizerEvent {
    id
    name
    kind
    status
    description
    city
    venue
    online
    onlineUrl
    languages
    nonprofitDeadline
    volunteerDeadline
    startsAt
    endsAt
    organizingBodyId
    organizingBodyName
    nextStatuses
    slots {
      id
      startsAt
      endsAt
      capacity
      label
    }
  }
`);

export const OrganizerEventsQuery = graphql(`
  query OrganizerEvents($organizingBodyId: ID!, $limit: Int, $offset: Int) {
    organizerEvents(organizingBodyId: $organizingBodyId, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        name
        kind
        status
        startsAt
        endsAt
      }
    }
  }
`);

export const OrganizerEventQuery = graphql(`
  query OrganizerEvent($id: ID!) {
    event(id: $id) {
      ...OrganizerEventFields
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($organizingBodyId: ID!, $input: EventInput!) {
    createEvent(organizingBodyId: $organizingBodyId, input: $input) {
      ...OrganizerEventFields
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      ...OrganizerEventFields
    }
  }
`);

export const ChangeEventStatusMutation = graphql(`
  mutation ChangeEventStatus($id: ID!, $status: EventStatus!) {
    changeEventStatus(id: $id, status: $status) {
      id
      status
      ...OrganizerEventFields
    }
  }
`);

export const CopyEventMutation = graphql(`
  mutation CopyEvent($id: ID!, $offsetDays: Int, $name: String!) {
    copyEvent(id: $id, offsetDays: $offsetDays, name: $name) {
      id
    }
  }
`);

export const DeleteEventMutation = graphql(`
  mutation DeleteEvent($id: ID!) {
    deleteEvent(id: $id)
  }
`);
