import { parseTypedNumber } from './typed-numbers';

describe('parseTypedNumber', () => {
  it('reads thousands separators and decimal marks as the language writes them', () => {
    expect(parseTypedNumber('1.000', 'de', 2)).toBe(1000);
    expect(parseTypedNumber('1.000,50', 'de', 2)).toBe(1000.5);
    expect(parseTypedNumber('40,5', 'de', 2)).toBe(40.5);
    expect(parseTypedNumber('1,000', 'en', 2)).toBe(1000);
    expect(parseTypedNumber('1,000.50', 'en', 2)).toBe(1000.5);
    expect(parseTypedNumber('40.5', 'en', 2)).toBe(40.5);
    expect(parseTypedNumber(' 1 000 ', 'de', 2)).toBe(1000);
    expect(parseTypedNumber('-5', 'en', 2)).toBe(-5);
    expect(parseTypedNumber('40', 'de', 0)).toBe(40);
  });

  it('takes the other language’s decimal mark where it cannot group thousands', () => {
    expect(parseTypedNumber('40.5', 'de', 2)).toBe(40.5);
    expect(parseTypedNumber('40.50', 'de', 2)).toBe(40.5);
    expect(parseTypedNumber('40,5', 'en', 2)).toBe(40.5);
  });

  it('refuses what is no number in the language, or has more decimals than allowed', () => {
    // In German "1,000" is one with three decimals; for a rate in cents that is a mistake, not the number 1.
    expect(parseTypedNumber('1,000', 'de', 2)).toBeNull();
    expect(parseTypedNumber('1.000', 'en', 2)).toBeNull();
    expect(parseTypedNumber('3,125', 'de', 2)).toBeNull();
    expect(parseTypedNumber('12.34.567', 'de', 2)).toBeNull();
    expect(parseTypedNumber('1.000.5', 'de', 2)).toBeNull();
    for (const text of ['', 'x', '40 €', '4e3', '1..0', ',5', '5,']) expect(parseTypedNumber(text, 'de', 2)).toBeNull();
  });
});
