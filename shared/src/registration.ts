/**
 * What nonprofits and volunteers register: the vocabularies (causes, legal forms, formats), the challenge's life and
 * the limits the API enforces and the forms show as help. Labels live in the web and mail catalogues under the same
 * keys (`causes.EDUCATION`), so both languages stay side by side with the rest of the texts.
 */

/** Cause areas of nonprofits; volunteers pick the ones they care about. */
export const CAUSE_AREAS = [
  'SOCIAL',
  'EDUCATION',
  'CHILDREN_YOUTH',
  'SENIORS',
  'DISABILITY',
  'MIGRATION',
  'HEALTH',
  'ENVIRONMENT',
  'CULTURE',
  'SPORTS',
  'NEIGHBOURHOOD',
  'POVERTY',
  'HUMAN_RIGHTS',
  'ANIMALS',
] as const;
export type CauseArea = (typeof CAUSE_AREAS)[number];

/** German legal forms of nonprofits; INITIATIVE for groups without one. */
export const LEGAL_FORMS = ['EV', 'GGMBH', 'FOUNDATION', 'COOPERATIVE', 'INITIATIVE', 'PUBLIC', 'OTHER'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Where a team works on a challenge; volunteers say which of these they accept. */
export const WORK_FORMATS = ['ONSITE', 'REMOTE', 'HYBRID'] as const;
export type WorkFormat = (typeof WORK_FORMATS)[number];

/** The engine's spelling of a format (MATCHING.md). */
export const matchingFormat = (format: WorkFormat): 'onsite' | 'remote' | 'hybrid' =>
  format.toLowerCase() as 'onsite' | 'remote' | 'hybrid';

/**
 * A challenge's life: the nonprofit writes a DRAFT and submits it; organizers accept, reject or ask back
 * (NEEDS_INFO), which the nonprofit answers (back to SUBMITTED). The nonprofit may withdraw it until the result is
 * published. Only ACCEPTED challenges are matched.
 */
export const CHALLENGE_STATUSES = ['DRAFT', 'SUBMITTED', 'NEEDS_INFO', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** Who may move a challenge from one status to another. */
export type ChallengeActor = 'NONPROFIT' | 'ORGANIZER';

export const CHALLENGE_TRANSITIONS: Readonly<
  Record<ChallengeStatus, readonly { to: ChallengeStatus; by: ChallengeActor }[]>
> = {
  DRAFT: [{ to: 'SUBMITTED', by: 'NONPROFIT' }],
  SUBMITTED: [
    { to: 'NEEDS_INFO', by: 'ORGANIZER' },
    { to: 'ACCEPTED', by: 'ORGANIZER' },
    { to: 'REJECTED', by: 'ORGANIZER' },
    { to: 'WITHDRAWN', by: 'NONPROFIT' },
  ],
  NEEDS_INFO: [
    { to: 'SUBMITTED', by: 'NONPROFIT' },
    { to: 'ACCEPTED', by: 'ORGANIZER' },
    { to: 'REJECTED', by: 'ORGANIZER' },
    { to: 'WITHDRAWN', by: 'NONPROFIT' },
  ],
  // An organizer may take a decision back before matching; the status history keeps both.
  ACCEPTED: [
    { to: 'REJECTED', by: 'ORGANIZER' },
    { to: 'WITHDRAWN', by: 'NONPROFIT' },
  ],
  REJECTED: [{ to: 'ACCEPTED', by: 'ORGANIZER' }],
  WITHDRAWN: [],
};

export const canMoveChallenge = (from: ChallengeStatus, to: ChallengeStatus, by: ChallengeActor): boolean =>
  CHALLENGE_TRANSITIONS[from].some((step) => step.to === to && step.by === by);

/** How consent was given: online by the person, or recorded by an organizer at an assisted intake. */
export const CONSENT_METHODS = ['ONLINE', 'PHONE', 'PAPER', 'IN_PERSON'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
/** How an organizer records that someone who is not online gave consent at an assisted intake. */
export const RECORDED_CONSENT_METHODS = ['PHONE', 'PAPER', 'IN_PERSON'] as const satisfies readonly ConsentMethod[];
export type RecordedConsentMethod = (typeof RECORDED_CONSENT_METHODS)[number];

/** What a consent covers. */
export const CONSENT_PURPOSES = ['VOLUNTEER_PROFILE', 'NONPROFIT_PROFILE', 'MAP_PUBLICATION'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * The version of the consent texts (web catalogue `consent.*`); raise it whenever their wording changes, so every
 * record says which text the person saw. It is year-month-number: the month the wording took effect and the how-many-th
 * wording of that month ("2026-11-1": the first of November 2026; a change later that month is "2026-11-2"). Records
 * keep it as it is; people read it through consentTextVersionParts, since "2026-11-1" reads like a broken date.
 */
export const CONSENT_TEXT_VERSION = '2026-11-1';

export interface ConsentTextVersionParts {
  year: number;
  /** 1 to 12. */
  month: number;
  /** The how-many-th wording of that month, from 1. */
  number: number;
}

/** The parts of a consent text version, or null for a value not written year-month-number. */
export function consentTextVersionParts(version: string): ConsentTextVersionParts | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,3})$/.exec(version.trim());
  if (!match) return null;
  const [year, month, number] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && number >= 1 ? { year, month, number } : null;
}

/** Limits that the API enforces and the web forms show as help. */
export const REGISTRATION_LIMITS = {
  nameMin: 2,
  nameMax: 120,
  shortTextMax: 200,
  descriptionMax: 2000,
  challengeTextMin: 20,
  challengeTextMax: 2000,
  phoneMax: 40,
  postalCodeMax: 10,
  causesMax: CAUSE_AREAS.length,
  skillsMax: 30,
  challengeSkillsMax: 12,
  teamSizeMin: 1,
  teamSizeMax: 10,
  priorityMin: 1,
  priorityMax: 5,
  maxAssignmentsMax: 4,
  messageMin: 3,
  messageMax: 2000,
  bulkMax: 200,
} as const;
