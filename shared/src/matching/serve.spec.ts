import { Budget } from './budget';
import { parseInstance } from './index';
import { compile } from './model';
import { resolvePins } from './pins';
import { restore, serve } from './serve';

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
