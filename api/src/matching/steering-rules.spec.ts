import { parseInstance } from '@skillshift/shared/matching';
import { RunState } from './run-state';
import {
  checkMove,
  exclusionProblem,
  pinProblem,
  pinSlotsExist,
  type Placement,
  type RuleNames,
} from './steering-rules';

const names: RuleNames = {
  challenge: (id) => id.toUpperCase(),
  person: (id) => id[0].toUpperCase() + id.slice(1),
  slot: (id) => `slot ${id}`,
  languages: (codes) => codes.join('/'),
  skill: (id) => id,
  level: (level) => `L${level}`,
};

const instance = (extra: Record<string, unknown> = {}) =>
  parseInstance({
    slots: [
      { id: 's1', capacity: 2 },
      { id: 's2', capacity: 1 },
    ],
    challenges: [
      {
        id: 'tafel',
        slots: ['s1'],
        teamSize: { min: 1, max: 2 },
        languages: ['de'],
        skills: [{ skill: 'web', minLevel: 2 }],
      },
      { id: 'kammer', slots: ['s1', 's2'], teamSize: { min: 2, max: 3 } },
      { id: 'verein', slots: ['s2'], teamSize: { min: 1, max: 1 }, format: 'remote' },
    ],
    volunteers: [
      { id: 'ada', languages: ['de'], maxAssignments: 2, skills: [{ skill: 'web.cms', level: 3 }] },
      { id: 'ben', languages: ['de'] },
      { id: 'cem', languages: ['en'], slots: ['s1'] },
      { id: 'dana', languages: ['de'], slots: ['s2'], formats: ['onsite'] },
    ],
    skillTree: [
      { id: 'web', parent: null },
      { id: 'web.cms', parent: 'web' },
    ],
    ...extra,
  });

const placed: Placement[] = [
  { challengeId: 'tafel', volunteerId: 'ada', slotId: 's1' },
  { challengeId: 'kammer', volunteerId: 'ben', slotId: 's1' },
  { challengeId: 'kammer', volunteerId: 'cem', slotId: 's1' },
];
const noRules = { pins: [], exclusions: [] };
const move = (volunteerId: string, from: string | null, to: string | null, toSlotId: string | null = null) => ({
  volunteerId,
  fromChallengeId: from,
  toChallengeId: to,
  toSlotId,
});
const key = (outcome: ReturnType<typeof checkMove>) => ('problem' in outcome ? outcome.problem.key : outcome.slotId);

