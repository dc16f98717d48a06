import fc from 'fast-check';
import { parseInstance } from './index';
import { compile } from './model';

/** Scores that stress the sort: ties, the ends of [0, 1], a coarse grid and neighbours closer than its 16-bit key. */
const score = fc.oneof(
  fc.constantFrom(0, 1, 0.5, 1 - 2 ** -53, 2 ** -17, 0.25 + 2 ** -60),
  fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

describe('candidate order', () => {
  it('lists every challenge’s candidates by score, best first, then by volunteer, whatever order scores come in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(score, { minLength: 240, maxLength: 240 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 240, maxLength: 240 }),
        (C, V, values, shuffle) => {
          const pairs = [];
          for (let c = 0; c < C; c++)
            for (let v = 0; v < V; v++)
              pairs.push({ challenge: `c${c}`, volunteer: `v${v}`, score: values[(c * V + v) % 240] });
          // the given scores in a shuffled order
          const order = pairs.map((p, i) => ({ p, key: shuffle[i % 240] * 1000 + i })).sort((a, b) => a.key - b.key);
          const m = compile(
            parseInstance({
              slots: [{ id: 's1', capacity: C }],
              challenges: Array.from({ length: C }, (_, c) => ({
                id: `c${c}`,
                teamSize: { min: 1, max: 2 },
                slots: ['s1'],
              })),
              volunteers: Array.from({ length: V }, (_, v) => ({
                id: `v${v}`,
                slots: ['s1'],
                languages: ['de'],
                formats: ['onsite'],
              })),
              scores: order.map((x) => x.p),
            }),
          );
          for (let c = 0; c < C; c++) {
            const cands = m.candidates[c];
            const scores = m.candidateScores[c];
            expect(cands.length).toBe(V);
            for (let i = 1; i < cands.length; i++) {
              const inOrder = scores[i - 1] > scores[i] || (scores[i - 1] === scores[i] && cands[i - 1] < cands[i]);
              if (!inOrder)
                throw new Error(`challenge ${c}: ${cands[i - 1]}@${scores[i - 1]} before ${cands[i]}@${scores[i]}`);
            }
            for (let i = 0; i < cands.length; i++) expect(m.score(c, cands[i])).toBe(scores[i]);
          }
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
