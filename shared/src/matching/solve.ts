import { Lagrangian } from './bound';
import { explainPair } from './explain';
import { improve } from './improve';
import { better, exact, neighbourhood } from './exact';
import { highs, mipSize } from './mip';
import { Budget, compileMillis, SEARCH_UNITS_PER_MS, startMillis } from './budget';
import { compile, type Model } from './model';
import { resolvePins } from './pins';
import { type Plan } from './plan';
import { unservedReason } from './reasons';
import { restore, serve, serveByChains, serveByVotes, serveMore } from './serve';
import { contendedModel, flowFits, flowSize, refill, refillBySlot } from './teams';
import { type Assignment, type MatchingInstance, type MatchingResult, type SolveOptions } from './types';

/** Exact model sizes (columns) HiGHS closes quickly enough, by available time. */
const MIP_COLUMNS_PER_SECOND = 25_000;
/** Beyond event size the full model's LP alone takes seconds: a restricted MIP pays off more. */
const MIP_MAX_COLUMNS = 30_000;
/** Up to this many columns the default time limit is the event one (1 s). */
const EVENT_COLUMNS = 20_000;
/** Up to this many (challenge, volunteer) pairs (eligible or not) an instance is of hackathon size, beyond of national. */
const HACKATHON_PAIRS = 1_000_000;
/**
 * Time limits from which the restricted MIP runs beyond event size (at hackathon size only: at national size its LP
 * alone overran the limit by seconds, on an instance whose 350 000 given scores were too few to prune).
 */
const NEIGHBOURHOOD_FROM_MS = 2000;
/**
 * Search units a plan costs per arc of its team flow (building the plan included), at hackathon size (12 000 arcs);
 * more per arc in bigger flows (measured: 2.2 times more at national size, 86 000 arcs). Measured with 20 candidates
 * per team: the 40 of teams.ts (17 600 arcs at 300 × 1000) are charged 1.7 times as much for flows that take 1.2 times
 * as long, so long limits make fewer plans (with 10 s, the bench's hackathon instances still reached their best
 * known scores, and 300 × 1000 #1 a proven gap of 0.04% where 0.13%).
 */
const FLOW_UNITS_PER_ARC = 7;
/**
 * Share of the time limit, as search units, for the repairs of unserved challenges for the whole run (serve.ts
 * `serveMore`: each challenge tried costs its candidates, each team moved to make room more, `ejectFor`).
 */
const REPAIR_SHARE = 0.5;
/**
 * The same at national size (pruned), where the limit is 4 s: the repairs' units there are cheap in time, and where
 * every table is taken most tries fail. On the second generator's n01 (200 challenges left without a table) the
 * repairs spent 2.35 million units, 0.4 s, for nothing. A quarter of that share gave the same results on ten generated
 * national instances (scarce, surplus, pins, given scores, the second generator's), n01 0.37 s sooner (medians of 3),
 * the others in the same time; on the eleventh (n01 at seed + 100) 5 755.47 where 5 755.64, with a bound 0.46 lower.
 * (The covering teams' allowance, a multiple of the repairs' budget, shrinks with it: serve.ts COVER_SHARE.)
 */
