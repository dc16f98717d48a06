import { explainAnyPair } from './pair-explain';
import { parseInstance } from './parse';
import { solve } from './solve';

const instance = parseInstance({
  slots: [
    { id: 's1', capacity: 2 },
    { id: 's2', capacity: 1 },
  ],
  challenges: [
    {
      id: 'c1',
      languages: ['de'],
      teamSize: { min: 1, max: 2 },
      skills: [
        { skill: 'web.wordpress', minLevel: 2 },
        { skill: 'design', minLevel: 1, required: false },
      ],
      causes: ['education'],
    },
    { id: 'c2', slots: ['s2'], format: 'remote', skills: [{ skill: 'data', minLevel: 3 }] },
  ],
  volunteers: [
    { id: 'v1', languages: ['de'], skills: [{ skill: 'web.wordpress', level: 4 }], causes: ['education'] },
    { id: 'v2', slots: ['s1'], languages: ['en'], formats: ['remote'], skills: [{ skill: 'data', level: 3 }] },
    { id: 'v3', languages: ['de', 'en'], skills: [{ skill: 'data', level: 4 }] },
  ],
  skillTree: [
    { id: 'web', parent: null },
    { id: 'web.wordpress', parent: 'web' },
    { id: 'data', parent: null },
    { id: 'design', parent: null },
  ],
  weights: { causes: 0.3 },
});

describe('explainAnyPair', () => {
  it('gives the numbers the solver gives for the pairs it assigned', async () => {
    const result = await solve(instance, { explain: true });
    expect(result.assignments.length).toBeGreaterThan(0);
    for (const assignment of result.assignments) {
      const pair = explainAnyPair(instance, assignment.challenge, assignment.volunteer)!;
      expect(pair.score).toBeCloseTo(assignment.score, 12);
      expect(pair.explanation).toEqual(assignment.explanation);
    }
  });

  it('explains a pair the solver could not assign, with weighted values adding up to the score', () => {
    // v2 speaks no German and is not available in s2: incompatible with both challenges, yet it has a score.
    const pair = explainAnyPair(instance, 'c1', 'v2')!;
    const sum = pair.explanation.reduce((total, factor) => total + factor.value * factor.weight, 0);
    expect(pair.score).toBeCloseTo(sum, 12);
    expect(pair.explanation.find((factor) => factor.factor === 'skills')!.value).toBe(0);
    expect(pair.explanation.map((factor) => factor.factor)).toEqual([
      'skills',
      'niceToHave',
      'languages',
      'causes',
      'format',
    ]);
  });

  it('returns null for unknown ids', () => {
    expect(explainAnyPair(instance, 'c9', 'v1')).toBeNull();
    expect(explainAnyPair(instance, 'c1', 'v9')).toBeNull();
  });
});
