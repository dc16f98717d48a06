/**
 * After the event (issue 6): feedback through signed mail links, follow-up tasks, the three-month question and the
 * impact figures. Labels live in the web and mail catalogues under `feedback.*`, `followUps.*` and `impact.*`.
 */

/** Who answers a feedback request: a volunteer of an accepted place, or a contact of a nonprofit that was served. */
export const FEEDBACK_ROLES = ['VOLUNTEER', 'NONPROFIT'] as const;
export type FeedbackRole = (typeof FEEDBACK_ROLES)[number];

/** Was the challenge solved? Also the answer to the three-month question "is the solution still in use?". */
export const OUTCOME_ANSWERS = ['YES', 'PARTLY', 'NO'] as const;
export type OutcomeAnswer = (typeof OUTCOME_ANSWERS)[number];

/** What a nonprofit can ask for after the event. */
export const FOLLOW_UP_KINDS = ['NEXT_EDITION_SESSION', 'MENTORSHIP', 'REFERRAL'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FEEDBACK_LIMITS = {
  ratingMin: 1,
  ratingMax: 5,
  hoursMin: 0,
  /** Hours one person spent on one challenge; more than a week of evenings is a typo. */
  hoursMax: 200,
  /** Hours are kept to the hundredth (the column is numeric(6,2)), so quarter hours such as 3,25 stay as typed. */
  hoursDecimals: 2,
  textMax: 2000,
  notesMax: 4000,
  /** How long the feedback link works after the event became DONE. */
  linkDays: 60,
  /** How long the three-month question's link works. */
  stillInUseLinkDays: 45,
  /** The three-month question goes out this many months after the event ended. */
  stillInUseAfterMonths: 3,
  /** A follow-up task is due this many days after it was asked for, unless the organizer sets another date. */
  followUpDueDays: 14,
} as const;

export const IMPACT_LIMITS = {
  hourlyRateMin: 0,
  hourlyRateMax: 1000,
} as const;

/** Public figures below this are shown as "fewer than 3", so nobody can be singled out. */
export const PUBLIC_SUPPRESSION_MIN = 3;

/**
 * A figure for the public impact page, rounded to `decimals` (a whole number unless said otherwise), or nothing when
 * it is below PUBLIC_SUPPRESSION_MIN (0 too). The figure itself is compared, not its rounding: 2.5 hours are "fewer
 * than 3", not "3". Hours keep their decimals (FEEDBACK_LIMITS.hoursDecimals): rounded to whole hours they would no
 * longer match the value computed from them.
 */
export function publicFigure(value: number, decimals = 0): { value: number | null; fewerThanThree: boolean } {
  const scale = 10 ** decimals;
  return value < PUBLIC_SUPPRESSION_MIN
    ? { value: null, fewerThanThree: true }
    : { value: Math.round(value * scale) / scale, fewerThanThree: false };
}
