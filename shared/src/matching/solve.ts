import { lagrangianBound } from './bound';
import { explainPair } from './explain';
import { improve } from './improve';
import { better, exact, neighbourhood } from './exact';
import { highs, mipSize } from './mip';
import { Budget, BOUND_UNITS_PER_MS, compileMillis, SEARCH_UNITS_PER_MS } from './budget';
import { compile, type Model } from './model';
import { resolvePins } from './pins';
import { type Plan } from './plan';
import { unservedReason } from './reasons';
import { serve, serveMore } from './serve';
import { flowFits, refill, refillBySlot } from './teams';
import { reshape } from './reshape';
import { relocate } from './relocate';
import { type Assignment, type MatchingInstance, type MatchingResult, type SolveOptions } from './types';

/** Exact model sizes (columns) HiGHS closes quickly enough, by available time. */
const MIP_COLUMNS_PER_SECOND = 20_000;
/** Beyond event size the full model's LP alone takes seconds: a restricted MIP pays off more. */
const MIP_MAX_COLUMNS = 15_000;
/** Time limits from which the restricted MIP runs beyond event size. */
const NEIGHBOURHOOD_FROM_MS = 2000;
const FLOW_UNITS_PER_SEAT = 300;
/** Passes of whole-team moves before the second flow. */
const EARLY_RESHAPES = 4;

/** Default time limit: the issue-7 targets (1 s at event size, 300 ms hackathon, 5 s national). */
function defaultLimit(m: Model, exactColumns: number): number {
  if (exactColumns <= MIP_COLUMNS_PER_SECOND / 2) return 950;
  if (m.C * m.V <= 1_000_000) return 280;
  return 4500;
}

