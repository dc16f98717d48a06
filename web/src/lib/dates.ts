import { EVENT_TIME_ZONE, type UiLocale } from '@skillshift/shared';
import { intlLocale } from '../i18n';

/**
 * A day (and, if asked, its time) as the whole app writes it: in the event's time zone, German as in Germany and
 * English with the day first ("7 Dec 2026", not "Dec 7, 2026"). Pages that write a date go through this.
 */
export function formatDay(
  at: string | Date,
  language: UiLocale,
  style: 'medium' | 'long' | 'full' = 'medium',
  withTime = false,
): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: style,
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: EVENT_TIME_ZONE,
  }).format(typeof at === 'string' ? new Date(at) : at);
}

/**
 * A deadline or an appointment in full, with its weekday ("Mittwoch, 1. September 2027 um 18:00", "Wednesday,
 * 1 September 2027 at 18:00"): how every page names the moment by which someone must act.
 */
export function formatFullMoment(at: string | Date, language: UiLocale): string {
  return formatDay(at, language, 'full', true);
}
