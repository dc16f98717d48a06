import { graphql } from '../../../gql';

export const EventVolunteerFieldsFragment = graphql(`
  fragment EventVolunteerFields on EventVolunteer {
    registrationId
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
    slots {
      id
      startsAt
      endsAt
      label
    }
    maxAssignments
    status
    assisted
    registeredAt
  }
`);

export const EventVolunteerOverviewQuery = graphql(`
  query EventVolunteerOverview($eventId: ID!) {
    eventVolunteerOverview(eventId: $eventId) {
      eventId
      eventName
      eventStatus
      volunteerCount
      withdrawnCount
      challengeCounts {
        status
        count
      }
      slots {
        slotId
        startsAt
        endsAt
        label
        capacity
        volunteers
        acceptedChallenges
      }
      supplyDemand {
        skill
        minLevel
        requiredBy
        wishedBy
        covering
        coveringInSharedSlots
        status
        missing
      }
    }
    eventVolunteers(eventId: $eventId) {
      ...EventVolunteerFields
    }
  }
`);

export const RegisterVolunteerOnBehalfMutation = graphql(`
  mutation RegisterVolunteerOnBehalf($input: VolunteerIntakeInput!) {
    registerVolunteerOnBehalf(input: $input) {
      reviewMailSent
      volunteer {
        ...EventVolunteerFields
      }
    }
  }
`);
