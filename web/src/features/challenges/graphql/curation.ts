import { graphql } from '../../../gql';

export const EventChallengesQuery = graphql(`
  query EventChallenges($eventId: ID!, $status: ChallengeStatus) {
    eventChallenges(eventId: $eventId, status: $status) {
      totalCount
      countsByStatus {
        status
        count
      }
      items {
        id
        title
        status
        priority
        submittedAt
        updatedAt
        nonprofitId
        nonprofitName
        openQuestion
        decisionReason
      }
    }
  }
`);

export const AskChallengeQuestionMutation = graphql(`
  mutation AskChallengeQuestion($id: ID!, $question: String!) {
    askChallengeQuestion(id: $id, question: $question) {
      ...ChallengeFields
    }
  }
`);

export const AcceptChallengeMutation = graphql(`
  mutation AcceptChallenge($id: ID!) {
    acceptChallenge(id: $id) {
      ...ChallengeFields
    }
  }
`);

export const RejectChallengeMutation = graphql(`
  mutation RejectChallenge($id: ID!, $reason: String!) {
    rejectChallenge(id: $id, reason: $reason) {
      ...ChallengeFields
    }
  }
`);

export const AcceptChallengesMutation = graphql(`
  mutation AcceptChallenges($eventId: ID!, $ids: [ID!]!) {
    acceptChallenges(eventId: $eventId, ids: $ids) {
      id
      status
      decisionReason
    }
  }
`);

export const RejectChallengesMutation = graphql(`
  mutation RejectChallenges($eventId: ID!, $ids: [ID!]!, $reason: String!) {
    rejectChallenges(eventId: $eventId, ids: $ids, reason: $reason) {
      id
      status
      decisionReason
    }
  }
`);

export const SetChallengePriorityMutation = graphql(`
  mutation SetChallengePriority($id: ID!, $priority: Int!) {
    setChallengePriority(id: $id, priority: $priority) {
      ...ChallengeFields
    }
  }
`);

export const CurationEventQuery = graphql(`
  query CurationEvent($id: ID!) {
    event(id: $id) {
      id
      name
      status
      organizingBodyId
    }
  }
`);
