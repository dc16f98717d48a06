import { answerDeadlineProblem, PUBLICATION_LIMITS } from './publication';

describe('answerDeadlineProblem', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const firstStart = new Date('2027-03-04T17:00:00Z');
  const hoursAhead = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

  it('wants the deadline at least minDeadlineHours ahead', () => {
    const least = PUBLICATION_LIMITS.minDeadlineHours;
    expect(answerDeadlineProblem(hoursAhead(-24), firstStart, now)).toBe('tooSoon');
    expect(answerDeadlineProblem(hoursAhead(least - 0.01), firstStart, now)).toBe('tooSoon');
    expect(answerDeadlineProblem(hoursAhead(least), firstStart, now)).toBeNull();
  });

  it('wants it no later than the first team meets, where that is known', () => {
    expect(answerDeadlineProblem(firstStart, firstStart, now)).toBeNull();
    expect(answerDeadlineProblem(new Date(firstStart.getTime() + 60_000), firstStart, now)).toBe('afterFirstMeeting');
    expect(answerDeadlineProblem(new Date(firstStart.getTime() + 60_000), null, now)).toBeNull();
  });
});
