import { Budget } from './budget';
import { parseInstance } from './index';
import { compile } from './model';
import { resolvePins } from './pins';
import { Plan } from './plan';
import { restore, roundVotes, serve } from './serve';

describe('restore', () => {
  it('serves again what the better plan served, moving another team to a slot that has room', () => {
    // One table per slot. c1 can only run in s1; c2 can run in both. A plan that put c2 into s1 leaves c1 out.
    const m = compile(
      parseInstance({
        slots: [
          { id: 's1', capacity: 1 },
          { id: 's2', capacity: 1 },
        ],
        challenges: [
          { id: 'c1', teamSize: { min: 1, max: 1 }, slots: ['s1'] },
          { id: 'c2', teamSize: { min: 1, max: 1 }, slots: ['s1', 's2'] },
        ],
        volunteers: ['v1', 'v2'].map((id) => ({ id, slots: ['s1', 's2'], languages: ['de'], formats: ['onsite'] })),
      }),
    );
    const pins = resolvePins(m);
    const best = serve(m, pins, new Budget(Infinity, Infinity));
    expect([best.slotOf[0], best.slotOf[1]]).toEqual([0, 1]);
    const worse = best.clone();
    worse.close(0);
    worse.close(1);
    worse.open(1, 0);
    worse.add(1, 0);
    const again = restore(worse, best, pins);
    expect(again.servedPriority()).toBe(best.servedPriority());
    expect([again.slotOf[0], again.slotOf[1]]).toEqual([0, 1]);
    expect(again.valid(0) && again.valid(1)).toBe(true);
  });
});

describe('roundVotes', () => {
  // Two slots with one table each; every challenge could run in either.
  const model = (challenges: number) =>
    compile(
      parseInstance({
        slots: [
          { id: 's1', capacity: 1 },
          { id: 's2', capacity: 1 },
        ],
        challenges: Array.from({ length: challenges }, (_, i) => ({ id: `c${i + 1}`, teamSize: { min: 1, max: 1 } })),
        volunteers: ['v1', 'v2', 'v3'].map((id) => ({ id, languages: ['de'], formats: ['onsite'] })),
      }),
    );
  /** The slot each challenge gets from the rounding (2: not to run), from votes given per challenge as [s1, s2, none]. */
  const rounded = (p: Plan, votes: number[][]) => {
    const added = roundVotes(p, new Float64Array(votes.flat()), 10, new Budget(Infinity, Infinity));
    return votes.map((v, c) => [0, 1, 2].find((s) => added[c * 3 + s] - v[s] === 10));
  };

  it('gives the contested table to the challenge with no other choice, where a majority vote would not', () => {
    // c1 picked s1 in 6 of 10 iterations and s2 in 4; c2 always picked s1.
    expect(
      rounded(new Plan(model(2)), [
        [6, 4, 0],
        [10, 0, 0],
      ]),
    ).toEqual([1, 0]);
  });

  it('fills free tables, with the challenges the votes favour, and leaves the rest out', () => {
    // c1 mostly did not run; c3 ran in s1 a little more often than c2 did.
    expect(
      rounded(new Plan(model(3)), [
        [2, 0, 8],
        [3, 0, 7],
        [4, 0, 6],
      ]),
    ).toEqual([2, 1, 0]);
  });

  it('leaves the tables already taken in the plan to their challenges', () => {
    const m = model(2);
    const p = new Plan(m);
    p.open(1, 0);
    // c2 holds s1's table; c1 goes to s2 although it voted for s1, and c2 gets no second slot.
    expect(
      rounded(p, [
        [10, 0, 0],
        [10, 0, 0],
      ]),
    ).toEqual([1, undefined]);
  });
});
