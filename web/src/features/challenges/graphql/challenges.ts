import { graphql } from '../../../gql';

export const ChallengeEventFieldsFragment = graphql(`
  fragment ChallengeEventFields on ChallengeEvent {
    id
    name
    kind
    status
    nonprofitDeadline
    languages
    organizingBodyId
    organizingBodyName
    startsAt
    endsAt
    acceptsChallenges
    slots {
      id
      startsAt
      endsAt
      label
    }
  }
`);

export const ChallengeFieldsFragment = graphql(`
  fragment ChallengeFields on Challenge {
    id
    title
    status
    priority
    submittedAt
    updatedAt
    createdAt
    nonprofitId
    nonprofitName
    openQuestion
    decisionReason
    problem
    goal
    beneficiaries
    tools
    skills {
      skill
      level
      required
    }
    teamMin
    teamMax
    languages
    format
    slotIds
    decisionMakerPresent
    accessReady
    fitsOneEvening
    missingFields
    viewerIsContact
    viewerIsOrganizer
    event {
      ...ChallengeEventFields
    }
    history {
      id
      fromStatus
      toStatus
      message
      actorName
      createdAt
    }
  }
`);

export const ChallengeEventQuery = graphql(`
  query ChallengeEvent($id: ID!) {
    challengeEvent(id: $id) {
      ...ChallengeEventFields
    }
  }
`);

export const ChallengeQuery = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      ...ChallengeFields
    }
  }
`);

export const CreateChallengeMutation = graphql(`
  mutation CreateChallenge($nonprofitId: ID!, $eventId: ID!, $input: ChallengeInput!, $submit: Boolean! = false) {
    createChallenge(nonprofitId: $nonprofitId, eventId: $eventId, input: $input, submit: $submit) {
      ...ChallengeFields
    }
  }
`);

export const UpdateChallengeMutation = graphql(`
  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {
    updateChallenge(id: $id, input: $input) {
      ...ChallengeFields
    }
  }
`);

export const SubmitChallengeMutation = graphql(`
  mutation SubmitChallenge($id: ID!, $input: ChallengeInput) {
    submitChallenge(id: $id, input: $input) {
      ...ChallengeFields
    }
  }
`);

export const DeleteChallengeMutation = graphql(`
  mutation DeleteChallenge($id: ID!) {
    deleteChallenge(id: $id)
  }
`);

export const WithdrawChallengeMutation = graphql(`
  mutation WithdrawChallenge($id: ID!, $reason: String) {
    withdrawChallenge(id: $id, reason: $reason) {
      ...ChallengeFields
    }
  }
`);

export const AnswerChallengeQuestionMutation = graphql(`
  mutation AnswerChallengeQuestion($id: ID!, $answer: String!) {
    answerChallengeQuestion(id: $id, answer: $answer) {
      ...ChallengeFields
    }
  }
`);

export const ChallengeNonprofitQuery = graphql(`
  query ChallengeNonprofit($id: ID!) {
    nonprofit(id: $id) {
      id
      name
      organizingBodyId
      viewerIsContact
    }
  }
`);
