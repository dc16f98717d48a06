import { profileProblems, registrationWindow, slotChoiceProblems } from './volunteer-rules';

describe('profileProblems', () => {
  it('accepts a valid profile', () => {
    expect(
      profileProblems(
        { phone: '+49 451 123-456', skills: [{ skill: 'web.cms.wordpress', level: 3 }], consent: true },
        'input',
        true,
      ),
    ).toEqual([]);
  });

  it('names unknown and repeated skills by their index, a bad phone and a missing consent', () => {
    expect(
      profileProblems(
        {
          phone: 'call me',
          skills: [
            { skill: 'web.cms.wordpress', level: 3 },
            { skill: 'web.cms.joomla-ish', level: 2 },
            { skill: 'web.cms.wordpress', level: 1 },
          ],
          consent: false,
        },
        'input.profile',
        true,
      ),
    ).toEqual([
      { path: 'input.profile.phone', messageKey: 'validation.phoneCharacters' },
      { path: 'input.profile.skills[1].skill', messageKey: 'volunteers.validation.unknownSkill' },
      { path: 'input.profile.skills[2].skill', messageKey: 'volunteers.validation.duplicateSkill' },
      { path: 'input.profile.consent', messageKey: 'volunteers.validation.consentRequired' },
    ]);
  });

  it('needs consent only when asked to, and too few digits make no phone number (said so, not as a bad sign)', () => {
    expect(profileProblems({ skills: [], consent: null }, 'input', false)).toEqual([]);
    expect(profileProblems({ phone: '+49', skills: [] }, 'input', false)).toEqual([
      { path: 'input.phone', messageKey: 'validation.phoneDigits' },
    ]);
  });
});

describe('slotChoiceProblems', () => {
  const slots = new Set(['a', 'b']);

  it('names slots of other events', () => {
    expect(slotChoiceProblems({ slotIds: ['a', 'x'], maxAssignments: 1 }, slots)).toEqual([
      { path: 'input.slotIds[1]', messageKey: 'validation.unknownSlot' },
    ]);
  });

  it('allows at most one challenge per chosen slot', () => {
    expect(slotChoiceProblems({ slotIds: ['a', 'a'], maxAssignments: 2 }, slots, 'input')).toEqual([
      {
        path: 'input.maxAssignments',
        messageKey: 'volunteers.validation.maxAssignmentsAboveSlots',
        params: { slots: 1 },
      },
    ]);
    expect(slotChoiceProblems({ slotIds: ['a', 'b'], maxAssignments: 2 }, slots)).toEqual([]);
  });
});

describe('registrationWindow', () => {
  const deadline = new Date('2038-02-25T23:00:00Z');
  const before = new Date('2038-02-25T22:59:59Z');
  const after = new Date('2038-02-25T23:00:01Z');

  it('lets volunteers register while the event is open, until the deadline', () => {
    expect(registrationWindow({ status: 'OPEN', volunteerDeadline: deadline }, 'VOLUNTEER', before)).toBe('OPEN');
    expect(registrationWindow({ status: 'OPEN', volunteerDeadline: deadline }, 'VOLUNTEER', after)).toBe('DEADLINE');
    expect(registrationWindow({ status: 'CLOSED', volunteerDeadline: deadline }, 'VOLUNTEER', before)).toBe('STATUS');
    expect(registrationWindow({ status: 'DRAFT', volunteerDeadline: null }, 'VOLUNTEER', before)).toBe('STATUS');
  });

  it('lets organizers register late volunteers until teams are formed', () => {
    expect(registrationWindow({ status: 'OPEN', volunteerDeadline: deadline }, 'ORGANIZER', after)).toBe('OPEN');
    expect(registrationWindow({ status: 'CLOSED', volunteerDeadline: deadline }, 'ORGANIZER', after)).toBe('OPEN');
    expect(registrationWindow({ status: 'MATCHING', volunteerDeadline: deadline }, 'ORGANIZER', after)).toBe('STATUS');
  });
});