describe('moves by hand', () => {
  const state = new RunState(instance());

  it('counts a narrower skill in the tree as covering the wanted one, as the engine does', () => {
    expect(state.levelOf('ada', 'web')).toBe(3);
    expect(state.uncovered('tafel', ['ada'])).toEqual([]);
    expect(state.isWanted('tafel', 'web.cms')).toBe(true);
  });

  it('names the team a volunteer already has in the target slot', () => {
    const outcome = checkMove(state, placed, noRules, move('ada', null, 'kammer'), names);
    expect(outcome).toEqual({
      problem: {
        key: 'matching.rules.alreadyInSlot',
        params: { name: 'Ada', challenge: 'TAFEL', slot: 'slot s1' },
      },
    });
  });

  it('checks language, format, availability, exclusions and pins', () => {
    expect(key(checkMove(state, placed, noRules, move('cem', 'kammer', 'tafel'), names))).toBe(
      'matching.rules.language',
    );
    expect(key(checkMove(state, placed, noRules, move('dana', null, 'verein'), names))).toBe('matching.rules.format');
    expect(key(checkMove(state, placed, noRules, move('cem', 'kammer', 'verein'), names))).toBe(
      'matching.rules.notAvailable',
    );
    const excluded = { pins: [], exclusions: [{ challenge: 'tafel', volunteer: 'ben' }] };
    expect(key(checkMove(state, placed, excluded, move('ben', 'kammer', 'tafel'), names))).toBe(
      'matching.rules.excluded',
    );
    const pinned = { pins: [{ challenge: 'kammer', volunteer: 'ben' }], exclusions: [] };
    expect(key(checkMove(state, placed, pinned, move('ben', 'kammer', null), names))).toBe('matching.rules.pinnedHere');
  });

  it('keeps the team it leaves valid: big enough, every required skill covered', () => {
    expect(checkMove(state, placed, noRules, move('ben', 'kammer', 'tafel'), names)).toEqual({
      problem: {
        key: 'matching.rules.sourceTooSmall',
        params: { name: 'Ben', challenge: 'KAMMER', count: 1, min: 2 },
      },
    });
    const two: Placement[] = [...placed, { challengeId: 'tafel', volunteerId: 'ben', slotId: 's1' }];
    expect(key(checkMove(state, two, noRules, move('ada', 'tafel', null), names))).toBe(
      'matching.rules.sourceLosesSkill',
    );
    // Its only member leaving empties a team: allowed, the challenge is then unserved.
    expect(checkMove(state, placed, noRules, move('ada', 'tafel', null), names)).toEqual({ slotId: null });
  });

  it('starts an unserved challenge only with a valid team of one and a free table', () => {
    expect(checkMove(state, placed, noRules, move('ada', null, 'verein'), names)).toEqual({ slotId: 's2' });
    // Kammer takes the only table of s2: Verein cannot start there.
    const kammerInS2: Placement[] = placed.map((p) => (p.challengeId === 'kammer' ? { ...p, slotId: 's2' } : p));
    expect(key(checkMove(state, kammerInS2, noRules, move('ada', null, 'verein'), names))).toBe(
      'matching.rules.slotFull',
    );
    expect(key(checkMove(state, placed, noRules, move('ada', 'tafel', 'kammer', 's2'), names))).toBe(
      'matching.rules.runsInOtherSlot',
    );
    expect(key(checkMove(state, placed, noRules, move('ben', 'kammer', 'tafel'), names))).toBe(
      'matching.rules.sourceTooSmall',
    );
  });

  it('respects the team’s maximum and the volunteer’s number of assignments', () => {
    const withVerein: Placement[] = [...placed, { challengeId: 'verein', volunteerId: 'ada', slotId: 's2' }];
    expect(checkMove(state, withVerein, noRules, move('ben', 'kammer', 'verein'), names)).toEqual({
      problem: { key: 'matching.rules.teamFull', params: { name: 'Ben', challenge: 'VEREIN', max: 1 } },
    });
    expect(checkMove(state, placed, noRules, move('ben', null, 'verein'), names)).toEqual({
      problem: {
        key: 'matching.rules.maxAssignments',
        params: { name: 'Ben', count: 1, challenges: '“KAMMER”' },
      },
    });
  });
});

describe('pins and exclusions', () => {
  it('refuses pins that cannot hold together and explains which', () => {
    const state = new RunState(
      instance({
        pins: [
          { challenge: 'tafel', volunteer: 'ada' },
          { challenge: 'verein', volunteer: 'ben' },
        ],
      }),
    );
    expect(pinProblem(state, { challenge: 'tafel', volunteer: 'ada' }, names)?.key).toBe(
      'matching.rules.alreadyPinned',
    );
    expect(pinProblem(state, { challenge: 'tafel', volunteer: 'cem' }, names)?.key).toBe('matching.rules.language');
    expect(pinProblem(state, { challenge: 'kammer', volunteer: 'ada' }, names)).toEqual({
      key: 'matching.rules.pinSameSlot',
      params: { name: 'Ada', challenge: 'KAMMER', other: 'TAFEL' },
    });
    expect(pinProblem(state, { challenge: 'kammer', volunteer: 'cem' }, names)).toBeNull();
    const full = new RunState(
      instance({
        pins: [
          { challenge: 'tafel', volunteer: 'ada' },
          { challenge: 'tafel', volunteer: 'ben' },
        ],
      }),
    );
    expect(pinProblem(full, { challenge: 'tafel', volunteer: 'dana' }, names)?.key).toBe('matching.rules.notAvailable');
    expect(exclusionProblem(full, { challenge: 'tafel', volunteer: 'ben' }, names)?.key).toBe(
      'matching.rules.excludePinned',
    );
  });

  it('finds slots for pinned challenges with a small search', () => {
    const state = new RunState(instance());
    expect(
      pinSlotsExist(state, [
        { challenge: 'kammer', volunteer: 'ada' },
        { challenge: 'tafel', volunteer: 'ada' },
        { challenge: 'verein', volunteer: 'dana' },
      ]),
    ).toBe(false);
    expect(
      pinSlotsExist(state, [
        { challenge: 'kammer', volunteer: 'ada' },
        { challenge: 'tafel', volunteer: 'ada' },
      ]),
    ).toBe(true);
  });
});
