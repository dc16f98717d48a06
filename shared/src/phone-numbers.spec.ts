import { phoneProblem } from './phone-numbers';

describe('phoneProblem', () => {
  it('takes digits with separators, and an empty field', () => {
    for (const value of ['0451 123456', '+49 (451) 12-34/56', '', null]) expect(phoneProblem(value)).toBeNull();
  });

  it('names letters and other signs as such', () => {
    expect(phoneProblem('abc')).toBe('phoneCharacters');
    expect(phoneProblem('0451 12345 ext. 3')).toBe('phoneCharacters');
  });

  it('names a number of digits only, but too few of them, as too short', () => {
    expect(phoneProblem('12')).toBe('phoneDigits');
    expect(phoneProblem('+1 23')).toBe('phoneDigits');
  });
});
