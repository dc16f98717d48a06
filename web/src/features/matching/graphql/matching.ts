import { graphql } from '../../../gql';

export const MatchingRunFieldsFragment = graphql(`
  fragment MatchingRunFields on MatchingRun {
    id
    eventId
    number
    status
    queuePosition
    startedByName
    createdAt
    startedAt
    finishedAt
    durationMillis
    solveMillis
    challengeCount
    volunteerCount
    pinCount
    exclusionCount
    served
    servedPriority
    totalScore
    engineScore
    upperBound
    optimal
    gapPercent
    manualChanges
    error
    weights {
      skills
      niceToHave
      languages
      causes
      format
    }
  }
`);

export const MatchingPairFieldsFragment = graphql(`
  fragment MatchingPairFields on MatchingPair {
    challengeId
    challengeTitle
    volunteerId
    firstName
    createdByName
    createdAt
  }
`);

export const MatchingSetupQuery = graphql(`
  query MatchingSetup($eventId: ID!) {
    matchingSetup(eventId: $eventId) {
      eventId
      eventName
      eventStatus
      organizingBodyId
      canRun
      acceptedChallenges
      registeredVolunteers
      defaultWeights {
        skills
        niceToHave
        languages
        causes
        format
      }
      pins {
        ...MatchingPairFields
      }
      exclusions {
        ...MatchingPairFields
      }
    }
    matchingRuns(eventId: $eventId) {
      ...MatchingRunFields
    }
  }
`);

export const StartMatchingRunMutation = graphql(`
  mutation StartMatchingRun($eventId: ID!, $weights: MatchingWeightsInput) {
    startMatchingRun(eventId: $eventId, weights: $weights) {
      ...MatchingRunFields
    }
  }
`);

export const MatchingBoardFieldsFragment = graphql(`
  fragment MatchingBoardFields on MatchingBoard {
    editable
    withoutEmail
    run {
      ...MatchingRunFields
    }
    slots {
      id
      label
      startsAt
      endsAt
      capacity
      teams {
        challengeId
        title
        nonprofitName
        priority
        teamMin
        teamMax
        languages
        format
        skills {
          skill
          level
          required
          coveredBy
        }
        members {
          assignmentId
          volunteerId
          firstName
          score
          origin
          pinned
          excluded
          skills {
            skill
            level
            wanted
          }
        }
      }
    }
    unserved {
      challengeId
      title
      nonprofitName
      priority
      slotIds
      teamMin
      code
      reason
    }
    unassigned {
      volunteerId
      firstName
      slotIds
      maxAssignments
      languages
      skills {
        skill
        level
        wanted
      }
    }
    pins {
      ...MatchingPairFields
    }
    exclusions {
      ...MatchingPairFields
    }
  }
`);

export const MatchingBoardQuery = graphql(`
  query MatchingBoard($runId: ID!) {
    matchingBoard(runId: $runId) {
      ...MatchingBoardFields
    }
  }
`);

export const MoveMatchingVolunteerMutation = graphql(`
  mutation MoveMatchingVolunteer($input: MoveVolunteerInput!) {
    moveMatchingVolunteer(input: $input) {
      ...MatchingBoardFields
    }
  }
`);

export const PinMatchingPairMutation = graphql(`
  mutation PinMatchingPair($input: MatchingPairInput!) {
    pinMatchingPair(input: $input) {
      ...MatchingPairFields
    }
  }
`);

export const ExcludeMatchingPairMutation = graphql(`
  mutation ExcludeMatchingPair($input: MatchingPairInput!) {
    excludeMatchingPair(input: $input) {
      ...MatchingPairFields
    }
  }
`);

export const RemoveMatchingPinMutation = graphql(`
  mutation RemoveMatchingPin($input: MatchingPairInput!) {
    removeMatchingPin(input: $input)
  }
`);

export const RemoveMatchingExclusionMutation = graphql(`
  mutation RemoveMatchingExclusion($input: MatchingPairInput!) {
    removeMatchingExclusion(input: $input)
  }
`);

export const MatchingPairExplanationQuery = graphql(`
  query MatchingPairExplanation($runId: ID!, $challengeId: ID!, $volunteerId: ID!) {
    matchingPairExplanation(runId: $runId, challengeId: $challengeId, volunteerId: $volunteerId) {
      challengeId
      challengeTitle
      volunteerId
      firstName
      score
      assigned
      factors {
        factor
        value
        weight
        contribution
      }
      skills {
        skill
        wantedLevel
        level
        required
      }
      challengeLanguages
      sharedLanguages
      challengeCauses
      sharedCauses
      challengeFormat
      preferredFormat
      problems
    }
  }
`);

export const MatchingRunComparisonQuery = graphql(`
  query MatchingRunComparison($runId: ID!, $otherRunId: ID!) {
    matchingRunComparison(runId: $runId, otherRunId: $otherRunId) {
      first {
        ...MatchingRunFields
      }
      second {
        ...MatchingRunFields
      }
      servedOnlyInFirst {
        challengeId
        title
      }
      servedOnlyInSecond {
        challengeId
        title
      }
      movedVolunteers {
        volunteerId
        firstName
        inFirst {
          challengeId
          title
        }
        inSecond {
          challengeId
          title
        }
      }
      servedDifference
      servedPriorityDifference
      totalScoreDifference
    }
  }
`);

export const MatchingAuditLogQuery = graphql(`
  query MatchingAuditLog($organizingBodyId: ID!, $filter: AuditLogFilter, $limit: Int, $offset: Int) {
    auditLog(organizingBodyId: $organizingBodyId, filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        at
        action
        actorId
        actorName
        eventId
        eventName
        runId
        description
      }
    }
    bodyOrganizers(organizingBodyId: $organizingBodyId) {
      id
      name
      email
    }
  }
`);
