import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeUiLanguage, createI18n, storedLanguage } from '.';

describe('the interface language on a first visit', () => {
  afterEach(() => vi.unstubAllGlobals());

  const browserSpeaks = (...languages: string[]) =>
    vi.stubGlobal('navigator', { ...navigator, languages, language: languages[0] });

  it('follows the browser when the person never chose one', () => {
    browserSpeaks('en-GB', 'de');
    expect(storedLanguage()).toBe('en');
    browserSpeaks('fr-FR', 'de-AT', 'en');
    expect(storedLanguage()).toBe('de');
  });

  it('falls back to German when the browser speaks nothing the interface does', () => {
    browserSpeaks('fr-FR', 'tr');
    expect(storedLanguage()).toBe('de');
  });

  it('keeps a choice the person made, whatever the browser says', async () => {
    browserSpeaks('en-US');
    await changeUiLanguage(createI18n('en'), 'de');
    expect(storedLanguage()).toBe('de');
  });
});

describe('a sentence that ends with a name', () => {
  it('does not double the period of a name that ends in one', () => {
    const i18n = createI18n('en');
    expect(i18n.t('nonprofits.register.intro', { event: 'Nachtschicht', body: 'Lübecker Digitalverein e.V.' })).toBe(
      'You register your organization for “Nachtschicht” with Lübecker Digitalverein e.V. Then you describe your digital challenge.',
    );
  });
});
