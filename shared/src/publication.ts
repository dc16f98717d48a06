/**
 * Publication of a matching run (issue 5, second half): the run's assignments become proposals that volunteers
 * accept or decline by mail, nonprofits confirm their teams, and places that free up are filled again (backfill).
 * The names both the API and the web app use.
 */

/**
 * A proposal's life. PROPOSED until the volunteer answers; EXPIRED when the answer deadline passed without an answer
 * (it counts as declined); CANCELLED when either side called off an accepted place.
 */
export const PROPOSAL_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Statuses that hold a place in a team. */
export const ACTIVE_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['PROPOSED', 'ACCEPTED'];
/** Statuses that free the place: it needs a replacement until one is proposed. */
export const FREED_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['DECLINED', 'EXPIRED', 'CANCELLED'];

export const PROPOSAL_ANSWERS = ['ACCEPT', 'DECLINE'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

/** Who called off an accepted place. */
export const PROPOSAL_PARTIES = ['VOLUNTEER', 'NONPROFIT'] as const;
export type ProposalParty = (typeof PROPOSAL_PARTIES)[number];

/**
 * What a proposal looks like to organizers: its status, or NEEDS_REPLACEMENT for a freed place nobody was proposed
 * for yet, or REPLACED once somebody was.
 */
export const PLACE_STATES = ['PROPOSED', 'ACCEPTED', 'NEEDS_REPLACEMENT', 'REPLACED'] as const;
export type PlaceState = (typeof PLACE_STATES)[number];

export function placeState(status: ProposalStatus, replaced: boolean): PlaceState {
  if (status === 'PROPOSED' || status === 'ACCEPTED') return status;
  return replaced ? 'REPLACED' : 'NEEDS_REPLACEMENT';
}

export const PUBLICATION_LIMITS = {
  /** The reminder goes out this long before the answer deadline, to those who have not answered. */
  reminderHoursBefore: 48,
  /** The answer deadline lies at least this far in the future when the run is published. */
  minDeadlineHours: 1,
  /** A replacement gets at least this long to answer (but never past the start of the slot). */
  replacementAnswerHours: 48,
  /** How long a reason for a cancellation may be. */
  reasonMax: 500,
} as const;

/**
 * What keeps an answer deadline from being published at `now`, if anything: it must lie at least
 * `minDeadlineHours` ahead, and not after the first team meets (`firstStart`, where known). The API refuses such a
 * deadline; the web app says so before its confirmation.
 */
export function answerDeadlineProblem(
  deadline: Date,
  firstStart: Date | null,
  now: Date,
): 'tooSoon' | 'afterFirstMeeting' | null {
  if (deadline.getTime() < now.getTime() + PUBLICATION_LIMITS.minDeadlineHours * 3_600_000) return 'tooSoon';
  if (firstStart && deadline.getTime() > firstStart.getTime()) return 'afterFirstMeeting';
  return null;
}

/**
 * The answer deadline of a replacement proposed at `now`: the publication's deadline, or later when that is close,
 * but never after the slot begins.
 */
export function replacementDeadline(publicationDeadline: Date, slotStartsAt: Date, now: Date): Date {
  const earliest = now.getTime() + PUBLICATION_LIMITS.replacementAnswerHours * 3_600_000;
  return new Date(Math.min(Math.max(publicationDeadline.getTime(), earliest), slotStartsAt.getTime()));
}
