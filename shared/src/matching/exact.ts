import { type Budget } from './budget';
import { serveStealing } from './construct';
import { serveByVotes } from './serve';
import { improve } from './improve';
import {
  lexWeight,
  MS_PER_LP_WORK,
  priorityStep,
  reachablePriority,
  solveMip,
  type ColumnSet,
  type MipOutcome,
} from './mip';
import { type Model } from './model';
import { type ResolvedPins } from './pins';
import { type Plan } from './plan';
import { refill } from './teams';

/** Lexicographic comparison: priority first, then score. */
export function better(a: Plan, b: Plan): boolean {
  const pa = a.servedPriority();
  const pb = b.servedPriority();
  if (Math.abs(pa - pb) > 1e-9) return pa > pb;
  return a.totalScore() > b.totalScore() + 1e-9;
}

function keepsPins(p: Plan, pins: ResolvedPins): boolean {
  for (const key of pins.pairs) if (!p.team[Math.floor(key / p.m.V)].includes(key % p.m.V)) return false;
  return true;
}

/**
 * The smallest priority step (mip.ts `priorityStep`) for which one LP serves both levels ("lex": K · priority + score,
 * K the seats over the step). Below it, the priority LP and then the score LP at that priority: with priorities on a
 * grid of 0.01 or 0.001 the one LP took 0.4–0.9 s more on four of five event instances (priorities of the bench
 * notes' and the second generator's 60 × 200 instances redrawn on such grids; the fifth, scarce, stayed unproven
 * either way and took 3.9 s, where 0.8 s), and the second generator's e08 (a grid of 0.001) 1.36 s where 0.75 s: a
 * fractional excess of priority in its solution costs K times as much score bound, and the score LP then proves the
 * plan optimal where the last MIP had to. On a grid of 0.1 or coarser, the one LP is as fast or faster (e09, on 0.5:
 * 1.1 s where 1.4 s).
 */
const LEX_FROM_STEP = 0.1;

/** The last MIP's root time is estimated as this many times its relaxation's LP time (see `exact`). */
const ROOT_PER_LP = 4;

/** Local-search units for polishing a solver's plan. */
const REPAIR_SEARCH = 200_000;

/** The challenges that run in a rounded solution with a team that breaks a rule (its size or coverage). */
function brokenTeams(q: Plan): number[] {
  const broken: number[] = [];
  for (let c = 0; c < q.m.C; c++) if (q.slotOf[c] >= 0 && !q.valid(c)) broken.push(c);
  return broken;
}

/**
 * Turns a rounded LP/MIP solution into a valid plan: challenges whose rounded team breaks a rule
 * are closed and served again by the heuristic, then teams are re-dealt and polished.
 */
function repair(q: Plan, pins: ResolvedPins, budget: Budget, seed: number): Plan | null {
  const broken = brokenTeams(q);
  for (const c of broken) q.close(c);
  let p = q;
  const locks = { pairs: pins.pairs, slot: pins.slot };
  for (const c of broken) p = serveStealing(p, c, locks) ?? p;
  if (!keepsPins(p, pins)) return null;
  p = refill(p, pins.pairs, budget);
  improve(p, pins.pairs, budget.limited(REPAIR_SEARCH), seed);
  return p;
}

/**
 * A score MIP's plan (`objective` is then its score): as the solver left it when it proved it optimal over its columns
 * and the rounding kept every team whole, else repaired. Repairing costs 120–140 ms at event size, and cannot better the
 * last MIP's optimum (with reduced-cost fixing, optimal over its columns is optimal); the dive's optimum is only that of
 * its few columns, but the last MIP follows it (on five event instances repairing it never found more).
 */
function settle(mip: MipOutcome, pins: ResolvedPins, budget: Budget, seed: number): Plan | null {
  const q = mip.plan;
  if (!q) return null;
  const whole = mip.optimal && keepsPins(q, pins) && brokenTeams(q).length === 0;
  if (whole && Math.abs(q.totalScore() - mip.objective) <= 1e-6 * Math.max(1, Math.abs(mip.objective))) return q;
  return repair(q, pins, budget, seed);
}

