import { graphql } from '../../../gql';

/** The body's impact figures, edition over edition, for its organizers. */
export const ImpactReportQuery = graphql(`
  query ImpactReport($organizingBodyId: ID!) {
    impactReport(organizingBodyId: $organizingBodyId) {
      organizingBodyId
      bodyName
      hourlyRate
      editions {
        eventId
        eventName
        status
        startsAt
        nonprofitsApplied
        nonprofitsServed
        challengesServed
        challengesSolved
        challengesPartlySolved
        volunteers
        volunteerHours
        estimatedValue
        returningVolunteers
        returningNonprofits
        feedbackAnswers
        averageRating
        followUpsOpen
        followUpsClosed
        stillInUseYes
        stillInUsePartly
        stillInUseNo
        byCause {
          key
          nonprofitsApplied
          nonprofitsServed
          challengesSolved
          volunteerHours
        }
        byDistrict {
          key
          nonprofitsApplied
          nonprofitsServed
          challengesSolved
          volunteerHours
        }
      }
    }
  }
`);

export const SetImpactHourlyRateMutation = graphql(`
  mutation SetImpactHourlyRate($organizingBodyId: ID!, $hourlyRate: Float!) {
    setImpactHourlyRate(organizingBodyId: $organizingBodyId, hourlyRate: $hourlyRate)
  }
`);

/** Aggregates of finished editions for everyone; figures below 3 come as "fewer than 3". */
export const PublicImpactQuery = graphql(`
  query PublicImpact {
    publicImpact {
      organizingBodyId
      name
      editions {
        eventId
        eventName
        startsAt
        nonprofitsApplied {
          value
          fewerThanThree
        }
        nonprofitsServed {
          value
          fewerThanThree
        }
        challengesSolved {
          value
          fewerThanThree
        }
        volunteers {
          value
          fewerThanThree
        }
        volunteerHours {
          value
          fewerThanThree
        }
        estimatedValue {
          value
          fewerThanThree
        }
        returningVolunteers {
          value
          fewerThanThree
        }
        returningNonprofits {
          value
          fewerThanThree
        }
        followUpsClosed {
          value
          fewerThanThree
        }
        stillInUseYes {
          value
          fewerThanThree
        }
        byCause {
          key
          nonprofitsServed {
            value
            fewerThanThree
          }
          challengesSolved {
            value
            fewerThanThree
          }
          volunteerHours {
            value
            fewerThanThree
          }
        }
      }
    }
  }
`);
