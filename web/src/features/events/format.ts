import { type UiLocale } from '@skillshift/shared';
import { intlLocale } from '../../i18n';

/** Events take place in Lübeck and around; their times are shown in German local time wherever the reader is. */
export const EVENT_TIME_ZONE = 'Europe/Berlin';

export function formatEventTime(startsAt: string, endsAt: string, language: UiLocale): string {
  const format = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: EVENT_TIME_ZONE,
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}
