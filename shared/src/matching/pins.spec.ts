import { parseInstance, PinConflictError, solve } from './index';

const volunteer = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  slots: ['s1', 's2'],
  languages: ['de'],
  formats: ['onsite'],
  ...extra,
});
const challenge = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  teamSize: { min: 1, max: 2 },
  slots: ['s1', 's2'],
  ...extra,
});
const base = () => ({
  slots: [
    { id: 's1', capacity: 5 },
    { id: 's2', capacity: 5 },
  ],
  challenges: [challenge('c1'), challenge('c2')],
  volunteers: [volunteer('v1'), volunteer('v2'), volunteer('v3')],
});

async function conflict(json: unknown): Promise<PinConflictError> {
  try {
    await solve(parseInstance(json));
  } catch (e) {
    if (e instanceof PinConflictError) return e;
    throw e;
  }
  throw new Error('expected a pin conflict');
}

describe('pins', () => {
  it('keeps pins that can hold, even against a better score', async () => {
    const json = {
      ...base(),
      challenges: [challenge('c1', { teamSize: { min: 1, max: 1 }, causes: ['x'] })],
      volunteers: [volunteer('v1', { causes: ['x'] }), volunteer('v2')],
    };
    const result = await solve(parseInstance({ ...json, pins: [{ challenge: 'c1', volunteer: 'v2' }] }));
    expect(result.assignments.map((a) => a.volunteer)).toEqual(['v2']);
  });

  it('moves a pinned challenge to the slot where its team can be completed', async () => {
    const json = {
      ...base(),
      slots: [
        { id: 's1', capacity: 1 },
        { id: 's2', capacity: 5 },
      ],
      challenges: [challenge('c1', { teamSize: { min: 2, max: 2 }, skills: [{ skill: 'law', minLevel: 3 }] })],
      volunteers: [volunteer('v1'), volunteer('v2', { slots: ['s1'], skills: [{ skill: 'law', level: 3 }] })],
      pins: [{ challenge: 'c1', volunteer: 'v1' }],
    };
    const result = await solve(parseInstance(json));
    expect(result.assignments.map((a) => [a.volunteer, a.slot])).toEqual([
      ['v1', 's1'],
      ['v2', 's1'],
    ]);
  });

  it('rejects two pins of one volunteer in one slot', async () => {
    const json = {
      ...base(),
      challenges: [challenge('c1', { slots: ['s1'] }), challenge('c2', { slots: ['s1'] })],
      volunteers: [volunteer('v1', { maxAssignments: 2 })],
    };
    const error = await conflict({
      ...json,
      pins: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c2', volunteer: 'v1' },
      ],
    });
    expect(error.rule).toBe('one assignment per volunteer and slot');
    expect(error.pins).toEqual([
      { challenge: 'c1', volunteer: 'v1' },
      { challenge: 'c2', volunteer: 'v1' },
    ]);
    expect(error.message).toContain('(c1, v1), (c2, v1)');
  });

  it('rejects more pins of a volunteer than maxAssignments', async () => {
    const error = await conflict({
      ...base(),
      pins: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c2', volunteer: 'v1' },
      ],
    });
    expect(error.rule).toBe('maxAssignments');
  });

  it('rejects pins into a challenge whose team would exceed max', async () => {
    const pins = ['v1', 'v2', 'v3'].map((v) => ({ challenge: 'c1', volunteer: v }));
    const error = await conflict({ ...base(), pins });
    expect(error.rule).toBe('team size');
    expect(error.pins).toEqual(pins);
    expect(error.message).toContain('3 pinned volunteers exceed teamSize.max 2 of c1');
  });

  it('rejects a pinned pair that breaks a language rule', async () => {
    const json = { ...base(), challenges: [challenge('c1', { languages: ['fr'] })] };
    const error = await conflict({ ...json, pins: [{ challenge: 'c1', volunteer: 'v1' }] });
    expect(error.rule).toBe('language');
    expect(error.pins).toEqual([{ challenge: 'c1', volunteer: 'v1' }]);
    expect(error.message).toContain('v1 speaks none of fr required by c1');
  });

  it('rejects a pinned pair that is also excluded, or unlisted when scores are given', async () => {
    const pins = [{ challenge: 'c1', volunteer: 'v1' }];
    expect((await conflict({ ...base(), pins, exclusions: pins })).rule).toBe('exclusion');
    expect((await conflict({ ...base(), pins, scores: [{ challenge: 'c1', volunteer: 'v2', score: 1 }] })).rule).toBe(
      'scores',
    );
  });

  it("tries the other slots the pins allow where two pinned teams can only be completed in each other's slot", async () => {
    // One table per slot. Only x (s2) can complete c1 and only y (s1) c2: the first slot choice (c1 in s1, c2 in s2)
    // completes neither, c1 in s2 and c2 in s1 both.
    const json = {
      ...base(),
      slots: [
        { id: 's1', capacity: 1 },
        { id: 's2', capacity: 1 },
      ],
      challenges: [
        challenge('c1', { teamSize: { min: 2, max: 2 }, languages: ['de'] }),
        challenge('c2', { teamSize: { min: 2, max: 2 }, languages: ['fr'] }),
      ],
      volunteers: [
        volunteer('v1', { languages: ['de', 'fr'] }),
        volunteer('v2', { languages: ['de', 'fr'] }),
        volunteer('x', { slots: ['s2'] }),
        volunteer('y', { slots: ['s1'], languages: ['fr'] }),
      ],
      pins: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c2', volunteer: 'v2' },
      ],
    };
    const result = await solve(parseInstance(json));
    expect(result.assignments.map((a) => [a.challenge, a.volunteer, a.slot])).toEqual([
      ['c1', 'v1', 's2'],
      ['c1', 'x', 's2'],
      ['c2', 'v2', 's1'],
      ['c2', 'y', 's1'],
    ]);
  });

  it('rejects pins that would force a challenge into two slots', async () => {
    const json = { ...base(), volunteers: [volunteer('v1', { slots: ['s1'] }), volunteer('v2', { slots: ['s2'] })] };
    const error = await conflict({
      ...json,
      pins: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c1', volunteer: 'v2' },
      ],
    });
    expect(error.rule).toBe('one slot per challenge');
  });

  it('rejects pinned challenges that need more tables than there are', async () => {
    const json = {
      ...base(),
      slots: [
        { id: 's1', capacity: 1 },
        { id: 's2', capacity: 0 },
      ],
    };
    const error = await conflict({
      ...json,
      pins: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c2', volunteer: 'v2' },
      ],
    });
    expect(error.rule).toBe('slot capacity');
  });

  it('rejects a pinned challenge that cannot get a valid team', async () => {
    const json = { ...base(), challenges: [challenge('c1', { skills: [{ skill: 'law', minLevel: 3 }] })] };
    const error = await conflict({ ...json, pins: [{ challenge: 'c1', volunteer: 'v1' }] });
    expect(error.rule).toBe('valid team');
    expect(error.pins).toEqual([{ challenge: 'c1', volunteer: 'v1' }]);
  });

  it('names the pin elsewhere that holds the one person who could complete a pinned team', async () => {
    const error = await conflict({
      slots: [{ id: 's1', capacity: 2 }],
      challenges: [
        { id: 'c1', teamSize: { min: 1, max: 2 }, skills: [{ skill: 'x', minLevel: 1 }] },
        { id: 'c2', teamSize: { min: 1, max: 2 } },
      ],
      volunteers: [{ id: 'v1' }, { id: 'v3', skills: [{ skill: 'x', level: 1 }] }],
      pins: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c2', volunteer: 'v3' },
      ],
    });
    expect(error.rule).toBe('valid team');
    expect(error.pins).toEqual([
      { challenge: 'c1', volunteer: 'v1' },
      { challenge: 'c2', volunteer: 'v3' },
    ]);
  });
});
