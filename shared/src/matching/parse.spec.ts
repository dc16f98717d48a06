import { InvalidInstanceError, parseInstance } from './index';
import { firstRepeat } from './parse';

const valid = () => ({
  slots: [{ id: 's1', capacity: 12 }],
  challenges: [
    {
      id: 'c1',
      priority: 1,
      teamSize: { min: 1, max: 3 },
      slots: ['s1'],
      languages: ['de'],
      format: 'onsite',
      skills: [{ skill: 'web.wordpress', minLevel: 2, required: true, weight: 1 }],
      causes: ['education'],
    },
  ],
  volunteers: [
    {
      id: 'v1',
      slots: ['s1'],
      maxAssignments: 1,
      languages: ['de', 'en'],
      formats: ['onsite', 'remote'],
      skills: [{ skill: 'web.wordpress', level: 3 }],
      causes: ['education'],
    },
  ],
  skillTree: [
    { id: 'web', parent: null },
    { id: 'web.wordpress', parent: 'web' },
  ],
  pins: [{ challenge: 'c1', volunteer: 'v1' }],
  exclusions: [],
  scores: [{ challenge: 'c1', volunteer: 'v1', score: 0.83 }],
  weights: { skills: 0.6, languages: 0.1, causes: 0.2 },
});

type Json = ReturnType<typeof valid> & Record<string, unknown>;

function errorOf(mutate: (json: Json) => void): InvalidInstanceError {
  const json = valid() as Json;
  mutate(json);
  try {
    parseInstance(json);
  } catch (e) {
    if (e instanceof InvalidInstanceError) return e;
    throw e;
  }
  throw new Error('expected the instance to be invalid');
}

