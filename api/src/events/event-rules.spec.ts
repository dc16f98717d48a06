import { shiftDays } from '@skillshift/shared';
import { eventInputProblems, slotBounds } from './event-rules';

const at = (iso: string) => new Date(iso);
const slot = (start: string, end: string) => ({ startsAt: at(start), endsAt: at(end) });

describe('event rules', () => {
  it('names each slot that ends before it starts, a missing venue and deadlines after the first slot', () => {
    const problems = eventInputProblems({
      venue: null,
      online: false,
      nonprofitDeadline: at('2026-03-01T10:00:00Z'),
      volunteerDeadline: at('2026-03-05T17:00:00Z'),
      slots: [
        slot('2026-03-05T16:00:00Z', '2026-03-05T18:00:00Z'),
        slot('2026-03-05T20:00:00Z', '2026-03-05T19:00:00Z'),
      ],
    });
    expect(problems.map((problem) => [problem.path, problem.messageKey])).toEqual([
      ['input.venue', 'validation.venueOrOnline'],
      ['input.slots[1].endsAt', 'validation.slotEndsBeforeStart'],
      ['input.volunteerDeadline', 'validation.deadlineAfterFirstSlot'],
    ]);
  });

  it('still names a missing venue when a slot lacks its times (the input’s own checks name those)', () => {
    const untimed = { startsAt: null as unknown as Date, endsAt: null as unknown as Date };
    expect(eventInputProblems({ venue: null, online: false, slots: [untimed] })).toEqual([
      { path: 'input.venue', messageKey: 'validation.venueOrOnline' },
    ]);
  });

  it('accepts an online event without venue and without deadlines (a draft)', () => {
    expect(eventInputProblems({ online: true, slots: [slot('2026-03-05T16:00:00Z', '2026-03-05T18:00:00Z')] })).toEqual(
      [],
    );
  });

  it('spans the event from the earliest start to the latest end, in any order', () => {
    expect(
      slotBounds([
        slot('2026-03-05T19:00:00Z', '2026-03-05T21:00:00Z'),
        slot('2026-03-05T16:00:00Z', '2026-03-05T18:00:00Z'),
      ]),
    ).toEqual({ startsAt: at('2026-03-05T16:00:00Z'), endsAt: at('2026-03-05T21:00:00Z') });
  });

  it('shifts by days on Berlin’s wall clock across daylight saving time', () => {
    // 17:00 in Berlin in winter (UTC+1) → 17:00 in summer (UTC+2).
    expect(shiftDays(at('2026-01-15T16:00:00Z'), 182).toISOString()).toBe('2026-07-16T15:00:00.000Z');
    expect(shiftDays(at('2026-07-16T15:00:00Z'), -182).toISOString()).toBe('2026-01-15T16:00:00.000Z');
    expect(shiftDays(at('2026-03-05T16:30:00Z'), 7).toISOString()).toBe('2026-03-12T16:30:00.000Z');
  });
});
