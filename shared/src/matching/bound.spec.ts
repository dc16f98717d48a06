import { Lagrangian } from './bound';
import { Budget, PAIR_READS_PER_UNIT, SLOT_LOOKS_PER_UNIT, UNITS_PER_SLOT } from './budget';
import { compile } from './model';
import { parseInstance } from './parse';
import { resolvePins } from './pins';
import { serve } from './serve';
import { solve } from './solve';
import { refill } from './teams';
import fc from 'fast-check';
import { engineScorer } from '../matching-verify/engine-scorer';
import { generateInstance, generatePreset } from '../matching-verify/generator';
import { solveReference } from '../matching-verify/reference-mip';
import type { InstanceJson } from '../matching-verify/shapes';

describe('Lagrangian', () => {
  const instance = parseInstance(generatePreset('hackathon-300x1000', 1));
  const m = compile(instance);
  const pins = resolvePins(m);
  const free = () => new Budget(Infinity, Infinity);
  const plan = refill(serve(m, pins, free()), pins.pairs, free());
  /** Iterates until the multipliers cannot move any more; the iterations and the bound. */
  const run = (restart: boolean) => {
    const l = new Lagrangian(m, plan, plan.servedPriority(), new Set());
    l.clearTables(free());
    if (restart) l.restartWhenSpent(15);
    while (l.iterations < 20_000 && l.iterate(free()));
    return { iterations: l.iterations, bound: l.best };
  };

  it('starts once more with more patience when asked, once the step is spent, and the bound falls further', async () => {
    const once = run(false);
    const twice = run(true);
    // still a bound: above what the engine reaches (696.8 at the default limit; the best known is 697.5)
    const reached = (await solve(instance)).metrics.totalScore;
    expect(reached).toBeGreaterThan(696.5);
    expect(twice.bound).toBeGreaterThanOrEqual(reached);
    expect(twice.iterations).toBeGreaterThan(once.iterations);
    // (measured: 0.24% above the best known score after the first run, 0.12% after the second)
    expect(twice.bound).toBeLessThan(once.bound * (1 - 5e-4));
  });
});

