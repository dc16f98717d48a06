import { graphql } from '../../../gql';

export const PublicationFieldsFragment = graphql(`
  fragment PublicationFields on Publication {
    eventId
    eventName
    eventStatus
    organizingBodyId
    published
    canPublish
    latestDeadline
    runId
    runNumber
    publishedAt
    publishedByName
    answerDeadline
    autoBackfill
    counts {
      proposed
      accepted
      freed
      needsReplacement
    }
    teams {
      challengeId
      title
      nonprofitName
      needsReplacement
      slot {
        id
        label
        startsAt
        endsAt
        place
      }
      places {
        proposalId
        volunteerId
        firstName
        status
        state
        answerDeadline
        answeredAt
        cancelledBy
        cancelReason
        replacement
        mailed
        phone
        nonprofitConfirmed
        canAnswer
        canCancel
      }
    }
  }
`);

export const PublicationQuery = graphql(`
  query Publication($eventId: ID!) {
    publication(eventId: $eventId) {
      ...PublicationFields
    }
  }
`);

export const PublishMatchingRunMutation = graphql(`
  mutation PublishMatchingRun($runId: ID!, $input: PublishRunInput!) {
    publishMatchingRun(runId: $runId, input: $input) {
      ...PublicationFields
    }
  }
`);

export const SetPublicationAutoBackfillMutation = graphql(`
  mutation SetPublicationAutoBackfill($eventId: ID!, $autoBackfill: Boolean!) {
    setPublicationAutoBackfill(eventId: $eventId, autoBackfill: $autoBackfill) {
      ...PublicationFields
    }
  }
`);

export const FindReplacementMutation = graphql(`
  mutation FindReplacement($challengeId: ID!) {
    findReplacement(challengeId: $challengeId) {
      ...PublicationFields
    }
  }
`);

/** An organizer records a volunteer's answer on their behalf (people without e-mail answer by phone or on paper). */
export const RecordProposalAnswerMutation = graphql(`
  mutation RecordProposalAnswer($proposalId: ID!, $answer: ProposalAnswer!, $note: String) {
    recordProposalAnswer(proposalId: $proposalId, answer: $answer, note: $note) {
      ...PublicationFields
    }
  }
`);

/** An organizer records that a volunteer who accepted can no longer come. */
export const RecordProposalCancellationMutation = graphql(`
  mutation RecordProposalCancellation($proposalId: ID!, $note: String) {
    recordProposalCancellation(proposalId: $proposalId, note: $note) {
      ...PublicationFields
    }
  }
`);

export const VolunteerProposalFieldsFragment = graphql(`
  fragment VolunteerProposalFields on VolunteerProposal {
    id
    status
    eventId
    eventName
    challengeId
    challengeTitle
    problem
    goal
    nonprofitName
    slot {
      id
      label
      startsAt
      endsAt
      place
    }
    answerDeadline
    answeredAt
    cancelledBy
    canAnswer
    canCancel
    feedback {
      url
      answered
    }
    team {
      firstName
      status
      skills {
        skill
        level
      }
    }
    nonprofitConfirmed
    contactRevealed
    nonprofitContacts {
      name
      email
      phone
    }
  }
`);

export const MyProposalsQuery = graphql(`
  query MyProposals {
    myProposals {
      ...VolunteerProposalFields
    }
  }
`);

export const AnswerProposalMutation = graphql(`
  mutation AnswerProposal($proposalId: ID!, $answer: ProposalAnswer!) {
    answerProposal(proposalId: $proposalId, answer: $answer) {
      ...VolunteerProposalFields
    }
  }
`);

export const CancelProposalMutation = graphql(`
  mutation CancelProposal($proposalId: ID!, $reason: String) {
    cancelProposal(proposalId: $proposalId, reason: $reason) {
      ...VolunteerProposalFields
    }
  }
`);

export const NonprofitTeamFieldsFragment = graphql(`
  fragment NonprofitTeamFields on NonprofitTeam {
    challengeId
    challengeTitle
    eventId
    eventName
    openPlaces
    confirmed
    canConfirm
    feedback {
      url
      answered
    }
    slot {
      id
      label
      startsAt
      endsAt
      place
    }
    members {
      proposalId
      firstName
      status
      nonprofitConfirmed
      contactRevealed
      fullName
      email
      phone
      canRelease
      skills {
        skill
        level
      }
    }
  }
`);

export const NonprofitTeamsQuery = graphql(`
  query NonprofitTeams($nonprofitId: ID!) {
    nonprofitTeams(nonprofitId: $nonprofitId) {
      nonprofitId
      nonprofitName
      teams {
        ...NonprofitTeamFields
      }
    }
  }
`);

export const ConfirmTeamMutation = graphql(`
  mutation ConfirmTeam($challengeId: ID!) {
    confirmTeam(challengeId: $challengeId) {
      ...NonprofitTeamFields
    }
  }
`);

export const ReleaseTeamMemberMutation = graphql(`
  mutation ReleaseTeamMember($proposalId: ID!, $reason: String) {
    releaseTeamMember(proposalId: $proposalId, reason: $reason) {
      ...NonprofitTeamFields
    }
  }
`);

/** The contact's nonprofits, for the dashboard's links to their teams. */
export const TeamsOfMyNonprofitsQuery = graphql(`
  query TeamsOfMyNonprofits {
    myNonprofits {
      id
      name
    }
  }
`);
