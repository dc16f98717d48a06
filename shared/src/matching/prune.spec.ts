import fc from 'fast-check';
import { parseInstance } from './index';
import { compile } from './model';
import { bin, BinSorter } from './prune';

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

describe('bin order (national size: the bound scans each challenge’s pairs so)', () => {
  it('orders a stretch of pairs by score bin, best first, stably, and leaves the rest as it was', () => {
    fc.assert(
      fc.property(
        fc.array(score, { maxLength: 300 }),
        fc.nat({ max: 20 }),
        fc.nat({ max: 20 }),
        (pairs, before, after) => {
          const n = before + pairs.length + after;
          const pairV = Int32Array.from({ length: n }, (_, i) => (i < before ? -1 - i : i - before));
          const pairS = new Float64Array(n).fill(0.5);
          pairs.forEach((s, i) => (pairS[before + i] = s));
          const expected = pairs.map((s, i) => ({ v: i, s })).sort((a, b) => bin(b.s) - bin(a.s) || a.v - b.v);
          const sorter = new BinSorter();
          // a first, longer use makes its spare arrays longer than the stretch
          sorter.sort(0, n, Int32Array.from(pairV), Float64Array.from(pairS));
          sorter.sort(before, before + pairs.length, pairV, pairS);
          expect(Array.from(pairV.subarray(before, before + pairs.length))).toEqual(expected.map((e) => e.v));
          expect(Array.from(pairS.subarray(before, before + pairs.length))).toEqual(expected.map((e) => e.s));
          for (let i = 0; i < before; i++) expect(pairV[i]).toBe(-1 - i);
          for (let i = before + pairs.length; i < n; i++) expect([pairV[i], pairS[i]]).toEqual([i - before, 0.5]);
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });
});
