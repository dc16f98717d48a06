import { Budget } from './budget';
import { exact } from './exact';
import { compile } from './model';
import { parseInstance } from './parse';
import { resolvePins } from './pins';
import { serve } from './serve';
import { solve } from './solve';
import { refill } from './teams';
import { generatePreset } from '../matching-verify/generator';

describe('exact', () => {
  // The served priority is proven by the first LP here, whose rounding leaves the score 0.3 below its bound: only the
  // last MIP closes that gap (to the optimum, 110.82).
  const m = compile(parseInstance(generatePreset('nachtschicht-60x200', 13)));
  const pins = resolvePins(m);
  const free = () => new Budget(Infinity, Date.now() + 60_000);
  const start = refill(serve(m, pins, free()), pins.pairs, free());

  it('closes the gap with its last MIP when the root fits the time given (twice the default limit, as solve gives)', async () => {
    const { plan, bound } = await exact(m, start, pins, free(), 1, 2 * 950);
    expect(plan.totalScore()).toBeCloseTo(110.82, 2);
    expect(bound).toBeCloseTo(plan.totalScore(), 6);
  });

  it('keeps the relaxation bound and the best plan when the last MIP would not fit', async () => {
    const { plan, bound } = await exact(m, start, pins, free(), 1, 10);
    expect(plan.servedPriority()).toBe(start.servedPriority());
    expect(plan.totalScore()).toBeGreaterThanOrEqual(start.totalScore());
    expect(plan.totalScore()).toBeLessThan(110.82);
    expect(bound).toBeGreaterThan(110.82);
    expect(bound).toBeLessThan(110.87);
  });

  it('dives first where the plan is far from the optimum, so that the last MIP proves it in time', async () => {
    // The heuristic's plan and the relaxation's rounding are 0.37% below its bound here. Without the dive the last MIP
    // kept 8 000 columns and took 2.8 s; in a process of its own that met the solver's brake (3.35 s), and the plan
    // stayed 0.31% below the optimum, unproven.
    const { metrics } = await solve(parseInstance(generatePreset('nachtschicht-60x200', 16)));
    expect(metrics.totalScore).toBeCloseTo(133.014, 3);
    expect(metrics.upperBound).toBe(metrics.totalScore);
  });
});
