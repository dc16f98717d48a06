import { CONSENT_TEXT_VERSION, consentTextVersionParts } from './registration';

describe('consentTextVersionParts', () => {
  it('reads year, month and the number of the wording in that month', () => {
    expect(consentTextVersionParts(CONSENT_TEXT_VERSION)).toEqual({ year: 2026, month: 11, number: 1 });
    expect(consentTextVersionParts('2027-03-12')).toEqual({ year: 2027, month: 3, number: 12 });
  });

  it('gives null for what is not year-month-number, so that it is shown as stored', () => {
    for (const value of ['', 'v2', '2026-11', '2026-13-1', '2026-0-1', '2026-11-0', '2026-11-1-2', '26-11-1'])
      expect(consentTextVersionParts(value)).toBeNull();
  });
});
