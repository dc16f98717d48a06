import { consentTextVersionParts, type UiLocale } from '@skillshift/shared';
import { type TFunction } from 'i18next';
import { intlLocale } from '../i18n';

/**
 * A consent text version as people read it: "Nr. 1 vom November 2026", "no. 1 of November 2026" (the first wording
 * that took effect in that month). The stored "2026-11-1" reads like a broken date; a value of another form is shown
 * as stored.
 */
export function formatConsentVersion(t: TFunction, version: string, language: UiLocale): string {
  const parts = consentTextVersionParts(version);
  if (!parts) return version;
  const month = new Intl.DateTimeFormat(intlLocale(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(parts.year, parts.month - 1, 15));
  return t('consent.versionName', { number: parts.number, month });
}
