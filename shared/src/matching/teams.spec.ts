import { Budget } from './budget';
import { parseInstance } from './index';
import { compile } from './model';
import { resolvePins } from './pins';
import { Plan } from './plan';
import { serve } from './serve';
import { place, refill } from './teams';
import { needs, skilled } from '../../test/instances';

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

describe('refill, where volunteers are scarce', () => {
  it('offers every volunteer seats, also those no team counts among its best candidates', () => {
    // 40 teams of 1..3, 100 volunteers. Every team ranks the volunteers alike (by level, then by position) and the
    // teams offer their best 30 free candidates only: without offers of their own, volunteers 31–100 would stay idle
    // although 120 seats want them.
    const m = compile(
      parseInstance({
        slots: [{ id: 's1', capacity: 40 }],
        challenges: Array.from({ length: 40 }, (_, i) => ({
          id: `c${i}`,
          teamSize: { min: 1, max: 3 },
          slots: ['s1'],
          skills: [{ skill: 'web', minLevel: 1, weight: 1 }],
        })),
        volunteers: Array.from({ length: 100 }, (_, i) => volunteer(`v${i}`, 'web', 1 + Math.floor((99 - i) / 25))),
      }),
    );
    const pins = resolvePins(m);
    const plan = refill(serve(m, pins, new Budget(Infinity, Infinity)), pins.pairs, new Budget(Infinity, Infinity));
    let seated = 0;
    for (let c = 0; c < m.C; c++) {
      expect(plan.valid(c)).toBe(true);
      seated += plan.team[c].length;
    }
    expect(seated).toBe(100);
  });
});

describe('place', () => {
  const free = () => new Budget(Infinity, Infinity);

  it('deals the coverers of every opened team at once, so that the only one of a skill goes where only they fit', () => {
    // v1 covers web and data, v2 only web: c1 (web) must take v2 so that c2 (data) can have v1
    const m = compile(
      parseInstance({
        slots: [{ id: 's1', capacity: 2 }],
        challenges: [needs('c1', 'web'), needs('c2', 'data')],
        volunteers: [skilled('v1', ['web', 'data']), skilled('v2', ['web'])],
      }),
    );
    const opened = new Plan(m);
    opened.open(0, 0);
    opened.open(1, 0);
    const placed = place(opened, resolvePins(m).pairs, free())!;
    expect(placed.team[0]).toEqual([1]);
    expect(placed.team[1]).toEqual([0]);
    expect(placed.valid(0) && placed.valid(1)).toBe(true);
    // the plan it was given is left as it was
    expect(opened.team[0]).toEqual([]);
  });

  it('closes the teams it cannot complete, fills the others up to their maximum and keeps the pins', () => {
    // nobody covers legal; c2 keeps its pinned v1 and may take one more
    const m = compile(
      parseInstance({
        slots: [{ id: 's1', capacity: 3 }],
        challenges: [needs('c1', 'legal'), needs('c2', 'web', { max: 2 })],
        volunteers: [skilled('v1', ['web']), skilled('v2', ['web'])],
        pins: [{ challenge: 'c2', volunteer: 'v1' }],
      }),
    );
    const pins = resolvePins(m);
    const opened = new Plan(m);
    opened.open(0, 0);
    opened.open(1, 0);
    opened.add(1, 0);
    const placed = place(opened, pins.pairs, free())!;
    expect(placed.slotOf[0]).toBe(-1);
    expect(placed.used[0]).toBe(1);
    expect([...placed.team[1]].sort()).toEqual([0, 1]);
  });

  it('deals the unpinned members of a pinned team again', () => {
    // c1 is pinned to v1 and came with v2, whom c2 (data) needs; v3 can take c1's second seat
    const m = compile(
      parseInstance({
        slots: [{ id: 's1', capacity: 2 }],
        challenges: [{ ...needs('c1', 'web', { max: 2 }), teamSize: { min: 2, max: 2 } }, needs('c2', 'data')],
        volunteers: [skilled('v1', ['web']), skilled('v2', ['web', 'data']), skilled('v3', ['web'])],
        pins: [{ challenge: 'c1', volunteer: 'v1' }],
      }),
    );
    const pins = resolvePins(m);
    const opened = new Plan(m);
    opened.open(0, 0);
    opened.add(0, 0);
    opened.add(0, 1);
    opened.open(1, 0);
    const placed = place(opened, pins.pairs, free())!;
    expect([...placed.team[0]].sort()).toEqual([0, 2]);
    expect(placed.team[1]).toEqual([1]);
  });

  it('seats the members of a team it closed where seats are left free', () => {
    // c1 needs two people and only A covers x; the flow gives A to c1, c1 stays short and is closed: A joins c2
    const m = compile(
      parseInstance({
        slots: [{ id: 's1', capacity: 2 }],
        challenges: [
          { ...needs('c1', 'x'), teamSize: { min: 2, max: 2 } },
          { ...needs('c2', 'y'), teamSize: { min: 1, max: 2 } },
        ],
        volunteers: [skilled('A', ['x', 'y']), skilled('B', ['y'])],
      }),
    );
    const opened = new Plan(m);
    opened.open(0, 0);
    opened.open(1, 0);
    const placed = place(opened, resolvePins(m).pairs, free())!;
    expect(placed.slotOf[0]).toBe(-1);
    expect([...placed.team[1]].sort()).toEqual([0, 1]);
  });
});