describe('parseInstance', () => {
  it('accepts the instance of MATCHING.md', () => {
    const instance = parseInstance(valid());
    expect(instance.challenges[0].teamSize).toEqual({ min: 1, max: 3 });
    expect(instance.volunteers[0].skills).toEqual([{ skill: 'web.wordpress', level: 3 }]);
    expect(instance.scores).toEqual([{ challenge: 'c1', volunteer: 'v1', score: 0.83 }]);
    expect(instance.weights).toEqual({ skills: 0.6, languages: 0.1, causes: 0.2 });
  });

  it('fills the defaults and ignores unknown top-level fields', () => {
    const instance = parseInstance({
      slots: [{ id: 's1', capacity: 2 }],
      challenges: [{ id: 'c1', skills: [{ skill: 'x' }] }],
      volunteers: [{ id: 'v1' }],
      generator: { seed: 7 },
    });
    expect(instance.challenges[0]).toEqual({
      id: 'c1',
      priority: 1,
      teamSize: { min: 1, max: 1 },
      slots: ['s1'],
      languages: [],
      format: 'onsite',
      skills: [{ skill: 'x', minLevel: 1, required: true, weight: 1 }],
      causes: [],
    });
    expect(instance.volunteers[0]).toMatchObject({
      slots: ['s1'],
      maxAssignments: 1,
      formats: ['onsite', 'remote', 'hybrid'],
    });
    expect(instance).toMatchObject({ pins: [], exclusions: [], skillTree: [] });
    expect(instance.scores).toBeUndefined();
  });

  it.each<[string, (json: Json) => void, string, string]>([
    [
      'duplicate challenge ids',
      (j) => j.challenges.push({ ...j.challenges[0] }),
      'challenges[1].id',
      'duplicate id "c1"',
    ],
    [
      'duplicate volunteer ids',
      (j) => j.volunteers.push({ ...j.volunteers[0] }),
      'volunteers[1].id',
      'duplicate id "v1"',
    ],
    ['duplicate slot ids', (j) => j.slots.push({ id: 's1', capacity: 1 }), 'slots[1].id', 'duplicate id "s1"'],
    [
      'unknown slot in a challenge',
      (j) => (j.challenges[0].slots = ['s1', 's9']),
      'challenges[0].slots[1]',
      'unknown slot "s9"',
    ],
    [
      'unknown slot in a volunteer',
      (j) => (j.volunteers[0].slots = ['s2']),
      'volunteers[0].slots[0]',
      'unknown slot "s2"',
    ],
    [
      'unknown challenge in a pin',
      (j) => (j.pins = [{ challenge: 'c2', volunteer: 'v1' }]),
      'pins[0].challenge',
      'unknown challenge "c2"',
    ],
    [
      'unknown volunteer in an exclusion',
      (j) => (j.exclusions = [{ challenge: 'c1', volunteer: 'v2' }] as never),
      'exclusions[0].volunteer',
      'unknown volunteer "v2"',
    ],
    [
      'unknown parent in the skill tree',
      (j) => (j.skillTree[1].parent = 'nope'),
      'skillTree[1].parent',
      'unknown skill "nope"',
    ],
    [
      'level above 4',
      (j) => (j.volunteers[0].skills[0].level = 5),
      'volunteers[0].skills[0].level',
      'must be between 1 and 4',
    ],
    ['level below 1', (j) => (j.volunteers[0].skills[0].level = 0), 'volunteers[0].skills[0].level', 'must be >= 1'],
    [
      'minLevel out of range',
      (j) => (j.challenges[0].skills[0].minLevel = 7),
      'challenges[0].skills[0].minLevel',
      'must be between 1 and 4',
    ],
    [
      'min > max',
      (j) => (j.challenges[0].teamSize = { min: 4, max: 3 }),
      'challenges[0].teamSize.min',
      'must be <= teamSize.max (3)',
    ],
    [
      'team min below 1',
      (j) => (j.challenges[0].teamSize = { min: 0, max: 3 }),
      'challenges[0].teamSize.min',
      'must be >= 1',
    ],
    ['negative capacity', (j) => (j.slots[0].capacity = -1), 'slots[0].capacity', 'must be >= 0'],
    ['priority zero', (j) => (j.challenges[0].priority = 0), 'challenges[0].priority', 'must be > 0'],
    // Counts beyond 32 bits once wrapped around in the engine's typed arrays (a team of 2^32 + 1 served by one person).
    [
      'team size beyond the largest count',
      (j) => (j.challenges[0].teamSize = { min: 1, max: 4294967297 }),
      'challenges[0].teamSize.max',
      'must be <= 1000000',
    ],
    [
      'capacity beyond the largest count',
      (j) => (j.slots[0].capacity = 2147483648),
      'slots[0].capacity',
      'must be <= 1000000',
    ],
    [
      'maxAssignments beyond the largest count',
      (j) => (j.volunteers[0].maxAssignments = 4294967296),
      'volunteers[0].maxAssignments',
      'must be <= 1000000',
    ],
    // Their sum would overflow to Infinity (written as null).
    [
      'priority beyond the largest',
      (j) => (j.challenges[0].priority = 1e308),
      'challenges[0].priority',
      'must be <= 1000000',
    ],
    [
      'weights that leave every factor at 0',
      (j) => Object.assign(j.weights, { skills: 0, niceToHave: 0, languages: 0, causes: 0, format: 0 }),
      'weights',
      'at least one factor must weigh more than 0',
    ],
    ['negative priority', (j) => (j.challenges[0].priority = -2), 'challenges[0].priority', 'must be > 0'],
    [
      'maxAssignments zero',
      (j) => (j.volunteers[0].maxAssignments = 0),
      'volunteers[0].maxAssignments',
      'must be >= 1',
    ],
    [
      'unknown field in a challenge',
      (j) => Object.assign(j.challenges[0], { colour: 'red' }),
      'challenges[0].colour',
      'unknown field',
    ],
    [
      'unknown field in a skill',
      (j) => Object.assign(j.volunteers[0].skills[0], { years: 3 }),
      'volunteers[0].skills[0].years',
      'unknown field',
    ],
    ['unknown weight factor', (j) => Object.assign(j.weights, { luck: 1 }), 'weights.luck', 'unknown field'],
    [
      'priority as a string',
      (j) => (j.challenges[0].priority = '1' as never),
      'challenges[0].priority',
      'must be a number',
    ],
    ['slots not an array', (j) => (j.challenges[0].slots = 's1' as never), 'challenges[0].slots', 'must be an array'],
    ['empty id', (j) => (j.volunteers[0].id = ''), 'volunteers[0].id', 'must be a non-empty string'],
    [
      'unknown format',
      (j) => (j.challenges[0].format = 'moon'),
      'challenges[0].format',
      'must be one of onsite, remote, hybrid',
    ],
    [
      'required not a boolean',
      (j) => (j.challenges[0].skills[0].required = 'yes' as never),
      'challenges[0].skills[0].required',
      'must be a boolean',
    ],
    ['score above 1', (j) => (j.scores[0].score = 1.5), 'scores[0].score', 'must be between 0 and 1'],
    [
      'a duplicate score pair',
      (j) => j.scores.push({ ...j.scores[0], score: 0.1 }),
      'scores[1]',
      'duplicate pair (c1, v1)',
    ],
    [
      'an unknown field in a score',
      (j) => Object.assign(j.scores[0], { note: 'x' }),
      'scores[0].note',
      'unknown field',
    ],
    [
      'an unknown volunteer in a score',
      (j) => (j.scores[0].volunteer = 'v7'),
      'scores[0].volunteer',
      'unknown volunteer "v7"',
    ],
    [
      'fractional team size',
      (j) => (j.challenges[0].teamSize = { min: 1.5, max: 3 }),
      'challenges[0].teamSize.min',
      'must be an integer',
    ],
    [
      'a cycle in the skill tree',
      (j) => (j.skillTree[0].parent = 'web.wordpress' as never),
      'skillTree[0].parent',
      'creates a cycle',
    ],
  ])('rejects %s at its exact path', (_, mutate, path, why) => {
    const error = errorOf(mutate);
    expect(error.path).toBe(path);
    expect(error.message).toBe(`${path}: ${why}`);
  });

  it('rejects a document that is not an object', () => {
    expect(() => parseInstance([])).toThrow(InvalidInstanceError);
  });

  it.each(['slots', 'challenges', 'volunteers'])('requires %s, which may be empty', (key) => {
    expect(errorOf((json) => delete json[key]).path).toBe(key);
    expect(errorOf((json) => (json[key] = null)).message).toBe(`${key}: is required (an array, may be empty)`);
    expect(() => parseInstance({ slots: [], challenges: [], volunteers: [] })).not.toThrow();
  });
});