const PRUNED_REPAIR_SHARE = 0.125;
/**
 * Share of the time limit, as search units, for serving challenges still unserved after the last plan by chains of
 * replacements (serve.ts `serveByChains`), in up to CHAIN_ROUNDS rounds: after the flow has dealt the seats of one
 * round's plan again, a chain can exist that did not before. Served priority on the second generator's h07 shape,
 * against HiGHS's proven optimum:
 *
 * | seed      | before chains | now     | optimum |
 * | --------- | ------------- | ------- | ------- |
 * | 37 (h07)  | 519.156       | 520.272 | 520.272 |
 * | 237       | 612.998       | 614.631 | 614.631 |
 * | 537       | 557.873       | 558.080 | 558.080 |
 * | 637       | 695.845       | 695.845 | 696.163 |
 *
 * At seeds 137, 337 and 437 the engine served the optimum's priority before and does now. (At 637 the optimum gives
 * one team two new members, each of whom leaves a team that also gets two new ones.) The pass takes 2–10 ms where it
 * finds nothing, 15–50 ms with the flows of the rounds where it does. The other 27 generated hackathon instances and
 * the national ones are as before. (0.4 with a tenth of it per challenge, serve.ts CHAIN_CHALLENGE_SHARE, since seed
 * 237's last missing challenge, whose one chain costs 802 units, came after two others had used up 0.2 for nothing.
 * A chain pass's unit is ≈ 0.1 µs, where a search unit is planned as 0.5: the whole pass, spent, takes ≈ 25 ms.)
 */
const CHAIN_SHARE = 0.4;
const CHAIN_ROUNDS = 3;
/** Share of the search budget for the local search after the first flow (it rarely finds much after it). */
const IMPROVE_SHARE = 0.05;
/** Subgradient iterations whose slot votes make one plan. */
const VOTE_WINDOW = 10;
/**
 * The same at national size (pruned), where an iteration costs ≈ 8 ms and a plan with its flows ≈ 500 ms: votes from
 * 20 iterations, and more iterations on the bound (the 70% search share below), gave 99.15–99.45% of the bound on four
 * generated instances (scarce, surplus, pins, neither) where 10 gave 98.0–99.4%, for ≈ 0.4–1 s more, within 5 s.
 * 30 since the bound's scans look for rare coverers apart (bound.ts `coverersAfter`), which halved the iterations of
 * instances whose coverers are rare (the second generator's n01: 17 ms where 39 ms): the first plan's votes from 30
 * iterations, the bound the same iterations in all, raised n01 from 97.19% to 97.45% of its own bound (at seed + 100
 * 96.89% → 97.13%), the bench's ten million given scores 99.62% → 99.71%, its national #1 99.40% → 99.41%, within
 * 0–100 ms (two runs each, interleaved). Since PRUNED_PLAN_AT, the window of later plans, and the fewest iterations
 * before the first.
 */
const PRUNED_WINDOW = 30;
/**
 * At national size the first plan is made once this share of the search budget is spent (or earlier, where what is
 * left would not pay for its flow and another iteration, but never before PRUNED_WINDOW iterations: with ten million
 * given scores the plan's flow is most of the budget, and made after 21 iterations, its votes gave 99.29% of the
 * bound where 30 gave 99.47%), with the votes of every iteration so far (the k-th counting k times). After 30
 * iterations, as before, it came from prices that still overshot: on the second generator's n01 the Lagrangian value
 * rose for 13 iterations from the first flow's prices before it fell below where it started, and the
 * iterations after the plan only served the bound. Made halfway, its votes come from settled prices and the
 * iterations after it still take the plan's score as their target: the score's share of the engine's bound rose on
 * all ten generated national instances (n01 97.46% → 97.74%, at seed + 100 97.14% → 97.35%; the generator's plain
 * ones 99.23% → 99.40%, 99.18% → 99.46%, the bench's national #1 99.41% → 99.55%; scarce, surplus, pins +0.04–0.07;
 * ten million given scores +0.03; n02 as it was). The same budget, so the same time: where two plans were made, one
 * is (a 300 ms flow), and the iterations it paid for go to the bound. (Made at 65% of the budget: within ±0.08 of this.)
 */
