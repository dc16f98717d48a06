import { compile } from './model';
import { parseInstance } from './parse';
import { DEFAULT_WEIGHTS, effectiveWeights, levelCredit } from './score';
import { SCORE_FACTORS } from './types';

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
});
