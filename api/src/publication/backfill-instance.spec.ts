import { parseInstance, solve } from '@skillshift/shared/matching';
import { backfillInstance, replacementsIn } from './backfill-instance';

const instance = parseInstance({
  slots: [
    { id: 's1', capacity: 2 },
    { id: 's2', capacity: 2 },
  ],
  challenges: [
    {
      id: 'tafel',
      teamSize: { min: 2, max: 3 },
      slots: ['s1', 's2'],
      languages: ['de'],
      format: 'onsite',
      skills: [{ skill: 'web', minLevel: 2, required: true, weight: 1 }],
    },
    { id: 'other', teamSize: { min: 1, max: 2 }, slots: ['s1'], format: 'onsite', skills: [] },
  ],
  volunteers: [
    { id: 'ada', slots: ['s1'], languages: ['de'], formats: ['onsite'], skills: [{ skill: 'web', level: 4 }] },
    { id: 'ben', slots: ['s1'], languages: ['de'], formats: ['onsite'], skills: [{ skill: 'web', level: 3 }] },
    { id: 'cem', slots: ['s1'], languages: ['de'], formats: ['onsite'], skills: [{ skill: 'web', level: 1 }] },
    { id: 'dana', slots: ['s2'], languages: ['de'], formats: ['onsite'], skills: [{ skill: 'web', level: 4 }] },
    { id: 'emil', slots: ['s1'], languages: ['en'], formats: ['onsite'], skills: [{ skill: 'web', level: 4 }] },
    {
      id: 'fay',
      slots: ['s1', 's2'],
      maxAssignments: 2,
      languages: ['de'],
      formats: ['onsite'],
      skills: [{ skill: 'web', level: 2 }],
    },
  ],
});

const situation = {
  instance,
  challengeId: 'tafel',
  slotId: 's1',
  members: ['ada'],
  openPlaces: 1,
  held: new Map([
    ['ada', { slots: new Set(['s1']), count: 1 }],
    ['fay', { slots: new Set(['s2']), count: 1 }],
  ]),
  unavailable: new Set<string>(),
  excluded: new Set(['cem']),
};

describe('the backfill question to the engine', () => {
  it('keeps the team’s members pinned, and offers only people free in its slot with an assignment to spare', () => {
    const question = backfillInstance(situation)!;
    expect(question.pins).toEqual([{ challenge: 'tafel', volunteer: 'ada' }]);
    expect(question.challenges).toEqual([
      expect.objectContaining({ id: 'tafel', slots: ['s1'], teamSize: { min: 2, max: 2 } }),
    ]);
    // dana is elsewhere that evening, cem was excluded; fay is busy in s2 only and may take a second team.
    expect(question.volunteers.map((volunteer) => volunteer.id)).toEqual(['ada', 'ben', 'emil', 'fay']);
    expect(question.volunteers.every((volunteer) => volunteer.maxAssignments === 1)).toBe(true);
  });

  it('leaves out people who are unavailable or have no assignment left', () => {
    const question = backfillInstance({
      ...situation,
      unavailable: new Set(['ben']),
      held: new Map([...situation.held, ['fay', { slots: new Set(['s2']), count: 2 }]]),
    })!;
    expect(question.volunteers.map((volunteer) => volunteer.id)).toEqual(['ada', 'emil']);
    expect(backfillInstance({ ...situation, unavailable: new Set(['ben', 'emil', 'fay']) })).toBeNull();
  });

  it('lets the engine pick the best replacement that keeps the rules (emil speaks no German)', async () => {
    const question = backfillInstance(situation)!;
    const result = await solve(question, { seed: 1 });
    expect(replacementsIn(result, 'tafel', situation.members).map((assignment) => assignment.volunteer)).toEqual([
      'ben',
    ]);
  });

  it('grows the team by at most its open places and to at least its minimum', () => {
    const emptied = backfillInstance({ ...situation, members: [], openPlaces: 3 })!;
    expect(emptied.challenges[0].teamSize).toEqual({ min: 2, max: 3 });
    expect(emptied.pins).toEqual([]);
  });
});