/** Share of the gap between the relaxation and the plan that a column's reduced cost may take in the dive. */
const DIVE_SLACK = 0.1;
/** A slot the relaxation runs a challenge in less than this is left out of the dive. */
const DIVE_SHARE = 1e-6;
/**
 * The dive only runs when the gap between the relaxation and the plan is at least this share of the plan's score. On
 * the 76 generated event instances, the 17 dives below 1.2 · 10⁻³ found nothing, except 0.06 once (5.5 · 10⁻⁴), which
 * the last MIP then found itself; every dive from 1.8 · 10⁻³ on improved the plan. Skipping those 17: the same
 * results, all proven optimal; their time 20–300 ms less (a surplus 60 × 200 instance 1.03 → 0.83 s, a scarce one
 * 0.92 → 0.71 s). That was 1.5 · 10⁻³, when every column of the MIPs was integer; with continuous pairs (mip.ts) the
 * dive's MIP costs less than the columns it fixes for the last one, and from 5 · 10⁻⁴ (medians of 5 runs each way):
 * the second generator's e04 (6.8 · 10⁻⁴) 1.62 → 1.41 s, the bench notes' 60 × 200 surplus-pins #1 (1.2 · 10⁻³)
 * 0.95 → 0.68 s, 60 × 200 #11 (1.0 · 10⁻³) 0.75 → 0.71 s, 60 × 200 #3 (5.3 · 10⁻⁴) 0.63 → 0.72 s; same results.
 */
const DIVE_FROM_GAP = 5e-4;

/**
 * What the dive leaves out: a challenge's slots the relaxation does not run it in, and the columns whose reduced cost
 * exceeds DIVE_SLACK of the gap; the plan's own columns stay, so that it is a start. (The score MIP restricted so has a
 * tenth or less of the columns the last MIP kept after its fixing from the plan before the dive; see `exact`.)
 */
export function diveWithout(plan: Plan, relaxation: MipOutcome, gap: number): ColumnSet | null {
  const m = plan.m;
  const share = relaxation.share;
  const out = relaxation.useless?.(DIVE_SLACK * gap);
  if (!share || !out) return null;
  for (let c = 0; c < m.C; c++)
    for (const s of m.challengeSlots[c]) if (share[c * m.S + s] < DIVE_SHARE) out.y.add(c * m.S + s);
  for (let c = 0; c < m.C; c++) {
    const s = plan.slotOf[c];
    if (s < 0) continue;
    out.y.delete(c * m.S + s);
    for (const v of plan.team[c]) out.x.delete((c * m.V + v) * m.S + s);
  }
  return out;
}

/**
 * The plans a relaxation suggests: its solution rounded and repaired, and one built as the
 * Lagrangian heuristic builds from votes (serve.ts `serveByVotes`), each challenge where the
 * relaxation runs it most; the best of these and `plan`.
 */
function fromRelaxation(plan: Plan, lp: MipOutcome, pins: ResolvedPins, budget: Budget, seed: number): Plan {
  const m = plan.m;
  const rounded = lp.plan && repair(lp.plan, pins, budget, seed);
  if (rounded && better(rounded, plan)) plan = rounded;
  if (lp.share) {
    const votes = new Float64Array(m.C * (m.S + 1));
    for (let c = 0; c < m.C; c++) {
      let runs = 0;
      for (let s = 0; s < m.S; s++) runs += votes[c * (m.S + 1) + s] = lp.share[c * m.S + s];
      votes[c * (m.S + 1) + m.S] = Math.max(0, 1 - runs);
    }
    const built = refill(serveByVotes(plan, pins, votes, 1, budget).plan, pins.pairs, budget);
    improve(built, pins.pairs, budget.limited(REPAIR_SEARCH), seed);
    if (keepsPins(built, pins) && better(built, plan)) plan = built;
  }
  return plan;
}

export interface ExactOutcome {
  plan: Plan;
  /** a proven bound on the score of any solution with at least plan's served priority */
  bound: number;
}

/**
 * The exact layer on top of the heuristic, for models HiGHS can take in the time left:
 * the LP relaxation of "max served priority" proves the heuristic's priority optimal (the
 * relaxation is very tight on these models) or a MIP improves it; the LP relaxation of
 * "max score at that priority" is the upper bound, and rounding it often is the optimum;
 * a MIP started from the best plan closes what remains, when its root (estimated from the LP's counted work) fits
 * `mipMs`.
 */
