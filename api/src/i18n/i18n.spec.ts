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
});
