import {
  canTransition,
  EVENT_PERMISSIONS,
  EVENT_STATUSES,
  EVENT_TRANSITIONS,
  eventPermits,
  nextStatuses,
  type EventStatus,
} from './events';

describe('the event lifecycle', () => {
  it('walks forward one step at a time from DRAFT to ARCHIVED', () => {
    for (let i = 0; i < EVENT_STATUSES.length - 1; i++) {
      expect(canTransition(EVENT_STATUSES[i], EVENT_STATUSES[i + 1])).toBe(true);
    }
  });

  it('goes back only to reopen registration or to leave matching before anything is published', () => {
    const backwards: [EventStatus, EventStatus][] = [];
    for (const from of EVENT_STATUSES)
      for (const to of nextStatuses(from))
        if (EVENT_STATUSES.indexOf(to) < EVENT_STATUSES.indexOf(from)) backwards.push([from, to]);
    expect(backwards).toEqual([
      ['CLOSED', 'OPEN'],
      ['MATCHING', 'CLOSED'],
    ]);
  });

  it('skips no status, never stays in place and ends in ARCHIVED', () => {
    for (const from of EVENT_STATUSES) {
      expect(canTransition(from, from)).toBe(false);
      for (const to of EVENT_TRANSITIONS[from]) {
        expect(Math.abs(EVENT_STATUSES.indexOf(to) - EVENT_STATUSES.indexOf(from))).toBe(1);
      }
    }
    expect(nextStatuses('ARCHIVED')).toEqual([]);
    expect(canTransition('DRAFT', 'PUBLISHED')).toBe(false);
    expect(canTransition('PUBLISHED', 'MATCHING')).toBe(false);
  });

  it('permits slot changes only before registration closes, new challenges only while OPEN, deletion only of drafts', () => {
    expect(EVENT_STATUSES.filter((status) => eventPermits(status, 'editSlots'))).toEqual(['DRAFT', 'OPEN']);
    expect(EVENT_STATUSES.filter((status) => eventPermits(status, 'submitChallenge'))).toEqual(['OPEN']);
    expect(EVENT_PERMISSIONS.delete).toEqual(['DRAFT']);
    expect(eventPermits('ARCHIVED', 'editDetails')).toBe(false);
  });
});
