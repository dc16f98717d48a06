import { isPostalCodeOrEmpty } from './postal-codes';

describe('isPostalCodeOrEmpty', () => {
  it('takes five digits, and an empty field', () => {
    for (const value of ['23552', ' 23552 ', '01067', '']) expect(isPostalCodeOrEmpty(value)).toBe(true);
  });

  it('refuses letters, too few or too many digits, and separators', () => {
    for (const value of ['ABCDE', 'abc', '2356', '12', '235520', '23 552', '23-552'])
      expect(isPostalCodeOrEmpty(value)).toBe(false);
  });
});