describe('firstRepeat (duplicate score pairs)', () => {
  const repeatIn = (keys: Float64Array, size: number) => firstRepeat(keys.length, (i) => keys[i], size);
  const keys = Float64Array.from([7, 3, 9, 3, 7, 1]);

  it('names the first entry, in input order, whose pair came before', () => {
    expect(repeatIn(keys, 10)).toBe(3);
    expect(repeatIn(Float64Array.from([5, 0, 2]), 10)).toBe(-1);
  });

  it('gives the same answer by sorting when the pairs would not fit a bit set', () => {
    expect(repeatIn(keys, 2 ** 40)).toBe(3);
    expect(repeatIn(Float64Array.from([2 ** 35, 0, 2 ** 35 + 1]), 2 ** 40)).toBe(-1);
    expect(repeatIn(Float64Array.from([2 ** 35 + 1, 4, 2 ** 35 + 1]), 2 ** 40)).toBe(2);
  });

  it('reports the first repeat of an instance with several', () => {
    const json = {
      slots: [{ id: 's1', capacity: 1 }],
      challenges: [{ id: 'c1', teamSize: { min: 1, max: 2 }, slots: ['s1'] }],
      volunteers: ['v1', 'v2'].map((id) => ({ id, slots: ['s1'] })),
      scores: [
        { challenge: 'c1', volunteer: 'v1', score: 0.5 },
        { challenge: 'c1', volunteer: 'v2', score: 0.5 },
        { challenge: 'c1', volunteer: 'v2', score: 0.4 },
        { challenge: 'c1', volunteer: 'v1', score: 0.3 },
      ],
    };
    expect(() => parseInstance(json)).toThrow('scores[2]: duplicate pair (c1, v2)');
  });
});
