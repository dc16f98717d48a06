import { toUiLocale } from './locales';

describe('toUiLocale', () => {
  it.each([
    ['de', 'de'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['fr', 'de'],
    ['', 'de'],
    [null, 'de'],
  ])('maps %p to %p', (input, expected) => {
    expect(toUiLocale(input)).toBe(expected);
  });
});