export async function exact(
  m: Model,
  start: Plan,
  pins: ResolvedPins,
  budget: Budget,
  seed: number,
  mipMs = Infinity,
): Promise<ExactOutcome> {
  let plan = start;
  // HiGHS takes a time limit only: it gets the emergency brake's, and node limits keep runs equal.
  const left = () => budget.secondsLeft();
  const total = m.priority.reduce((a, b) => a + b, 0);
  // One LP for both levels when priorities sit on a coarse enough grid (LEX_FROM_STEP): it usually proves the priority
  // and bounds the score.
  let bound = Infinity;
  // the relaxation `bound` comes from: its reduced costs fix columns for the score MIP
  let relaxation: MipOutcome | null = null;
  let priorityProven = plan.servedPriority() >= total - 1e-9;
  if (priorityStep(m) >= LEX_FROM_STEP) {
    const k = lexWeight(m);
    const lp = await solveMip(m, plan, 'lex', 0, pins.pairs, left() * 0.5, true);
    plan = fromRelaxation(plan, lp, pins, budget, seed);
    if (reachablePriority(m, lp.bound / k) <= plan.servedPriority() + 1e-9) {
      priorityProven = true;
      bound = lp.bound - k * plan.servedPriority();
      relaxation = lp;
    }
  }
  if (!priorityProven) {
    const lp = await solveMip(m, plan, 'priority', 0, pins.pairs, left() * 0.3, true);
    const reachable = reachablePriority(m, lp.bound);
    if (reachable > plan.servedPriority() + 1e-9) {
      // (with integer pairs: a rounded solution with fractional ones could serve less than it promised)
      const mip = await solveMip(m, plan, 'priority', 0, pins.pairs, left() * 0.45, false, 0, undefined, true);
      const q = mip.plan && repair(mip.plan, pins, budget, seed);
      if (q && better(q, plan)) plan = q;
    }
  }
  if (bound === Infinity) {
    const lp = await solveMip(m, plan, 'score', plan.servedPriority(), pins.pairs, left() * 0.6, true);
    bound = lp.bound;
    relaxation = lp;
    plan = fromRelaxation(plan, lp, pins, budget, seed);
  }
  const open = () => bound - plan.totalScore() > 1e-6 * Math.max(1, plan.totalScore());
  // The last MIP's root takes 0.5–6 times its relaxation's LP (measured at event size), and HiGHS may overrun its time
  // limit by as much while there: where even 4 times that LP, estimated from counted work, exceeds `mipMs` (solve
  // passes 2.5 times the time limit), the plan and the relaxation's bound stand (a scarce 120 × 240 instance with 6 slots
  // ran its last MIP for 5 s, the brake's time, and found nothing; 1.6 s without it, the same result).
  const fits = ROOT_PER_LP * MS_PER_LP_WORK * (relaxation?.work ?? 0) <= mipMs;
  // A relaxation that runs every challenge in one slot wholly or not at all leaves the last MIP (integer slots) nothing
  // to branch on: its root LP is that relaxation again, and the solver ends there (the second generator's e08, whose
  // pairs the relaxation shares out: its root estimated at 15.8 s, the MIP took 0.22 s and proved the plan optimal;
  // 1.46 s in all where 1.14 s, unproven at 0.025%). The MIP with integer pairs that may follow needs `fits`.
  const slotsWhole = relaxation?.share?.every((x) => x < 1e-6 || x > 1 - 1e-6) ?? false;
  if (open() && fits) {
    // The dive: the score MIP over the columns the relaxation deems promising, from the plan. HiGHS spends most of a
    // MIP's time at its root, separating cuts (60–90 ms a round even on 500 columns), and where the plan is far from
    // the optimum, the last MIP kept thousands of columns and took seconds there; the dive's better plan fixes more of
    // them. Measured on 76 generated event instances (60 × 200 and 15 × 50 of eleven kinds, seeds 11–18 and 21–26,
    // each in its own process), the dive and `settle` against neither (at 38a877f, before the wider flows of teams.ts):
    // mean 608 → 513 ms, over 1 s on 4 instances where 7, the slowest 3.4 s (not proven optimal) → 1.6 s; all proven
    // optimal. (The dive is gated as the last MIP is, below, and runs only where the gap is at least DIVE_FROM_GAP of
    // the plan; it may take 40% of the solver's time left. The last MIP asks `open()` again: the dive may have closed
    // the gap.)
    const gap = bound - plan.totalScore();
    const restricted =
      relaxation && gap >= DIVE_FROM_GAP * Math.max(1, plan.totalScore()) && diveWithout(plan, relaxation, gap);
    if (restricted) {
      const dive = await solveMip(
        m,
        plan,
        'score',
        plan.servedPriority(),
        pins.pairs,
        left() * 0.4,
        false,
        0,
        restricted,
      );
      const q = settle(dive, pins, budget, seed);
      if (q && better(q, plan)) plan = q;
    }
  }
  if (open() && (fits || slotsWhole)) {
    // Reduced-cost fixing: a column whose reduced cost exceeds the gap between the relaxation and the plan is 0 in
    // every better solution, so the MIP only needs the others (on tight relaxations, a tenth of the model). Its
    // bound then holds for better solutions only: the plan's score bounds the rest. The gap is the relaxation's own
    // bound's: a tighter bound found since (by the first of these MIPs) proves nothing about single columns.
    const relaxed = bound;
    // Only where the root fits: a relaxation with whole slots gets at most the time its root was allowed.
    const seconds = () => (fits ? left() : Math.min(left(), mipMs / 1000));
    const last = async (integerX: boolean) => {
      const incumbent = plan.totalScore();
      const slack = relaxed - incumbent + 1e-6 * Math.max(1, Math.abs(relaxation?.bound ?? 0));
      const without = relaxation?.useless?.(slack);
      const mip = await solveMip(
        m,
        plan,
        'score',
        plan.servedPriority(),
        pins.pairs,
        seconds(),
        false,
        0,
        without,
        integerX,
      );
      const q = settle(mip, pins, budget, seed);
      if (q && better(q, plan)) plan = q;
      const found = mip.infeasible ? -Infinity : mip.bound;
      bound = Math.min(bound, without ? Math.max(found, incumbent) : found);
      return mip;
    };
    // Pairs are continuous in the MIP (mip.ts): where its optimum left some fractional, the plan is the repaired
    // rounding and the bound the MIP's; while they differ, the MIP with integer pairs follows.
    const mip = await last(false);
    if (mip.fractional && open() && fits) await last(true);
  }
  return { plan, bound };
}

