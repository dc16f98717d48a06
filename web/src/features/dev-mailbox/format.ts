import { type UiLocale } from '@skillshift/shared';
import { intlLocale } from '../../i18n';

export function formatSentAt(value: string, language: UiLocale): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(new Date(value));
}
