import type { InstanceJson, ResultJson } from './shapes';
import { assertValid, type Rule, validate } from './validator';

function instance(): InstanceJson {
  return {
    slots: [
      { id: 's1', capacity: 1 },
      { id: 's2', capacity: 2 },
    ],
    skillTree: [
      { id: 'web', parent: null },
      { id: 'web.wordpress', parent: 'web' },
      { id: 'data', parent: null },
      { id: 'data.excel', parent: 'data' },
    ],
    challenges: [
      {
        id: 'c1',
        priority: 2,
        teamSize: { min: 1, max: 2 },
        slots: ['s1', 's2'],
        languages: ['de'],
        format: 'onsite',
        // covered by v1 through the tree: web.wordpress at 3 covers web at 2
        skills: [{ skill: 'web', minLevel: 2, required: true, weight: 1 }],
      },
      {
        id: 'c2',
        teamSize: { min: 2, max: 3 },
        slots: ['s2'],
        languages: [],
        format: 'remote',
        skills: [
          { skill: 'data.excel', minLevel: 3, required: true, weight: 2 },
          { skill: 'web.wordpress', minLevel: 1, required: false, weight: 1 },
        ],
      },
      { id: 'c3', teamSize: { min: 1, max: 1 }, slots: ['s1'], languages: ['tr'], format: 'hybrid', skills: [] },
    ],
    volunteers: [
      {
        id: 'v1',
        slots: ['s1', 's2'],
        maxAssignments: 2,
        languages: ['de', 'en'],
        formats: ['onsite', 'remote'],
        skills: [{ skill: 'web.wordpress', level: 3 }],
      },
      { id: 'v2', slots: ['s2'], languages: ['de'], formats: ['remote'], skills: [{ skill: 'data.excel', level: 4 }] },
      {
        id: 'v3',
        slots: ['s2'],
        languages: ['en'],
        formats: ['remote', 'onsite'],
        skills: [{ skill: 'data', level: 2 }],
      },
      { id: 'v4', slots: ['s1'], languages: ['tr'], formats: ['onsite'], skills: [] },
    ],
    pins: [{ challenge: 'c1', volunteer: 'v1' }],
    exclusions: [{ challenge: 'c2', volunteer: 'v3' }],
  };
}

function result(): ResultJson {
  return {
    assignments: [
      { challenge: 'c1', volunteer: 'v1', slot: 's1', score: 0.8 },
      { challenge: 'c2', volunteer: 'v2', slot: 's2', score: 0.9 },
      { challenge: 'c2', volunteer: 'v1', slot: 's2', score: 0.5 },
    ],
    unserved: [
      { challenge: 'c3', code: 'NO_COMPATIBLE_VOLUNTEER', params: {}, reason: 'nobody accepts the hybrid format' },
    ],
    metrics: { served: 2, servedPriority: 3, totalScore: 2.2, upperBound: 2.5, millis: 1 },
  };
}

const rules = (inst: InstanceJson, res: ResultJson): Rule[] => validate(inst, res).map((v) => v.rule);

