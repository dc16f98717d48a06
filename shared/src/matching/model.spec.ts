import { parseInstance } from './index';
import { compile } from './model';

/**
 * Beyond a million possible pairs, compile makes room for as many eligible pairs as a sample of the challenges
 * suggests (every 16th). Where the sample is far off, in either direction, every eligible pair must still be there.
 */
describe('pair collection beyond a million possible pairs', () => {
  const C = 48;
  const V = 25_000;
  /** An instance where the challenges of `odd(c)` want Turkish, which nobody speaks, and the others no language. */
  const instance = (odd: (c: number) => boolean) =>
    parseInstance({
      slots: [{ id: 's1', capacity: C }],
      challenges: Array.from({ length: C }, (_, c) => ({
        id: `c${c}`,
        teamSize: { min: 1, max: 2 },
        slots: ['s1'],
        languages: odd(c) ? ['tr'] : [],
      })),
      volunteers: Array.from({ length: V }, (_, v) => ({
        id: `v${v}`,
        slots: ['s1'],
        languages: [v % 2 === 0 ? 'de' : 'en'],
        formats: ['onsite'],
      })),
    });
  const eligibleOf = (m: ReturnType<typeof compile>, c: number) => {
    const pairs = m.allPairs ?? m.candidatePairs;
    return pairs.starts[c + 1] - pairs.starts[c];
  };

  it('keeps every pair where the sampled challenges have none (room too small: the arrays grow)', () => {
    const m = compile(instance((c) => c % 16 === 0));
    // 45 challenges × 25 000 volunteers: beyond the pruning threshold, so all of them are in allPairs
    expect(m.pruned).toBe(true);
    for (let c = 0; c < C; c++) expect(eligibleOf(m, c)).toBe(c % 16 === 0 ? 0 : V);
  });

  it('keeps exactly the eligible pairs where only the sampled challenges have any (room too large)', () => {
    const m = compile(instance((c) => c % 16 !== 0));
    expect(m.pruned).toBe(false);
    for (let c = 0; c < C; c++) {
      expect(eligibleOf(m, c)).toBe(c % 16 === 0 ? V : 0);
      expect(m.candidates[c].length).toBe(c % 16 === 0 ? V : 0);
    }
  });
});
