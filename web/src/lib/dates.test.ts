import { describe, expect, it } from 'vitest';
import { formatDay, formatFullMoment } from './dates';

describe('formatDay', () => {
  it('writes English dates day first and German ones as in Germany, in the event’s time zone', () => {
    const at = '2026-12-06T23:30:00.000Z'; // already 7 December in Berlin
    expect(formatDay(at, 'en')).toBe('7 Dec 2026');
    expect(formatDay(at, 'en', 'long')).toBe('7 December 2026');
    expect(formatDay(at, 'de')).toBe('07.12.2026');
    expect(formatDay(at, 'de', 'long')).toBe('7. Dezember 2026');
    expect(formatDay(at, 'en', 'medium', true)).toBe('7 Dec 2026, 00:30');
  });
});

describe('formatFullMoment', () => {
  it('names a deadline with its weekday, day first, on Berlin’s clock', () => {
    const at = '2027-09-01T16:00:00.000Z';
    expect(formatFullMoment(at, 'de')).toBe('Mittwoch, 1. September 2027 um 18:00');
    expect(formatFullMoment(at, 'en')).toBe('Wednesday, 1 September 2027 at 18:00');
  });
});
