import { EVENT_TIME_ZONE, fromWallClock, wallClockAsUtc } from '@skillshift/shared';

/**
 * `datetime-local` inputs hold a wall-clock time without zone; events and deadlines are planned on Berlin's clock, so
 * the forms show and read Berlin time wherever the organizer's computer is.
 */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(wallClockAsUtc(new Date(iso), EVENT_TIME_ZONE)).toISOString().slice(0, 16);
}

/** The ISO moment of a `datetime-local` value, or null when the field is empty or not a date. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, year, month, day, hours, minutes] = match.map(Number);
  return fromWallClock(Date.UTC(year, month - 1, day, hours, minutes), EVENT_TIME_ZONE).toISOString();
}