describe('validate', () => {
  it('accepts a valid result, skill-tree coverage included', () => {
    expect(validate(instance(), result())).toEqual([]);
    expect(() => assertValid(instance(), result())).not.toThrow();
  });

  // Each case breaks one rule of MATCHING.md on an otherwise valid pair (instance, result).
  const cases: [string, Rule, (inst: InstanceJson, res: ResultJson) => void][] = [
    ['slot not among the challenge slots', 1, (i) => (i.challenges[0].slots = ['s2'])],
    ['slot not among the volunteer slots', 1, (i) => (i.volunteers[0].slots = ['s2'])],
    [
      'team split over two slots',
      1,
      (i, r) => {
        i.volunteers[1].slots = ['s1', 's2'];
        i.challenges[1].slots = ['s1', 's2'];
        r.assignments[1].slot = 's1';
      },
    ],
    ['more than maxAssignments', 2, (i) => (i.volunteers[0].maxAssignments = 1)],
    [
      'two assignments in one slot',
      2,
      (i, r) => {
        i.challenges[0].slots = ['s2'];
        r.assignments[0].slot = 's2';
      },
    ],
    ['same pair twice', 2, (_, r) => r.assignments.push({ ...r.assignments[1] })],
    ['slot capacity', 3, (i) => (i.slots[0].capacity = 0)],
    ['language', 4, (i) => (i.volunteers[0].languages = ['en'])],
    ['format', 5, (i) => (i.volunteers[1].formats = ['onsite'])],
    ['team below min', 6, (_, r) => r.assignments.splice(2, 1)],
    ['team above max', 6, (i) => (i.challenges[1].teamSize.max = 1)],
    ['required skill below minLevel', 6, (i) => (i.volunteers[1].skills[0].level = 2)],
    ['ancestor skill without the tree', 6, (i) => delete i.skillTree],
    ['a parent does not cover its child', 6, (i) => (i.volunteers[1].skills[0].skill = 'data')],
    ['challenge neither served nor unserved', 7, (_, r) => r.unserved.pop()],
    ['served and unserved', 7, (_, r) => r.unserved.push({ challenge: 'c1', code: 'X', params: {}, reason: 'x' })],
    ['unserved without code', 7, (_, r) => (r.unserved[0].code = '')],
    ['unserved without params', 7, (_, r) => (r.unserved[0].params = undefined as never)],
    ['unserved without reason', 7, (_, r) => (r.unserved[0].reason = ' ')],
    ['pin missing', 8, (i) => i.pins!.push({ challenge: 'c2', volunteer: 'v3' })],
    ['exclusion assigned', 8, (i) => i.exclusions!.push({ challenge: 'c2', volunteer: 'v2' })],
    [
      'pair not in scores',
      9,
      (i) =>
        (i.scores = [
          { challenge: 'c1', volunteer: 'v1', score: 0.8 },
          { challenge: 'c2', volunteer: 'v2', score: 0.9 },
        ]),
    ],
    [
      'score differs from the given one',
      9,
      (i) =>
        (i.scores = [
          { challenge: 'c1', volunteer: 'v1', score: 0.8 },
          { challenge: 'c2', volunteer: 'v2', score: 0.9 },
          { challenge: 'c2', volunteer: 'v1', score: 0.4 },
        ]),
    ],
    [
      'engine score above 1',
      'score',
      (_, r) => {
        r.assignments[0].score = 1.2;
        r.metrics = { ...r.metrics, totalScore: 2.6, upperBound: 3 };
      },
    ],
    ['served count', 'metrics', (_, r) => (r.metrics.served = 3)],
    ['served priority', 'metrics', (_, r) => (r.metrics.servedPriority = 2)],
    ['total score', 'metrics', (_, r) => (r.metrics.totalScore = 2.3)],
    ['upper bound below total', 'metrics', (_, r) => (r.metrics.upperBound = 2.1)],
    [
      'explanation that does not add up',
      'explanation',
      (_, r) => (r.assignments[0].explanation = [{ factor: 'skills', value: 1, weight: 0.6 }]),
    ],
    ['unknown volunteer', 'shape', (_, r) => (r.assignments[0].volunteer = 'v9')],
  ];

  it.each(cases)('catches: %s (rule %s)', (_, rule, breakIt) => {
    const inst = instance();
    const res = result();
    breakIt(inst, res);
    expect(rules(inst, res)).toContain(rule);
    expect(() => assertValid(inst, res)).toThrow(/invalid matching result/);
  });

  it('accepts explanations whose weighted values add up to the score', () => {
    const res = result();
    res.assignments[0].explanation = [
      { factor: 'skills', value: 1, weight: 0.6, detail: 'web at 3' },
      { factor: 'languages', value: 1, weight: 0.2 },
    ];
    expect(validate(instance(), res)).toEqual([]);
  });

  it('with explain, requires an explanation on every assignment', () => {
    expect(rules(instance(), result())).toEqual([]);
    expect(validate(instance(), result(), { explain: true }).map((v) => v.rule)).toEqual([
      'explanation',
      'explanation',
      'explanation',
    ]);
  });

  it('rejects a result without its parts', () => {
    expect(rules(instance(), {} as ResultJson)).toEqual(['shape']);
  });
});
