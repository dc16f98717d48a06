/** What an event is; the organizer picks one when creating it. */
export const EVENT_KINDS = ['NACHTSCHICHT', 'HACKATHON', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The event's life: DRAFT → OPEN → CLOSED → MATCHING → PUBLISHED → DONE → ARCHIVED. */
export const EVENT_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED', 'DONE', 'ARCHIVED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Statuses in which an event is shown to the public as upcoming. */
export const PUBLIC_EVENT_STATUSES: readonly EventStatus[] = ['OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED'];

/** Languages an event can be held in (ISO 639-1), the ones most spoken in German cities besides German. */
export const EVENT_LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa', 'fr', 'es'] as const;
export type EventLanguage = (typeof EVENT_LANGUAGES)[number];

/** Limits that the API enforces and the web form shows as help. */
export const EVENT_LIMITS = {
  nameMin: 3,
  nameMax: 120,
  descriptionMax: 4000,
  placeMax: 200,
  labelMax: 60,
  capacityMin: 1,
  capacityMax: 200,
  slotsMax: 20,
  copyOffsetDaysMax: 3650,
} as const;

/**
 * Which status may follow which. Mostly forward, with two ways back, both before anyone was told a result:
 * CLOSED → OPEN reopens registration when too few nonprofits or volunteers signed up by the deadline, and
 * MATCHING → CLOSED lets organizers accept a late challenge or volunteer before matching again. Once a result is
 * PUBLISHED, people have been told, so there is no way back.
 */
export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  DRAFT: ['OPEN'],
  OPEN: ['CLOSED'],
  CLOSED: ['MATCHING', 'OPEN'],
  MATCHING: ['PUBLISHED', 'CLOSED'],
  PUBLISHED: ['DONE'],
  DONE: ['ARCHIVED'],
  ARCHIVED: [],
};

/**
 * A Nachtschicht is one evening; hackathons and other events may run for days. Texts that speak of "the evening"
 * have a variant for the others (`<key>_days` in the catalogues), e.g. "die Veranstaltung".
 */
export const isEveningEvent = (kind: EventKind): boolean => kind === 'NACHTSCHICHT';

/** The catalogue variant (i18next context) of texts about the event for `kind`: none for an evening, else `days`. */
export const eventTextContext = (kind: EventKind): 'days' | undefined => (isEveningEvent(kind) ? undefined : 'days');

export const nextStatuses = (from: EventStatus): readonly EventStatus[] => EVENT_TRANSITIONS[from];

export const canTransition = (from: EventStatus, to: EventStatus): boolean => EVENT_TRANSITIONS[from].includes(to);

/** What each status allows; the services of later features (challenges, volunteers, matching) ask here. */
export type EventAction =
  | 'editDetails'
  | 'editSlots'
  | 'delete'
  | 'submitChallenge'
  | 'registerVolunteer'
  | 'curateChallenges'
  | 'runMatching'
  | 'giveFeedback';

export const EVENT_PERMISSIONS: Readonly<Record<EventAction, readonly EventStatus[]>> = {
  // Texts may be corrected until the evening is over; archived events are a record and stay as they were.
  editDetails: ['DRAFT', 'OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED'],
  // Nonprofits and volunteers pick slots while registration is open; after that, slots are what teams are matched to.
  editSlots: ['DRAFT', 'OPEN'],
  // Only a draft has nothing attached to it yet.
  delete: ['DRAFT'],
  submitChallenge: ['OPEN'],
  registerVolunteer: ['OPEN'],
  curateChallenges: ['OPEN', 'CLOSED', 'MATCHING'],
  runMatching: ['MATCHING'],
  giveFeedback: ['DONE'],
};

export const eventPermits = (status: EventStatus, action: EventAction): boolean =>
  EVENT_PERMISSIONS[action].includes(status);

/** Events take place in German cities; their times are entered and shown on Berlin's wall clock. */
export const EVENT_TIME_ZONE = 'Europe/Berlin';

/** The wall-clock time in `timeZone` at `date`, written as if it were UTC (milliseconds). */
export function wallClockAsUtc(date: Date, timeZone = EVENT_TIME_ZONE): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    date.getMilliseconds(),
  );
}

/** The moment at which the clocks in `timeZone` show the given wall time (written as if it were UTC). */
export function fromWallClock(wallAsUtc: number, timeZone = EVENT_TIME_ZONE): Date {
  // Start from the offset at that instant read as UTC; two rounds settle a different offset (DST switches).
  let guess = wallAsUtc;
  for (let round = 0; round < 2; round++) guess = wallAsUtc - (wallClockAsUtc(new Date(guess), timeZone) - guess);
  return new Date(guess);
}

/**
 * Moves a moment by whole days on the wall clock of `timeZone`: a slot at 17:00 in winter is at 17:00 again a year
 * later in summer, although the UTC offset changed in between.
 */
export function shiftDays(date: Date, days: number, timeZone = EVENT_TIME_ZONE): Date {
  return fromWallClock(wallClockAsUtc(date, timeZone) + days * 86_400_000, timeZone);
}