/** The matching engine: see README.md in this folder for the score and the algorithm. */
export async function solve(instance: MatchingInstance, options: SolveOptions = {}): Promise<MatchingResult> {
  const t0 = Date.now();
  const m = compile(instance);
  const pins = resolvePins(m);
  const exactColumns = mipSize(m);
  const limit = options.timeLimitMs ?? defaultLimit(m, exactColumns);
  const seed = options.seed ?? 1;
  // When the exact layer will run, the heuristic only has to give it a good start.
  const exactPlanned = !m.pruned && exactColumns <= Math.min(MIP_MAX_COLUMNS, (MIP_COLUMNS_PER_SECOND * limit) / 1000);
  // Loading and compiling the solver's WebAssembly overlaps with the heuristic when started now.
  if (exactPlanned) void highs().catch(() => undefined);
  // Work budgets from the limit (see budget.ts): results do not depend on the machine's speed.
  const planned = Math.max(0, limit - compileMillis(m.C, m.V));
  const emergency = t0 + 5 * limit + 2000;
  const free = () => new Budget(Infinity, emergency);
  const withNeighbourhood = !exactPlanned && !m.pruned && limit >= NEIGHBOURHOOD_FROM_MS;
  const searchShare = exactPlanned ? 0.2 : m.pruned ? 0.35 : withNeighbourhood ? 0.25 : 0.6;
  const search = new Budget(planned * searchShare * SEARCH_UNITS_PER_MS, emergency);
  const boundWork = new Budget(planned * (exactPlanned ? 0.05 : m.pruned ? 0.25 : 0.2) * BOUND_UNITS_PER_MS, emergency);
  // A team flow costs about this many search units per seat (measured): rounds that re-deal pay for it.
  const flowUnits = (p: Plan) =>
    FLOW_UNITS_PER_SEAT * p.team.reduce((n, t, c) => n + (p.slotOf[c] >= 0 ? m.maxSize[c] : 0), 0);

  const progress = (stage: string) =>
    options.onProgress?.({
      stage,
      millis: Date.now() - t0,
      servedPriority: plan.servedPriority(),
      totalScore: plan.totalScore(),
    });
  let plan = serve(m, pins, free());
  progress('serve');
  // The flow is what lifts the score most: it always runs to the end (its size is capped in refill).
  plan = refill(plan, pins.pairs, free());
  progress('refill');
  improve(plan, pins.pairs, search.part(0.3), seed);
  progress('improve');
  const pinnedChallenges = new Set(pins.members.keys());
  // Whole-team moves judged on free volunteers (another slot, swapped slots, an unserved challenge instead of a
  // served one of equal priority) need no flow: cheap, and the biggest lever when people are scarce.
  // At national size a pass costs ~0.3 s of the 5 s: one pass there.
  for (let k = 0; k < (m.pruned ? 1 : EARLY_RESHAPES); k++) {
    const before = plan.totalScore();
    if (!reshape(plan, pinnedChallenges, search.part(0.4))) break;
    improve(plan, pins.pairs, search.part(0.2), seed + 100 + k);
    progress(`reshape/early ${k}`);
    // Passes pay less and less: stop once one adds under 0.1%.
    if (plan.totalScore() < before * 1.001) break;
  }
  if (!flowFits(plan)) {
    // National size: one flow per slot polishes what the greedy fill and local search dealt.
    plan = refillBySlot(plan, pins.pairs, free());
    progress('refill/slot');
  }
  // Spare members now exist in full teams: one more round of serving can use them.
  plan = serveMore(plan, pins, free());
  plan = refill(plan, pins.pairs, free());
  improve(plan, pins.pairs, search.part(0.3), seed + 1);
  progress('improve2');
  const locks = { pairs: pins.pairs, slot: pins.slot };
  for (let round = 0; round < 8 && search.remaining >= flowUnits(plan); round++) {
    let trial: Plan | null = relocate(plan, locks);
    if (!trial) {
      trial = plan.clone();
      if (!reshape(trial, pinnedChallenges, search.part(0.5))) break;
    }
    const next = refill(trial, pins.pairs, free());
    search.spend(flowUnits(next));
    improve(next, pins.pairs, search.part(0.5), seed + round);
    if (!better(next, plan)) {
      if (plan.prices === null) break;
      plan.prices = null; // prices misled: fall back to the free-volunteer moves
      continue;
    }
    plan = next;
    progress(`reshape ${round}`);
  }

  let upperBound = Infinity;
  if (exactPlanned) {
    // The exact layer only ever improves on the heuristic: if the solver cannot load or fails, carry on without it.
    const outcome = await exact(m, plan, pins, free(), seed).catch(() => null);
    if (outcome) {
      plan = outcome.plan;
      upperBound = outcome.bound;
    }
    progress('exact');
  } else if (withNeighbourhood) {
    // This search can run long: it gets most of the limit, the one place where the clock can change a result.
    plan = (await neighbourhood(m, plan, pins, free(), seed, (limit / 1000) * 0.6).catch(() => null)) ?? plan;
    progress('neighbourhood');
  }
  if (upperBound - plan.totalScore() > 1e-6 * Math.max(1, plan.totalScore())) {
    upperBound = Math.min(upperBound, lagrangianBound(m, plan, plan.servedPriority(), pinnedChallenges, boundWork));
  }
  progress('bound');
  return result(m, plan, upperBound, options.explain === true, t0);
}

function result(m: Model, plan: Plan, bound: number, explain: boolean, t0: number): MatchingResult {
  const assignments: Assignment[] = [];
  let served = 0;
  for (let c = 0; c < m.C; c++) {
    if (plan.slotOf[c] < 0) continue;
    served++;
    const slot = m.instance.slots[plan.slotOf[c]].id;
    for (const v of [...plan.team[c]].sort((a, b) => a - b)) {
      const score = m.score(c, v);
      const a: Assignment = {
        challenge: m.instance.challenges[c].id,
        volunteer: m.instance.volunteers[v].id,
        slot,
        score,
      };
      if (explain) Object.assign(a, explainPair(m, c, v, score));
      assignments.push(a);
    }
  }
  const unserved = [...Array(m.C).keys()].filter((c) => plan.slotOf[c] < 0).map((c) => unservedReason(m, plan, c));
  const totalScore = assignments.reduce((s, a) => s + a.score, 0);
  const metrics: MatchingResult['metrics'] = { served, servedPriority: plan.servedPriority(), totalScore, millis: 0 };
  if (Number.isFinite(bound)) {
    // A bound within solver tolerance of the score means "proven optimal": say so exactly.
    metrics.upperBound = bound - totalScore <= 1e-6 * Math.max(1, totalScore) ? totalScore : bound;
  }
  metrics.millis = Date.now() - t0;
  return { assignments, unserved, metrics };
}