const PRUNED_PLAN_AT = 0.5;
/**
 * Iterations before the first plan (except at national size, where PRUNED_PLAN_AT applies): at least FIRST_WINDOW, and
 * (unless the time limit is below the default) up to FIRST_WINDOW_MAX while the bound still falls by more than
 * STILL_FALLING (relative) over the last FALL_OVER iterations, i.e. while the relaxation's picks have not settled. The
 * first plan is the largest step and is always made, and at the default limit the only one. An iteration costs
 * ≈ 0.3–0.6 ms at hackathon size once optimised, a plan ≈ 40–90 ms. On 40 generated hackathon instances (5
 * kinds × seeds 1–8), against a fixed 60 iterations: the average share of the best known score rose from 99.21% to
 * 99.78% (scarce), 99.12% → 99.37% (scarce, given scores), 99.55% → 99.70% (given scores) and 99.79% → 99.84%
 * (balanced), for 25–35 ms more; surplus instances settle after 40–100 iterations (99.98% either way). At event size
 * the better start also shortens the exact layer's search (a scarce 60 × 200 instance: 2.1 s → 1.2 s to the proven
 * optimum; others as before). FIRST_WINDOW_MAX was 120 before the plans were placed by the flow (serve.ts
 * `serveByVotes`), which costs its time: 100 would add 0.03–0.07 points on the 40 instances for 10–15 ms, beyond the
 * 300 ms.
 */
const FIRST_WINDOW = 40;
const FIRST_WINDOW_LEAST = 10;
const FIRST_UNITS_PER_MS = 1200;
const FIRST_WINDOW_MAX = 80;
const FALL_OVER = 20;
const STILL_FALLING = 3e-4;

/**
 * Plans in a row that were not better after which the vote window doubles (at most six times): a long limit's later
 * plans rarely find anything (on the three bench hackathon instances with `--time-limit 10000`, none after the 250th
 * iteration, of 600), and their flows used the search budget the bound could use.
 */
const STALE_PLANS = 5;
/**
 * HiGHS's time limits at event size: three times the limit plus half a second from the start. Its searches stop on node
 * limits, so that results repeat, but where each node's LP is slow those take far longer than any limit (a scarce
 * 120 × 240 instance with 6 slots: 6.9 s at the default limit, 14.6 s with `--time-limit 2500`, under the former 5× the
 * limit + 2 s). The brake also ends the exact layer's repairs of solver plans (their local search; the team flows run
 * to their end). A run the brake stops keeps the best plan found and the solver's bound, both valid; only such a run
 * can differ between a busy machine and an idle one (and one whose LP the clock stopped: the last MIP's estimate counts
 * that LP's work). (On the 20 generated event instances of the bench notes, the slowest takes 1.7 s at the default
 * limit, below this brake's 3.35 s; at twice the limit, one of 80 × 160 that took 2.65 s lost 3% of its score.) The
 * last MIP is also skipped where its root would not fit (exact.ts).
 */
const SOLVER_BRAKE = 3;
const SOLVER_GRACE_MS = 500;
/**
 * The exact layer's last MIP runs when its root is estimated to take at most this many time limits (exact.ts). 2 before
 * the relaxations were solved by columns (mip.ts), whose rounds take more simplex iterations in all (the second
 * generator's e04: 1 528 where 1 055); 2.5 keeps the same MIPs running at the default limit: of the 32 event instances
 * of the bench notes and the second generator, those whose MIP ran are estimated at most 1.93 s, those skipped at
 * least 5.3 s.
 */
const MIP_ROOT_LIMITS = 2.5;
/** The Lagrangian's patience after its restart with a long limit (bound.ts `restartWhenSpent`). */
const LONG_PATIENCE = 15;

/**
 * What reading one given score costs the CLI before `solve` starts (read.ts: ten million in 1.4–1.6 s, a 513 MB file).
 * Beyond hackathon size the default limit leaves that time to reading scores the reader kept by column (an API
 * caller's array was not read so), down to NATIONAL_LEAST_MS, so that the user's wait stays within the national
 * target. Ten million given scores (generated, seed 5) then leave 970 ms of the limit after compiling where 2470 ms
 * were left: one plan from the bound's votes where two, 99.67% of the engine's bound where 99.84%, `solve` 2.0 s where
 * 2.8–3.1 s, the CLI 4.6 s where 5.0–5.6 s. (With 11.5 million the first flow's plan stands: 99.80% where 99.84%.)
 */
