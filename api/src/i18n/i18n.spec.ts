import { localeFromAcceptLanguage, translator } from './i18n';

describe('server-side i18n', () => {
  it.each([
    [undefined, 'de'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7', 'en'],
    ['fr, de;q=0.5', 'de'],
    ['tr', 'de'],
  ])('picks the language for Accept-Language %p', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('fills parameters', () => {
    expect(translator('en')('validation.maxLength', { max: 80 })).toBe('Please use at most 80 characters.');
    expect(translator('de')('validation.maxLength', { max: 80 })).toBe('Bitte verwenden Sie höchstens 80 Zeichen.');
  });

  it('does not double the period after a name that ends in one', () => {
    const nonprofit = 'Tafel Lübeck e.V.';
    const declined = translator('en')('publication.mail.answered.declinedIntro', { challenge: 'Website', nonprofit });
    expect(declined).toBe(
      'You declined the place in the team for “Website” of Tafel Lübeck e.V. Thank you for letting us know.',
    );
    for (const locale of ['de', 'en'] as const) {
      const t = translator(locale);
      const texts = [
        t('publication.ics.description', { challenge: 'Website', nonprofit, deadline: '1. März', url: 'http://x' }),
        t('publication.ics.acceptedDescription', { challenge: 'Website', nonprofit }),
        t('publication.mail.answered.declinedIntro', { challenge: 'Website', nonprofit }),
        t('challenges.mail.accepted.intro', { event: 'Nachtschicht', challenge: 'Website', nonprofit }),
      ];
      for (const text of texts) {
        expect(text).toContain('e.V.');
        expect(text).not.toContain('e.V..');
      }
    }
  });
});
