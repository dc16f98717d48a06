import { graphql } from '../../../gql';

export const VolunteerProfileFieldsFragment = graphql(`
  fragment VolunteerProfileFields on VolunteerProfile {
    personId
    name
    email
    phone
    employer
    skills {
      skill
      level
    }
    languages
    formats
    causes
    inviteToNextEditions
    updatedAt
    consents {
      id
      purpose
      textVersion
      method
      recordedByName
      givenAt
      withdrawnAt
    }
  }
`);

export const VolunteerRegistrationFieldsFragment = graphql(`
  fragment VolunteerRegistrationFields on VolunteerRegistration {
    id
    eventId
    eventName
    eventStatus
    eventStartsAt
    eventEndsAt
    volunteerDeadline
    status
    maxAssignments
    changeable
    withdrawable
    assisted
    slots {
      id
      startsAt
      endsAt
      label
    }
    eventSlots {
      id
      startsAt
      endsAt
      label
    }
  }
`);

export const MyVolunteerProfileQuery = graphql(`
  query MyVolunteerProfile {
    myVolunteerProfile {
      ...VolunteerProfileFields
    }
  }
`);

export const MyVolunteerRegistrationsQuery = graphql(`
  query MyVolunteerRegistrations {
    myVolunteerRegistrations {
      ...VolunteerRegistrationFields
    }
  }
`);

export const VolunteerEventOptionsQuery = graphql(`
  query VolunteerEventOptions($eventId: ID!) {
    volunteerEventOptions(eventId: $eventId) {
      id
      name
      status
      languages
      organizingBodyName
      startsAt
      endsAt
      volunteerDeadline
      registrationOpen
      slots {
        id
        startsAt
        endsAt
        label
      }
      myRegistration {
        id
        status
      }
    }
  }
`);

export const SaveVolunteerProfileMutation = graphql(`
  mutation SaveVolunteerProfile($input: VolunteerProfileInput!) {
    saveVolunteerProfile(input: $input) {
      ...VolunteerProfileFields
    }
  }
`);

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($input: EventRegistrationInput!) {
    registerForEvent(input: $input) {
      ...VolunteerRegistrationFields
    }
  }
`);

export const UpdateVolunteerRegistrationMutation = graphql(`
  mutation UpdateVolunteerRegistration($id: ID!, $input: VolunteerRegistrationChangeInput!) {
    updateVolunteerRegistration(id: $id, input: $input) {
      ...VolunteerRegistrationFields
    }
  }
`);

export const WithdrawVolunteerRegistrationMutation = graphql(`
  mutation WithdrawVolunteerRegistration($id: ID!) {
    withdrawVolunteerRegistration(id: $id) {
      ...VolunteerRegistrationFields
    }
  }
`);
