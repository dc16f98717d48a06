/**
 * The engine against the contract, on random small instances: every result passes the independent
 * validator, pins hold, exclusions stay out, and one more volunteer never lowers the served priority.
 */
import fc from 'fast-check';
import { parseInstance, solve } from '../matching';
import { engineScorer } from './engine-scorer';
import { generateInstance, type GeneratorOptions } from './generator';
import { solveReference } from './reference-mip';
import type { InstanceJson, ResultJson } from './shapes';
import { validate } from './validator';

// PROPERTY_RUNS_SCALE=20 (and PROPERTY_SEED=n for other draws) turns the quick suite into a long hunt.
const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
const runs = (n: number): number => Math.round(n * scale);
const timeout = 60_000 * Math.max(1, scale);
const seed = (n: number): number => (process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) + n : n);

const small = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  challenges: fc.integer({ min: 1, max: 8 }),
  volunteers: fc.integer({ min: 1, max: 16 }),
  slots: fc.integer({ min: 1, max: 3 }),
  supply: fc.constantFrom<GeneratorOptions['supply']>('scarce', 'balanced', 'surplus'),
  withScores: fc.boolean(),
  pins: fc.integer({ min: 0, max: 2 }),
  exclusions: fc.integer({ min: 0, max: 3 }),
});

/** Corners the generator does not visit on its own: fractional priorities, closed slots, fixed team sizes, weights. */
const twist = fc.record({
  fractional: fc.boolean(),
  closedSlot: fc.boolean(),
  fixedSize: fc.boolean(),
  weights: fc.option(
    fc.record({
      skills: fc.double({ min: 0, max: 1, noNaN: true }),
      causes: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { nil: undefined },
  ),
});

function twisted(
  inst: InstanceJson,
  t: { fractional: boolean; closedSlot: boolean; fixedSize: boolean; weights?: Record<string, number> },
): InstanceJson {
  const out = structuredClone(inst);
  out.challenges.forEach((c, i) => {
    if (t.fractional) c.priority = [0.5, 1, 1.5, 2.25][i % 4];
    if (t.fixedSize && i % 2 === 0) c.teamSize = { min: c.teamSize.max, max: c.teamSize.max };
  });
  if (t.closedSlot) out.slots[0].capacity = 0;
  if (t.weights && !out.scores) out.weights = t.weights;
  // Pins were drawn from a solution of the untwisted instance; they need not hold any more.
  if (t.closedSlot || t.fixedSize) delete out.pins;
  return out;
}

const run = (inst: InstanceJson, explain = false): Promise<ResultJson> =>
  solve(parseInstance(inst), { timeLimitMs: 300, seed: 1, explain }) as Promise<ResultJson>;

describe('engine on random small instances', () => {
  it(
    'every result is valid (with explanations), pins kept, exclusions absent',
    async () => {
      await fc.assert(
        fc.asyncProperty(small, async ({ seed, ...options }) => {
          const inst = generateInstance(options, seed);
          const result = await run(inst, true);
          expect(validate(inst, result, { explain: true })).toEqual([]);
        }),
        { numRuns: runs(100), seed: seed(42) },
      );
    },
    timeout,
  );

  it(
    'every result is valid on the corners: fractional priorities, closed slots, fixed sizes, weights',
    async () => {
      await fc.assert(
        fc.asyncProperty(small, twist, async ({ seed, ...options }, t) => {
          const inst = twisted(generateInstance(options, seed), t);
          const result = await run(inst, true);
          expect(validate(inst, result, { explain: true })).toEqual([]);
          const ref = await solveReference(inst, {
            timeLimitMs: 10_000,
            scorer: inst.scores ? undefined : engineScorer(inst),
          });
          expect(result.metrics.servedPriority).toBeCloseTo(ref.servedPriority, 6);
        }),
        { numRuns: runs(60), seed: seed(3) },
      );
    },
    timeout,
  );

  it(
    'every result is valid on medium instances (up to 25 × 80)',
    async () => {
      const medium = fc
        .tuple(small, fc.integer({ min: 8, max: 25 }), fc.integer({ min: 20, max: 80 }))
        .map(([o, challenges, volunteers]) => ({ ...o, challenges, volunteers }));
      await fc.assert(
        fc.asyncProperty(medium, async ({ seed, ...options }) => {
          const inst = generateInstance(options, seed);
          expect(validate(inst, await run(inst, true), { explain: true })).toEqual([]);
        }),
        { numRuns: runs(20), seed: seed(9) },
      );
    },
    timeout,
  );

  it(
    'serves the optimal priority and, at this size, the optimal score (the reference agrees)',
    async () => {
      await fc.assert(
        fc.asyncProperty(small, async ({ seed, ...options }) => {
          const inst = generateInstance(options, seed);
          const result = await run(inst);
          const ref = await solveReference(inst, {
            timeLimitMs: 10_000,
            scorer: inst.scores ? undefined : engineScorer(inst),
          });
          expect(ref.status).toBe('optimal');
          expect(result.metrics.servedPriority).toBeCloseTo(ref.servedPriority, 6);
          expect(result.metrics.totalScore).toBeGreaterThanOrEqual(ref.totalScore * 0.995 - 1e-6);
          if (result.metrics.upperBound !== undefined)
            expect(result.metrics.upperBound).toBeGreaterThanOrEqual(ref.totalScore - 1e-6);
        }),
        { numRuns: runs(60), seed: seed(7) },
      );
    },
    timeout,
  );

  it(
    'one more volunteer never lowers the served priority',
    async () => {
      await fc.assert(
        fc.asyncProperty(small, fc.integer({ min: 1, max: 1_000_000 }), async ({ seed, ...options }, extraSeed) => {
          const inst = generateInstance({ ...options, withScores: false }, seed);
          const extra = generateInstance(
            { ...options, challenges: 1, volunteers: 1, pins: 0, exclusions: 0, withScores: false },
            extraSeed,
          );
          const bigger: InstanceJson = {
            ...inst,
            volunteers: [...inst.volunteers, { ...extra.volunteers[0], id: 'v-extra' }],
          };
          const before = await run(inst);
          const after = await run(bigger);
          expect(after.metrics.servedPriority).toBeGreaterThanOrEqual(before.metrics.servedPriority - 1e-9);
        }),
        { numRuns: runs(50), seed: seed(11) },
      );
    },
    timeout,
  );

  it('a higher level in a wanted skill never lowers a pair score', () => {
    fc.assert(
      fc.property(small, fc.nat(), fc.nat(), ({ seed, ...options }, pick, skillPick) => {
        const inst = generateInstance({ ...options, withScores: false, pins: 0, exclusions: 0 }, seed);
        const vi = pick % inst.volunteers.length;
        const wanted = inst.challenges.flatMap((c) => c.skills.map((s) => s.skill));
        const skill = wanted[skillPick % wanted.length];
        const before = engineScorer(inst);
        const own = inst.volunteers[vi].skills.find((s) => s.skill === skill);
        if (own?.level === 4) return;
        const raised = structuredClone(inst);
        const skills = raised.volunteers[vi].skills;
        const mine = skills.find((s) => s.skill === skill);
        if (mine) mine.level += 1;
        else skills.push({ skill, level: 1 });
        const after = engineScorer(raised);
        inst.challenges.forEach((c, ci) => {
          expect(after(raised.challenges[ci], raised.volunteers[vi])).toBeGreaterThanOrEqual(
            before(c, inst.volunteers[vi]) - 1e-12,
          );
        });
      }),
      { numRuns: runs(100), seed: seed(5) },
    );
  });
});
