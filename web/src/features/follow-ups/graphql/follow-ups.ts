import { graphql } from '../../../gql';

export const FollowUpTaskFields = graphql(`
  fragment FollowUpTaskFields on FollowUpTask {
    id
    kind
    status
    dueDate
    notes
    requestNote
    helpTopic
    eventName
    nonprofitName
    challengeTitle
    ownerId
    ownerName
    helpPointId
    helpPointName
    referralSentAt
    closedAt
    suggestedHelpPoints {
      id
      name
      district
      openingHours
    }
  }
`);

export const FollowUpTasksQuery = graphql(`
  query FollowUpTasks($organizingBodyId: ID!, $status: FollowUpStatus) {
    followUpTasks(organizingBodyId: $organizingBodyId, status: $status) {
      tasks {
        ...FollowUpTaskFields
      }
      owners {
        id
        name
      }
    }
  }
`);

export const UpdateFollowUpTaskMutation = graphql(`
  mutation UpdateFollowUpTask($id: ID!, $input: FollowUpTaskInput!) {
    updateFollowUpTask(id: $id, input: $input) {
      ...FollowUpTaskFields
    }
  }
`);

export const SendFollowUpReferralMutation = graphql(`
  mutation SendFollowUpReferral($id: ID!, $helpPointId: ID!) {
    sendFollowUpReferral(id: $id, helpPointId: $helpPointId) {
      ...FollowUpTaskFields
    }
  }
`);
