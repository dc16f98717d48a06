import { EVENT_TIME_ZONE, type UiLocale } from '@skillshift/shared';
import { intlLocale } from '../i18n';

/**
 * A day (and, if asked, its time) as the whole app writes it: in the event's time zone, German as in Germany and
 * English with the day first ("7 Dec 2026", not "Dec 7, 2026"). Pages that write a date go through this.
 */
export function formatDay(
  at: string | Date,
  language: UiLocale,
  style: 'medium' | 'long' = 'medium',
  withTime = false,
): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: style,
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: EVENT_TIME_ZONE,
  }).format(typeof at === 'string' ? new Date(at) : at);
}