/**
 * Pair columns (candidate, slot) the restricted MIP of `neighbourhood` may have, about. With teams of 4–6 in 8 slots
 * (21 000 columns at 300 × 1000) HiGHS overran its time limit by 6 s; the bench's hackathon instances have 5 000–8 000.
 */
const NEIGHBOURHOOD_COLUMNS = 10_000;

/**
 * For instances too big for the exact model in the time given: the exact model restricted to
 * each team's best candidates and current members, started from the plan. Keeps the plan when
 * the solver finds nothing better. (No bound: the restriction is not a relaxation.)
 */
export async function neighbourhood(
  m: Model,
  start: Plan,
  pins: ResolvedPins,
  budget: Budget,
  seed: number,
  seconds: number,
): Promise<Plan> {
  let best = 0;
  let slots = 0;
  for (let c = 0; c < m.C; c++) {
    best = Math.max(best, m.maxSize[c]);
    slots += m.challengeSlots[c].length;
  }
  // each team's best candidates, fewer where the model would outgrow NEIGHBOURHOOD_COLUMNS (pair columns per slot)
  const perTeam = Math.min(Math.max(8, 3 * best), Math.max(4, Math.floor(NEIGHBOURHOOD_COLUMNS / Math.max(1, slots))));
  const mip = await solveMip(
    m,
    start,
    'score',
    start.servedPriority(),
    pins.pairs,
    Math.min(seconds, budget.secondsLeft()),
    false,
    perTeam,
  );
  const q = mip.plan && repair(mip.plan, pins, budget, seed);
  return q && better(q, start) ? q : start;
}
