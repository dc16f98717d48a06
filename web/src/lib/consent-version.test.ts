import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { formatConsentVersion } from './consent-version';

describe('formatConsentVersion', () => {
  it('names the wording and the month it took effect, not something that reads like a date', () => {
    const de = createI18n('de');
    const en = createI18n('en');
    expect(formatConsentVersion(de.t, '2026-11-1', 'de')).toBe('Nr. 1 vom November 2026');
    expect(formatConsentVersion(en.t, '2026-11-1', 'en')).toBe('no. 1 of November 2026');
    expect(formatConsentVersion(de.t, '2027-01-2', 'de')).toBe('Nr. 2 vom Januar 2027');
    expect(de.t('consent.version', { version: formatConsentVersion(de.t, '2026-11-1', 'de') })).toBe(
      'Fassung dieses Textes: Nr. 1 vom November 2026',
    );
  });

  it('shows a version of another form as it is stored', () => {
    expect(formatConsentVersion(createI18n('de').t, 'v2', 'de')).toBe('v2');
  });
});
