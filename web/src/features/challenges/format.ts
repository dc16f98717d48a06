import { type UiLocale } from '@skillshift/shared';
import { intlLocale } from '../../i18n';

/** Events are planned on Berlin's clock; times are shown there wherever the reader is. */
const TIME_ZONE = 'Europe/Berlin';

export function formatSlot(startsAt: string, endsAt: string, language: UiLocale): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).formatRange(new Date(startsAt), new Date(endsAt));
}