describe('Lagrangian bound where teams of one or two must cover several skills', () => {
  /** Random small instances whose challenges all want teams of 1–2 (or exactly 2) covering 2–4 required skills. */
  const small = fc.record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    challenges: fc.integer({ min: 2, max: 8 }),
    volunteers: fc.integer({ min: 4, max: 60 }),
    slots: fc.integer({ min: 1, max: 3 }),
    supply: fc.constantFrom<'scarce' | 'balanced' | 'surplus'>('scarce', 'balanced', 'surplus'),
    withScores: fc.boolean(),
  });
  const smallTeams = (inst: InstanceJson): InstanceJson => {
    const out = structuredClone(inst);
    const skills = out.skillTree?.filter((n) => n.parent !== null).map((n) => n.id) ?? [];
    out.challenges.forEach((c, i) => {
      c.teamSize = i % 3 === 0 ? { min: 2, max: 2 } : { min: 1, max: 2 };
      const wanted = 2 + (i % 3);
      const own = (c.skills ?? []).map((s) => s.skill);
      const more = skills.filter((s) => !own.includes(s)).slice(i, i + wanted);
      c.skills = [...own, ...more]
        .slice(0, wanted)
        .map((skill, j) => ({ skill, minLevel: 1 + (j % 2), required: true }));
    });
    delete out.pins;
    return out;
  };

  it('stays at or above the best score of the reference MIP at every iteration', async () => {
    await fc.assert(
      fc.asyncProperty(small, async ({ seed, ...options }) => {
        const inst = smallTeams(generateInstance(options, seed));
        const ref = await solveReference(inst, {
          timeLimitMs: 10_000,
          scorer: inst.scores ? undefined : engineScorer(inst),
        });
        expect(ref.status).toBe('optimal');
        const m = compile(parseInstance(inst));
        const pins = resolvePins(m);
        const free = () => new Budget(Infinity, Infinity);
        const plan = refill(serve(m, pins, free()), pins.pairs, free());
        const l = new Lagrangian(m, plan, ref.servedPriority - 1e-9, new Set());
        l.clearTables(free());
        while (l.iterations < 300 && l.iterate(free()));
        expect(l.best).toBeGreaterThanOrEqual(ref.totalScore - 1e-6);
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 120_000);
});

describe('Lagrangian where every volunteer is wanted', () => {
  it('stops each scan where the smallest volunteer price rules out the pairs left, and stays a bound', async () => {
    // 40 teams of 2–4 (up to 160 seats) want 100 volunteers; each team's scores run from 0 to 0.99
    const C = 40;
    const V = 100;
    const inst = parseInstance({
      slots: [{ id: 's1', capacity: C }],
      challenges: Array.from({ length: C }, (_, c) => ({ id: `c${c}`, teamSize: { min: 2, max: 4 } })),
      volunteers: Array.from({ length: V }, (_, v) => ({ id: `v${v}` })),
      scores: Array.from({ length: C * V }, (_, i) => {
        const [c, v] = [Math.floor(i / V), i % V];
        return { challenge: `c${c}`, volunteer: `v${v}`, score: ((v * 37 + c * 61) % 100) / 100 };
      }),
    });
    const m = compile(inst);
    const pins = resolvePins(m);
    const free = () => new Budget(Infinity, Infinity);
    const plan = refill(serve(m, pins, free()), pins.pairs, free());
    const l = new Lagrangian(m, plan, plan.servedPriority(), new Set());
    l.clearTables(free());
    for (let i = 0; i < 20; i++) l.iterate(free());
    const budget = free();
    l.iterate(budget);
    // beyond each challenge's one slot, a scan reading every pair would be charged at least C · V / PAIR_READS_PER_UNIT
    expect(budget.spent - C * UNITS_PER_SLOT).toBeLessThan((C * V) / PAIR_READS_PER_UNIT / 3);
    const reached = (await solve(inst)).metrics.totalScore;
    expect(l.best).toBeGreaterThanOrEqual(reached - 1e-9);
  });
});

describe('Lagrangian where the only coverer of a required skill is far down the list', () => {
  it("finds it past the team's best members, reading the others' skills only, and the bound is the optimum", () => {
    // 200 candidates, best first; only the last one holds the required skill at level 4
    const V = 200;
    const inst = parseInstance({
      slots: [{ id: 's1', capacity: 1 }],
      challenges: [{ id: 'c0', teamSize: { min: 1, max: 2 }, skills: [{ skill: 'security', minLevel: 4 }] }],
      volunteers: Array.from({ length: V }, (_, v) => ({
        id: `v${v}`,
        skills: v === V - 1 ? [{ skill: 'security', level: 4 }] : [],
      })),
      scores: Array.from({ length: V }, (_, v) => ({ challenge: 'c0', volunteer: `v${v}`, score: 0.99 - v * 0.004 })),
    });
    const m = compile(inst);
    const pins = resolvePins(m);
    const free = () => new Budget(Infinity, Infinity);
    const plan = refill(serve(m, pins, free()), pins.pairs, free());
    // the best team: the best candidate and the coverer
    const optimum = 0.99 + (0.99 - (V - 1) * 0.004);
    expect(plan.totalScore()).toBeCloseTo(optimum, 9);
    const l = new Lagrangian(m, plan, plan.servedPriority(), new Set());
    l.clearTables(free());
    const budget = free();
    l.iterate(budget);
    while (l.iterations < 50 && l.iterate(free()));
    expect(l.best).toBeGreaterThanOrEqual(optimum - 1e-9);
    expect(l.best).toBeLessThanOrEqual(optimum + 1e-6);
    // the team's best members and the coverer are read; the 180-odd pairs between them only for their skills, not
    // looked at in the slot (a scan of every pair would be charged V / PAIR_READS_PER_UNIT + V / SLOT_LOOKS_PER_UNIT
    // beyond the slot's own)
    expect(budget.spent - UNITS_PER_SLOT).toBeLessThan(V / PAIR_READS_PER_UNIT + V / SLOT_LOOKS_PER_UNIT / 2);
  });
});

describe('Lagrangian at national size, reading the kept pairs first', () => {
  // 60 challenges × 12 000 volunteers, every pair eligible (720 000: pruned), scores varied by skill and level
  const C = 60;
  const V = 12_000;
  const instance = parseInstance({
    slots: [
      { id: 's1', capacity: 25 },
      { id: 's2', capacity: 25 },
    ],
    challenges: Array.from({ length: C }, (_, c) => ({
      id: `c${c}`,
      teamSize: { min: 1, max: 3 },
      priority: 1 + (c % 3),
      skills: [{ skill: `k${c % 10}`, minLevel: 1, required: false }],
    })),
    volunteers: Array.from({ length: V }, (_, v) => ({
      id: `v${v}`,
      slots: v % 3 === 0 ? ['s1'] : ['s1', 's2'],
      skills: [{ skill: `k${v % 10}`, level: 1 + ((v * 7) % 4) }],
    })),
  });
  const m = compile(instance);
  const pins = resolvePins(m);
  const free = () => new Budget(Infinity, Infinity);
  const plan = refill(serve(m, pins, free()), pins.pairs, free());

  it('gives no bound while it reads the kept pairs, and after readAll the value of iterations over every pair', () => {
    expect(m.pruned).toBe(true);
    const kept = new Lagrangian(m, plan, plan.servedPriority(), new Set(), true);
    kept.clearTables(free());
    for (let i = 0; i < 10; i++) kept.iterate(free());
    expect(kept.bounded).toBe(false);
    expect(kept.proven).toBe(false);
    kept.readAll();
    // the same multipliers, read over every pair from the start
    const all = new Lagrangian(m, plan, plan.servedPriority(), new Set());
    all.u.set(kept.u);
    all.z.set(kept.z);
    all.w.set(kept.w);
    all.lambda = kept.lambda;
    kept.iterate(free());
    all.iterate(free());
    expect(kept.bounded).toBe(true);
    expect(kept.best).toBe(all.best);
    expect(kept.best).toBeGreaterThanOrEqual(plan.totalScore() - 1e-9);
  });

  it('leaves the engine a bound over every pair even where its budget ends with the first plan', async () => {
    const result = await solve(instance, { timeLimitMs: 150 });
    expect(result.metrics.upperBound).toBeDefined();
    expect(result.metrics.upperBound!).toBeGreaterThanOrEqual(result.metrics.totalScore - 1e-9);
  });
});

describe('Lagrangian where no team of the allowed size covers every required skill', () => {
  it('leaves such a challenge out of the bound, which is then the optimum', () => {
    // c0 wants x, y and z in a team of at most 2, and each volunteer covers one of them: it can never run
    const inst = parseInstance({
      slots: [{ id: 's1', capacity: 2 }],
      challenges: [
        {
          id: 'c0',
          teamSize: { min: 1, max: 2 },
          skills: ['x', 'y', 'z'].map((skill) => ({ skill, minLevel: 1 })),
        },
        { id: 'c1', teamSize: { min: 1, max: 1 } },
      ],
      volunteers: ['x', 'y', 'z'].map((skill) => ({ id: `v-${skill}`, skills: [{ skill, level: 2 }] })),
      scores: [
        ...['x', 'y', 'z'].map((skill) => ({ challenge: 'c0', volunteer: `v-${skill}`, score: 0.9 })),
        ...['x', 'y', 'z'].map((skill, i) => ({ challenge: 'c1', volunteer: `v-${skill}`, score: 0.3 + i * 0.1 })),
      ],
    });
    const m = compile(inst);
    const pins = resolvePins(m);
    const free = () => new Budget(Infinity, Infinity);
    const plan = refill(serve(m, pins, free()), pins.pairs, free());
    expect(plan.slotOf[0]).toBe(-1);
    expect(plan.totalScore()).toBeCloseTo(0.5, 9);
    const l = new Lagrangian(m, plan, plan.servedPriority(), new Set());
    l.clearTables(free());
    while (l.iterations < 50 && l.iterate(free()));
    // (counted, c0's relaxed team would add 0.9 + 0.9 less the volunteers' prices)
    expect(l.best).toBeGreaterThanOrEqual(0.5 - 1e-9);
    expect(l.best).toBeLessThanOrEqual(0.5 + 1e-6);
    expect(l.proven).toBe(true);
  });
});
