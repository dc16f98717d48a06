import { graphql } from '../../../gql';

export const NonprofitFieldsFragment = graphql(`
  fragment NonprofitFields on Nonprofit {
    id
    name
    legalForm
    causes
    street
    postalCode
    city
    district
    website
    description
    publishOnMap
    inviteToNextEditions
    invitationsChange {
      at
      byName
    }
    latitude
    longitude
    organizingBodyId
    organizingBodyName
    viewerIsContact
    contacts {
      personId
      name
      email
      phone
    }
    challenges {
      id
      title
      status
      priority
      submittedAt
      updatedAt
      eventId
      eventName
      eventStatus
      openQuestion
      decisionReason
    }
    openEvents {
      id
      name
      startsAt
      nonprofitDeadline
    }
  }
`);

export const MyNonprofitsQuery = graphql(`
  query MyNonprofits {
    myNonprofits {
      id
      name
      organizingBodyId
      organizingBodyName
      challenges {
        id
        status
      }
    }
  }
`);

export const NonprofitQuery = graphql(`
  query Nonprofit($id: ID!) {
    nonprofit(id: $id) {
      ...NonprofitFields
    }
  }
`);

export const RegisterNonprofitMutation = graphql(`
  mutation RegisterNonprofit($eventId: ID!, $input: RegisterNonprofitInput!) {
    registerNonprofit(eventId: $eventId, input: $input) {
      ...NonprofitFields
    }
  }
`);

export const UpdateNonprofitMutation = graphql(`
  mutation UpdateNonprofit($id: ID!, $input: NonprofitInput!) {
    updateNonprofit(id: $id, input: $input) {
      ...NonprofitFields
    }
  }
`);

export const AddNonprofitContactMutation = graphql(`
  mutation AddNonprofitContact($nonprofitId: ID!, $input: NonprofitContactInput!) {
    addNonprofitContact(nonprofitId: $nonprofitId, input: $input) {
      ...NonprofitFields
    }
  }
`);

export const RemoveNonprofitContactMutation = graphql(`
  mutation RemoveNonprofitContact($nonprofitId: ID!, $personId: ID!) {
    removeNonprofitContact(nonprofitId: $nonprofitId, personId: $personId) {
      ...NonprofitFields
    }
  }
`);

export const RegisterNonprofitByIntakeMutation = graphql(`
  mutation RegisterNonprofitByIntake($eventId: ID!, $input: AssistedIntakeInput!) {
    registerNonprofitByIntake(eventId: $eventId, input: $input) {
      reviewMailSent
      nonprofit {
        id
        name
      }
      challenge {
        id
        title
      }
    }
  }
`);

export const RegistrationEventQuery = graphql(`
  query RegistrationEvent($id: ID!) {
    challengeEvent(id: $id) {
      id
      name
      status
      acceptsChallenges
      nonprofitDeadline
      organizingBodyId
      organizingBodyName
    }
  }
`);
