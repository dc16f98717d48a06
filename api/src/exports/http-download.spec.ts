import { fileDate } from './http-download';

describe('fileDate', () => {
  it("dates a download by Berlin's calendar, not by UTC's", () => {
    // 00:30 in Berlin on 8 December (winter, UTC+1) is still the 7th in UTC.
    expect(fileDate(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
    expect(fileDate(new Date('2026-12-07T22:59:00Z'))).toBe('2026-12-07');
    // summer time (UTC+2): 01:30 on 1 July in Berlin
    expect(fileDate(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
  });
});
