import { parseInstance } from './index';
import { compile, coverWithin, hopeless, teamableSlots } from './model';

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

describe('coverWithin', () => {
  it('answers whether at most max people, given the sets of required skills each covers, cover them all', () => {
    // three skills, each person one of them
    expect(coverWithin([0b001, 0b010, 0b100], 3, 2)).toBe(false);
    expect(coverWithin([0b001, 0b010, 0b100], 3, 3)).toBe(true);
    expect(coverWithin([0b011, 0b100], 3, 2)).toBe(true);
    expect(coverWithin([0b011, 0b110], 4, 3)).toBe(false); // nobody covers the fourth
    expect(coverWithin([0b0011, 0b0101, 0b1010], 4, 2)).toBe(true);
    expect(coverWithin([0b0011, 0b0101, 0b0110, 0b1000], 4, 2)).toBe(false);
    expect(coverWithin([], 0, 1)).toBe(true);
  });
});

describe('teamableSlots', () => {
  it('marks the slots where enough people can come and a team of the allowed size covers every required skill', () => {
    const m = compile(
      parseInstance({
        slots: [
          { id: 's1', capacity: 1 },
          { id: 's2', capacity: 1 },
          { id: 's3', capacity: 0 },
        ],
        challenges: [
          // x and y in a team of at most 2: in s1 one person covers both, in s2 two people each one
          { id: 'pair', teamSize: { min: 1, max: 2 }, skills: ['x', 'y'].map((skill) => ({ skill, minLevel: 2 })) },
          // x, y and z in a team of at most 2: nowhere
          {
            id: 'three',
            teamSize: { min: 1, max: 2 },
            skills: ['x', 'y', 'z'].map((skill) => ({ skill, minLevel: 2 })),
          },
          // three people at least: only s2 has them
          { id: 'big', teamSize: { min: 3, max: 4 } },
        ],
        volunteers: [
          {
            id: 'both',
            slots: ['s1', 's3'],
            skills: [
              { skill: 'x', level: 3 },
              { skill: 'y', level: 2 },
            ],
          },
          { id: 'x', slots: ['s2', 's3'], skills: [{ skill: 'x', level: 2 }] },
          { id: 'y', slots: ['s2', 's3'], skills: [{ skill: 'y', level: 4 }] },
          { id: 'z', slots: ['s2', 's3'], skills: [{ skill: 'z', level: 2 }] },
        ],
      }),
    );
    const teamable = teamableSlots(m);
    const at = (c: number) => [0, 1, 2].map((s) => teamable[c * m.S + s]);
    expect(at(0)).toEqual([1, 1, 0]); // s3 has no table
    expect(at(1)).toEqual([0, 0, 0]);
    expect(at(2)).toEqual([0, 1, 0]);
    expect([0, 1, 2].map((c) => hopeless(m, c))).toEqual([false, true, false]);
  });
});
