import { Budget } from './budget';
import { parseInstance } from './index';
import { compile } from './model';
import { resolvePins } from './pins';
import { serve } from './serve';
import { refill } from './teams';

const volunteer = (id: string, skill: string, level: number) => ({
  id,
  slots: ['s1'],
  languages: ['de'],
  formats: ['onsite'],
  skills: [{ skill, level }],
});

describe('refill', () => {
  it('prices pinned volunteers at 0, the others at most at what the teams would lose without them', () => {
    const m = compile(
      parseInstance({
        slots: [{ id: 's1', capacity: 2 }],
        challenges: ['c1', 'c2'].map((id) => ({
          id,
          teamSize: { min: 1, max: 1 },
          slots: ['s1'],
          skills: [{ skill: 'web', minLevel: 1, weight: 1 }],
        })),
        // v1 is pinned to c1 although v3, the weakest, could take that seat; v2 is the best one left for c2
        volunteers: [volunteer('v1', 'web', 4), volunteer('v2', 'web', 3), volunteer('v3', 'web', 1)],
        pins: [{ challenge: 'c1', volunteer: 'v1' }],
      }),
    );
    const pins = resolvePins(m);
    const plan = refill(serve(m, pins, new Budget(Infinity, Infinity)), pins.pairs, new Budget(Infinity, Infinity));
    expect(plan.team[0]).toEqual([0]);
    expect(plan.team[1]).toEqual([1]);
    // the pin holds v1 whatever the flow does: its dual says nothing about v1 (it used to be priced at its score)
    expect(plan.prices?.[0]).toBe(0);
    // without v2, c2 would take v3: v2 is worth at most the difference of their scores, and v3, left free, nothing
    expect(plan.prices?.[1]).toBeGreaterThanOrEqual(0);
    expect(plan.prices?.[1]).toBeLessThanOrEqual(m.score(1, 1) - m.score(1, 2) + 1e-4);
    expect(plan.prices?.[2]).toBe(0);
  });
});