const READ_MS_PER_SCORE = 1.5e-4;
/**
 * 4.5 s before: the machine's slow phases (runs 1.3–1.5 times as long as in others) took the bench's national #1 to
 * 4.5–5.4 s and the second generator's n01 to 5.0–5.7 s. With 4 s, 0.3–0.5 s sooner: the plans' scores within 0.05% of
 * what 4.5 s gave on nine generated national instances, the engine's bound 0.00–0.05 points looser on the bench
 * generator's (national #1 99.55% → 99.54% of it, the lowest 99.29% → 99.27%), 0.33 looser on n01 (97.74% → 97.41%).
 * The bench's ten million given scores (9.2 million read: 3 000 ms where 3 115) 99.74% → 99.47%, its bound from 30
 * iterations where 50.
 */
const NATIONAL_MS = 4000;
const NATIONAL_LEAST_MS = 3000;

/** The default limit beyond hackathon size, after reading this many given scores by column. */
export function nationalLimit(streamedScores: number): number {
  return Math.max(NATIONAL_LEAST_MS, NATIONAL_MS - READ_MS_PER_SCORE * streamedScores);
}

/** Default time limit: the issue-7 targets (1 s at event size, 300 ms hackathon, 5 s national). */
function defaultLimit(m: Model, exactColumns: number): number {
  if (exactColumns <= EVENT_COLUMNS) return 950;
  if (m.C * m.V <= HACKATHON_PAIRS) return 280;
  const given = m.instance.scores;
  return nationalLimit(given && !Array.isArray(given) ? given.score.length : 0);
}

