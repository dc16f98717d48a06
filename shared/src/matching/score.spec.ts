import fc from 'fast-check';
import { compile } from './model';
import { parseInstance } from './parse';
import { DEFAULT_WEIGHTS, effectiveWeights, factorValues, levelCredit, weightedScore } from './score';
import { FORMATS, SCORE_FACTORS } from './types';

/** Score of the single pair (c1, v1) with the volunteer holding `level` in the wanted skill. */
function pairScore(level: number | null, extra: Record<string, unknown> = {}): number {
  const m = compile(
    parseInstance({
      slots: [{ id: 's1', capacity: 1 }],
      challenges: [
        {
          id: 'c1',
          languages: ['de'],
          skills: [
            { skill: 'data', minLevel: 2, weight: 2 },
            { skill: 'design', minLevel: 3, required: false },
          ],
          causes: ['health'],
        },
      ],
      volunteers: [
        {
          id: 'v1',
          languages: ['de'],
          skills:
            level === null
              ? []
              : [
                  { skill: 'data', level },
                  { skill: 'design', level },
                ],
          causes: ['health'],
        },
      ],
      ...extra,
    }),
  );
  return m.score(0, 0);
}

describe('pair score', () => {
  it('has default weights that add up to 1 and cover every factor', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual([...SCORE_FACTORS].sort());
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('normalises overridden weights so scores stay in [0, 1]', () => {
    const w = effectiveWeights({ skills: 3, causes: 1 });
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w.skills / w.causes).toBeCloseTo(3, 12);
    expect(pairScore(4, { weights: { skills: 10 } })).toBeLessThanOrEqual(1);
  });

  it('keeps a pair that fits in every factor at 1 where the weights add up to a hair above 1', () => {
    // {skills: 2}: 0.8 + 0.06 + 0.04 + 0.06 + 0.04 rounds to 1.0000000000000002
    const w = effectiveWeights({ skills: 2 });
    expect(SCORE_FACTORS.reduce((sum, f) => sum + w[f], 0)).toBeGreaterThan(1);
    const m = compile(
      parseInstance({
        slots: [{ id: 's1', capacity: 1 }],
        challenges: [{ id: 'c1', causes: ['health'] }],
        volunteers: [{ id: 'v1', causes: ['health'] }],
        weights: { skills: 2 },
      }),
    );
    expect(m.score(0, 0)).toBe(1);
    expect(weightedScore(Float64Array.from([1, 1, 1, 1, 1]), Float64Array.from(SCORE_FACTORS.map((f) => w[f])))).toBe(
      1,
    );
  });

  it('keeps given weights that add up to at most 1; the factors left out share the rest', () => {
    const w = effectiveWeights({ skills: 0.6, languages: 0.1, causes: 0.2 });
    expect([w.skills, w.languages, w.causes]).toEqual([0.6, 0.1, 0.2]);
    // the rest (0.1) in the proportions of the defaults (0.15 : 0.1)
    expect(w.niceToHave).toBeCloseTo(0.06, 12);
    expect(w.format).toBeCloseTo(0.04, 12);
    // a factor set to 0 drops out, the others keep their defaults' proportions
    const noCauses = effectiveWeights({ causes: 0 });
    expect(noCauses.causes).toBe(0);
    expect(noCauses.skills / noCauses.format).toBeCloseTo(5, 12);
    expect(Object.values(noCauses).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('never lowers a pair score when a wanted skill level rises', () => {
    for (let minLevel = 1; minLevel <= 4; minLevel++) {
      for (let level = 0; level < 4; level++)
        expect(levelCredit(level + 1, minLevel)).toBeGreaterThanOrEqual(levelCredit(level, minLevel));
    }
    const scores = [null, 1, 2, 3, 4].map((level) => pairScore(level));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1]);
    expect(scores[4]).toBeGreaterThan(scores[0]);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
  });

  it('gives extra credit above minLevel only up to a cap', () => {
    expect(levelCredit(2, 2)).toBe(0.75);
    expect(levelCredit(3, 2)).toBeGreaterThan(levelCredit(2, 2));
    expect(levelCredit(4, 1)).toBe(1);
    expect(levelCredit(4, 2)).toBe(levelCredit(4, 1));
    expect(levelCredit(1, 3)).toBeLessThan(levelCredit(3, 3));
  });

  it('uses the given scores instead of its own', () => {
    expect(pairScore(1, { scores: [{ challenge: 'c1', volunteer: 'v1', score: 0.42 }] })).toBe(0.42);
  });

  it('scores pairs in bulk (compiling) exactly as pair by pair (explanations), to the last bit', () => {
    const skills = ['web', 'web.wp', 'web.wp.themes', 'data', 'data.sql', 'security'];
    const tree = [
      { id: 'web', parent: null },
      { id: 'data', parent: null },
      { id: 'security', parent: null },
      { id: 'web.wp', parent: 'web' },
      { id: 'web.wp.themes', parent: 'web.wp' },
      { id: 'data.sql', parent: 'data' },
    ];
    const some = <T>(items: readonly T[]) => fc.uniqueArray(fc.constantFrom(...items), { maxLength: items.length });
    const challenge = fc.record({
      skills: fc.uniqueArray(
        fc.record({
          skill: fc.constantFrom(...skills),
          minLevel: fc.integer({ min: 1, max: 4 }),
          required: fc.boolean(),
          weight: fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 5, noNaN: true })),
        }),
        { maxLength: 5, selector: (r) => r.skill },
      ),
      languages: some(['de', 'en', 'tr']),
      causes: some(['health', 'climate', 'youth']),
      format: fc.constantFrom(...FORMATS),
    });
    const volunteer = fc.record({
      skills: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...skills), level: fc.integer({ min: 1, max: 4 }) }), {
        maxLength: 4,
        selector: (s) => s.skill,
      }),
      languages: some(['de', 'en', 'tr']),
      causes: some(['health', 'climate', 'youth', 'arts']),
      formats: fc.uniqueArray(fc.constantFrom(...FORMATS), { minLength: 1, maxLength: 3 }),
    });
    const weights = fc.option(
      fc.dictionary(fc.constantFrom(...SCORE_FACTORS), fc.double({ min: 0, max: 2, noNaN: true }), { minKeys: 1 }),
      { nil: undefined },
    );
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(challenge, { minLength: 1, maxLength: 6 }),
        fc.array(volunteer, { minLength: 1, maxLength: 12 }),
        weights,
        (challenges, volunteers, w) => {
          fc.pre(!w || Object.values(w).some((x) => x > 0));
          const m = compile(
            parseInstance({
              slots: [{ id: 's1', capacity: 10 }],
              skillTree: tree,
              challenges: challenges.map((c, i) => ({ id: `c${i}`, ...c })),
              volunteers: volunteers.map((v, i) => ({ id: `v${i}`, ...v })),
              ...(w ? { weights: w } : {}),
            }),
          );
          const values = new Float64Array(SCORE_FACTORS.length);
          for (let c = 0; c < m.C; c++)
            for (const v of m.candidates[c]) {
              factorValues(m.scored[c], m.volunteers, v, values);
              expect(m.score(c, v)).toBe(weightedScore(values, m.weights));
              compared++;
            }
        },
      ),
      { numRuns: 300 },
    );
    // (formats and languages leave some pairs ineligible, far from all of them)
    expect(compared).toBeGreaterThan(1000);
  });
});
