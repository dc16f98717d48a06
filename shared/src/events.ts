/** What an event is; the organizer picks one when creating it. */
export const EVENT_KINDS = ['NACHTSCHICHT', 'HACKATHON', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The event's life: DRAFT → OPEN → CLOSED → MATCHING → PUBLISHED → DONE → ARCHIVED. */
export const EVENT_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED', 'DONE', 'ARCHIVED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Statuses in which an event is shown to the public as upcoming. */
export const PUBLIC_EVENT_STATUSES: readonly EventStatus[] = ['OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED'];
