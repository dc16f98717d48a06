import { beforePeriod, toUiLocale } from './locales';

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

describe('beforePeriod', () => {
  it.each([
    ['Tafel Lübeck e.V.', 'Tafel Lübeck e.V'],
    ['Tafel Lübeck', 'Tafel Lübeck'],
    ['Warten …', 'Warten …'],
  ])('leaves %p as %p before a sentence’s period', (input, expected) => {
    expect(`${beforePeriod(input)}.`).toBe(`${expected}.`);
  });
});