/** The matching engine: see README.md in this folder for the score and the algorithm. */
export async function solve(instance: MatchingInstance, options: SolveOptions = {}): Promise<MatchingResult> {
  const t0 = Date.now();
  const m = compile(instance);
  const pins = resolvePins(m);
  // Only compared with the event-size thresholds: counting stops beyond them.
  const exactColumns = mipSize(m, MIP_MAX_COLUMNS);
  const limit = options.timeLimitMs ?? defaultLimit(m, exactColumns);
  // Below the default limit the caller wants speed: the first plan then takes its votes from FIRST_WINDOW iterations.
  const patient = limit >= defaultLimit(m, exactColumns);
  const seed = options.seed ?? 1;
  // When the exact layer will run, the heuristic only has to give it a good start.
  const exactPlanned = !m.pruned && exactColumns <= Math.min(MIP_MAX_COLUMNS, (MIP_COLUMNS_PER_SECOND * limit) / 1000);
  // Loading and compiling the solver's WebAssembly overlaps with the heuristic when started now.
  if (exactPlanned) void highs().catch(() => undefined);
  // Beyond event size and not pruned the heuristic alone decides the result (its start is planned for differently).
  const heuristicOnly = !exactPlanned && !m.pruned;
  // Work budgets from the limit (see budget.ts): results do not depend on the machine's speed.
  const planned = Math.max(0, limit - (heuristicOnly ? startMillis(m.C, m.V) : compileMillis(m.C, m.V)));
  // The clock only brakes far beyond the limit (a loaded machine must not change results); HiGHS's own time limits
  // brake sooner (SOLVER_BRAKE).
  const emergency = t0 + 4 * limit + 5000;
  const free = () => new Budget(Infinity, emergency);
  const solverTime = () => new Budget(Infinity, t0 + SOLVER_BRAKE * limit + SOLVER_GRACE_MS);
  const withNeighbourhood =
    !exactPlanned && !m.pruned && m.C * m.V <= HACKATHON_PAIRS && limit >= NEIGHBOURHOOD_FROM_MS;
  // (At national size compiling takes 1.2–1.4 s of the 2 s planned for it: the search may have 70% of the rest.)
  // With long limits at hackathon size the bound needs its iterations (at 25%, since the plans from votes are placed by
  // the flow, the better plans kept the vote window short, and 300 × 1000 #1 stopped 0.13% from its bound after 3 s;
  // at 40% 0.02%; on 20 instances of seeds 21–24 the same gaps or smaller, for 0–1 s more).
  const searchShare = exactPlanned ? 0.04 : m.pruned ? 0.7 : withNeighbourhood ? 0.4 : 0.5;
  const search = new Budget(planned * searchShare * SEARCH_UNITS_PER_MS, emergency);
  // What dealing a plan costs (building it and its team flow), in search units: rounds pay for it.
  const flowUnits = (p: Plan) => {
    const arcs = flowSize(p);
    return FLOW_UNITS_PER_ARC * arcs * Math.max(1, (arcs / 12_000) ** 0.4);
  };

  const progress = (stage: string) =>
    options.onProgress?.({
      stage,
      millis: Date.now() - t0,
      servedPriority: plan.servedPriority(),
      totalScore: plan.totalScore(),
    });
  // Repairs of unserved challenges (stealing, and making room by moving another team: serve.ts `serveMore`, `ejectFor`)
  // get a share of the limit for the whole run: where many challenges cannot be served, making room tried hundreds of
  // moves, and gained nothing, for 0.4 s at 300 × 1000.
  const repairs = new Budget((m.pruned ? PRUNED_REPAIR_SHARE : REPAIR_SHARE) * limit * SEARCH_UNITS_PER_MS, emergency);
  let plan = serve(m, pins, repairs);
  progress('serve');
  // The flow deals every seat optimally for the slots chosen; it always runs to the end (its size is capped).
  // (`narrow`: fewer candidates per team, for the first deal, whose plan the Lagrangian heuristic's mostly replaces.)
  const flow = (p: Plan, narrow = false) =>
    flowFits(p, undefined, narrow)
      ? refill(p, pins.pairs, free(), undefined, narrow)
      : refillBySlot(p, pins.pairs, free(), narrow);
  // The flow leaves members spare that no team needed when the plan was made: a challenge left unserved may take
  // them now (more served priority comes first), and the flow then deals the seats again. (Only spares: making room
  // by moving other teams costs ≈ 80 ms per flow at national size, and the plans already tried it.)
  const deal = (p: Plan, narrow = false) => {
    const q = flow(p, narrow);
    const more = serveMore(q, pins, free(), false);
    return more.servedPriority() > q.servedPriority() + 1e-9 ? flow(more, narrow) : q;
  };
  plan = deal(plan, true);
  progress('refill');
  // After one flow over every team the local search finds next to nothing (it keeps the slots, and the flow dealt
  // the seats optimally for them); it only helps after the flow slot by slot, except at national size, where its
  // time is better spent on the bound.
  if (!m.pruned && !flowFits(plan, undefined, true)) improve(plan, pins.pairs, search.part(IMPROVE_SHARE), seed);
  progress('improve');
  const pinnedChallenges = new Set(pins.members.keys());
  // The Lagrangian heuristic: subgradient iterations lower the bound, and after each window of them (windowNow) the
  // slots the relaxation picked make a new plan, dealt by the flow and kept when it is better. The first plan is always
  // made (except at national size); later ones stop when the budget cannot pay for another; where the bound is wanted
  // too (national size, long time limits) the iterations go on.
  // At national size the iterations before the first plan read the kept pairs only (those the plans choose from), and
  // the ones after it every pair, from the multipliers reached, for the bound. Where teams want more people than there
  // are, an iteration over every pair reads most of them (no price rules the rest out while a few volunteers are free):
  // over the kept ones it took 4–5 times less (the second generator's n03, teams of 5–10: 31 ms where 117; n07, 4 000
  // volunteers: 16 where 82), elsewhere 1.3–1.5 times less. Read over every pair, the prices they reach still give
  // tight bounds; the score's share of the engine's bound, one run each: n03 84.22% → 93.19%, n07 85.49% → 91.68%, n01
  // 97.14% → 97.43% (at seed + 100 96.89% → 97.15%, with one assignment per volunteer 96.04% → 96.66%), the bench
  // generator's national #1 99.47% → 99.50%, ten million given scores 99.47% → 99.56%, seven others within −0.02 to
  // +0.04 points, n06 (twenty slots) 88.31% → 87.75%. n03 runs ≈ 1 s sooner, the others in about the same time.
  const lagrangian = new Lagrangian(m, plan, plan.servedPriority(), pinnedChallenges, m.pruned);
  lagrangian.clearTables(search);
  const iteratedFrom = search.spent;
  const boundToo = m.pruned || withNeighbourhood;
  // A long limit at hackathon size leaves the bound thousands of iterations: once the step is spent, once more.
  if (withNeighbourhood) lagrangian.restartWhenSpent(LONG_PATIENCE);
  let perIteration = 0;
  let plans = 0;
  // the best plan after the first window (where a run at the default limit stops at hackathon size)
  let firstPlan: Plan | null = null;
  // The first plan waits for more votes while the bound still falls: the relaxation's picks have not settled yet.
  // Where an iteration costs much (no scan of a challenge's pairs can stop early, as where every volunteer is wanted),
  // the first plan takes its votes from fewer of them: at least FIRST_WINDOW_LEAST, up to what FIRST_UNITS_PER_MS of
  // the limit pays for.
  const firstUnits = FIRST_UNITS_PER_MS * limit;
  const firstWindow = () => {
    const votes = lagrangian.voteCount;
    if (votes >= FIRST_WINDOW_LEAST && search.spent - iteratedFrom >= firstUnits) return votes;
    if (m.pruned) {
      const now = search.spent >= PRUNED_PLAN_AT * search.units || search.remaining < flowUnits(plan) + perIteration;
      return votes >= PRUNED_WINDOW && now ? votes : votes + 1;
    }
    const settling =
      patient && votes >= FIRST_WINDOW && votes < FIRST_WINDOW_MAX && lagrangian.fall(FALL_OVER) > STILL_FALLING;
    return settling ? votes + 1 : FIRST_WINDOW;
  };
  // plans in a row that were not better: each STALE_PLANS of them double the window
  let unimproved = 0;
  const windowNow = () =>
    plans === 0
      ? firstWindow()
      : m.pruned
        ? PRUNED_WINDOW
        : VOTE_WINDOW * 2 ** Math.min(6, Math.floor(unimproved / STALE_PLANS));
  for (;;) {
    const window = windowNow();
    // (Where the bound's iterations go on past a window whose plan was not affordable, the votes beyond the window do
    // not make the next plan any cheaper: counted so, a national instance made a plan it could not pay for, 0.5 s late.)
    const affordable =
      plans === 0 || search.remaining >= flowUnits(plan) + Math.max(0, window - lagrangian.voteCount) * perIteration;
    if (lagrangian.iterations > 0 && !affordable && !(boundToo && !search.over())) break;
    const before = search.spent;
    const more = lagrangian.iterate(search);
    // (At national size the first plan waits for half the budget: should the iterations end before, it is made now,
    // unless the bound has proven the plan optimal.)
    if (!more && !(m.pruned && plans === 0 && lagrangian.voteCount > 0 && !lagrangian.proven)) break;
    perIteration = Math.max(perIteration, search.spent - before);
    if (more && (lagrangian.voteCount < windowNow() || !affordable)) continue;
    plans++;
    const voted = serveByVotes(plan, pins, lagrangian.votes, lagrangian.voteWeight, free(), repairs);
    lagrangian.resetVotes();
    // A plan the placement flow dealt whole needs no second flow (it would gain 0.01–0.05% for 20–40 ms), except where
    // teams contend for the same people (teams.ts `contendedModel`): there the placement's seat per required skill,
    // taken by a coverer each, is far from the teams the members' own cover allows, and the second flow gained
    // 0.2–0.8% on the second generator's instances so (300 × 1000, teams of 2–4: 861.8 → 866.6, the restricted MIP of a
    // 5 s run 867.2), for 30–80 ms. After a placement a narrow flow does what a wide one would (on the 40 instances
    // of FIRST_WINDOW within 0.003 points).
    let next = voted.redeal || contendedModel(m) ? deal(voted.plan, voted.placed) : voted.plan;
    if (next.servedPriority() < plan.servedPriority() - 1e-9) {
      // Votes can drop a challenge the plan serves (the relaxation's picks are fractional, this plan is not): serve
      // it again, moving other teams if need be. Otherwise a plan otherwise far better would be thrown away (once
      // 99.5% of the best known score against 93%).
      const again = restore(next, plan, pins, repairs);
      if (again.servedPriority() > next.servedPriority() + 1e-9) next = deal(again);
    }
    search.spend(flowUnits(next));
    unimproved++;
    if (better(next, plan)) {
      unimproved = 0;
      plan = next;
      lagrangian.target = Math.max(lagrangian.target, plan.totalScore());
    }
    progress(`lagrangian ${lagrangian.iterations}`);
    if (plans === 1) firstPlan = plan;
    lagrangian.readAll();
    if (!more) break;
  }

  // (Where no iteration read every pair, as where the iterations or the search budget ended with the first plan, one
  // more does, for the bound.)
  if (!lagrangian.bounded) {
    lagrangian.readAll();
    lagrangian.iterate(search);
  }
  // Challenges the last plan leaves unserved may still run where their few coverers can be freed by chains of
  // replacements, every other team running on; the flow then deals the seats again (not at national size, where it
  // takes ≈ 0.5 s: the chains' teams are valid as they are).
  if (!exactPlanned) {
    const chained = (start: Plan) => {
      const chains = new Budget(CHAIN_SHARE * limit * SEARCH_UNITS_PER_MS, emergency);
      let p = start;
      for (let round = 0; round < CHAIN_ROUNDS && !chains.over(); round++) {
        const longer = serveByChains(p, pins, chains);
        if (longer.servedPriority() <= p.servedPriority() + 1e-9) break;
        const dealt = m.pruned ? longer : deal(longer);
        p = better(dealt, longer) ? dealt : longer;
      }
      return p;
    };
    const last = plan;
    plan = chained(plan);
    // A long run's later plans score more, but their chains can serve less than the first plan's: the second
    // generator's h07 with `--time-limit 10000` served 520.07 where the default limit, which chains its first plan,
    // served the optimum's 520.27. Both are chained where the time allows (at most 40% of the limit each).
    if (withNeighbourhood && firstPlan && firstPlan !== last) {
      const fromFirst = chained(firstPlan);
      if (better(fromFirst, plan)) plan = fromFirst;
    }
  }
  let upperBound = Infinity;
  if (exactPlanned) {
    // The exact layer only ever improves on the heuristic: if the solver cannot load or fails, carry on without it.
    const outcome = await exact(m, plan, pins, solverTime(), seed, MIP_ROOT_LIMITS * limit).catch(() => null);
    if (outcome) {
      plan = outcome.plan;
      upperBound = outcome.bound;
    }
    progress('exact');
  } else if (withNeighbourhood) {
    // A restricted MIP around the plan, on the clock (the one place where it can change a result): it gets what is
    // left of the limit, at most 60% of it, so that the limit holds even when the machine is busy (less 400 ms:
    // HiGHS overran its limit by 150 ms on a scarce instance).
    const seconds = Math.min(0.6 * limit, t0 + limit - Date.now() - 400) / 1000;
    if (seconds > 0.2)
      plan = (await neighbourhood(m, plan, pins, solverTime(), seed, seconds).catch(() => null)) ?? plan;
    progress('neighbourhood');
  }
  upperBound = Math.min(upperBound, lagrangian.best);
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
