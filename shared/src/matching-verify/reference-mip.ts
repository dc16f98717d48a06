/**
 * The exact reference: a MIP written from MATCHING.md alone (not from the engine's model) and
 * solved by HiGHS in two lexicographic stages: first the served priority, then, with that fixed,
 * the summed pair score.
 *
 *   y[c,s] = 1 when challenge c runs in slot s;  x[c,v] = 1 when v is in c's team.
 *   Σ_s y[c,s] ≤ 1                        runs in at most one slot
 *   Σ_c y[c,s] ≤ capacity(s)              tables
 *   Σ_c x[c,v] ≤ maxAssignments(v)
 *   min·Σ_s y ≤ Σ_v x[c,v] ≤ max·Σ_s y    team size, and no members unless c runs
 *   Σ_{v covers k} x[c,v] ≥ Σ_s y[c,s]    each required skill k
 *   Σ_{v away in s} x[c,v] ≤ M·(1 − y[c,s])   when v may serve once: the team is there in c's slot
 *   x[c,v] = Σ_s z[c,v,s], z ≤ y[c,s], Σ_c z[c,v,s] ≤ 1   when v may serve more than once
 * Incompatible and excluded pairs have no variable; pins are fixed to 1.
 */
import loadHighs from 'highs';
import { candidates } from './eligibility';
import { greedy } from './greedy';
import { lpRow as row } from './lp-format';
import type { AssignmentJson, InstanceJson, PairScorer, ResultJson } from './shapes';

export interface ReferenceOutcome {
  status: 'optimal' | 'time-limit' | 'infeasible' | 'error';
  servedPriority: number;
  /** A proven upper bound on servedPriority. */
  priorityBound: number;
  totalScore: number;
  /** A proven upper bound on totalScore at servedPriority. */
  scoreBound: number;
  result: ResultJson | null;
  millis: number;
  variables: number;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | null = null;
const highs = (): Promise<Highs> => (highsPromise ??= loadHighs());

interface Model {
  text: string;
  /** Column name to its meaning: a team member (x) with its score, or a slot choice (y). */
  members: Map<string, { ci: number; vi: number; score: number }>;
  runs: Map<string, { ci: number; si: number; priority: number }>;
}

function buildModel(instance: InstanceJson, scorer?: PairScorer): Model | null {
  const cands = candidates(instance, scorer);
  const rows: string[] = [];
  const members: Model['members'] = new Map();
  const runs: Model['runs'] = new Map();
  const runTerms = instance.challenges.map((c, ci): [number, string][] =>
    instance.slots.flatMap((slot, si): [number, string][] => {
      if (!c.slots.includes(slot.id) || slot.capacity <= 0) return [];
      runs.set(`y${ci}_${si}`, { ci, si, priority: c.priority ?? 1 });
      return [[1, `y${ci}_${si}`]];
    }),
  );
  const team = instance.challenges.map((): { vi: number; x: string }[] => []);
  const volunteerTerms = instance.volunteers.map((): [number, string][] => []);
  const perSlot = new Map<string, [number, string][]>();
  const extra: string[] = [];
  const pairIndex = new Map<string, string>();
  // away[y[c,s]]: members of c who cannot be there when c runs in s.
  const away = new Map([...runs.keys()].map((y): [string, [number, string][]] => [y, []]));
  for (let p = 0; p < cands.count; p++) {
    const ci = cands.challenge[p];
    const vi = cands.volunteer[p];
    const x = `x${ci}_${vi}`;
    const shared = cands.commonSlots(ci, vi).filter((si) => instance.slots[si].capacity > 0);
    if (shared.length === 0) continue;
    members.set(x, { ci, vi, score: cands.score[p] });
    pairIndex.set(`${instance.challenges[ci].id}\u0000${instance.volunteers[vi].id}`, x);
    team[ci].push({ vi, x });
    volunteerTerms[vi].push([1, x]);
    if ((instance.volunteers[vi].maxAssignments ?? 1) === 1) {
      for (const [, y] of runTerms[ci]) if (!shared.includes(runs.get(y)!.si)) away.get(y)!.push([1, x]);
      continue;
    }
    const split: [number, string][] = [[1, x]];
    for (const si of shared) {
      const z = `z${ci}_${vi}_${si}`;
      extra.push(z);
      split.push([-1, z]);
      rows.push(
        row(
          `zl${ci}_${vi}_${si}`,
          [
            [1, z],
            [-1, `y${ci}_${si}`],
          ],
          '<=',
          0,
        ),
      );
      const list = perSlot.get(`${vi}_${si}`);
      if (list) list.push([1, z]);
      else perSlot.set(`${vi}_${si}`, [[1, z]]);
    }
    rows.push(row(`zs${ci}_${vi}`, split, '=', 0));
  }
  instance.challenges.forEach((c, ci) => {
    const run = runTerms[ci];
    if (run.length === 0) return;
    rows.push(row(`run${ci}`, run, '<=', 1));
    const neg = (k: number): [number, string][] => run.map(([, y]): [number, string] => [-k, y]);
    const all = team[ci].map(({ x }): [number, string] => [1, x]);
    rows.push(row(`min${ci}`, [...all, ...neg(c.teamSize.min)], '>=', 0));
    rows.push(row(`max${ci}`, [...all, ...neg(Math.min(c.teamSize.max, all.length))], '<=', 0));
    c.skills.forEach((need, k) => {
      if (!need.required) return;
      const coverers = team[ci].filter(({ vi }) => (cands.levels[vi].get(need.skill) ?? 0) >= need.minLevel);
      rows.push(row(`cov${ci}_${k}`, [...coverers.map(({ x }): [number, string] => [1, x]), ...neg(1)], '>=', 0));
    });
  });
  for (const [y, terms] of away) {
    const max = instance.challenges[runs.get(y)!.ci].teamSize.max;
    if (terms.length > 0)
      rows.push(row(`a${y}`, [...terms, [Math.min(max, terms.length), y]], '<=', Math.min(max, terms.length)));
  }
  instance.slots.forEach((slot, si) => {
    const terms = runTerms.flatMap((run) => run.filter(([, y]) => runs.get(y)!.si === si));
    if (terms.length > slot.capacity) rows.push(row(`cap${si}`, terms, '<=', slot.capacity));
  });
  instance.volunteers.forEach((v, vi) => {
    const max = v.maxAssignments ?? 1;
    if (volunteerTerms[vi].length > max) rows.push(row(`vol${vi}`, volunteerTerms[vi], '<=', max));
  });
  for (const [k, terms] of perSlot) if (terms.length > 1) rows.push(row(`vs${k}`, terms, '<=', 1));
  for (const [i, pin] of (instance.pins ?? []).entries()) {
    const x = pairIndex.get(`${pin.challenge}\u0000${pin.volunteer}`);
    if (x === undefined) return null;
    rows.push(row(`pin${i}`, [[1, x]], '=', 1));
  }
  const objective = [...runs].map(([y, r]): [number, string] => [r.priority, y]);
  const binaries = [...runs.keys(), ...members.keys(), ...extra];
  const text = [
    'Maximize',
    row('obj', objective.length > 0 ? objective : [[0, 'dummy']], '', 0).replace(/\s+0$/, ''),
    'Subject To',
    ...rows,
    'Binary',
    ...Array.from(
      { length: Math.ceil(binaries.length / 20) },
      (_, i) => ` ${binaries.slice(i * 20, i * 20 + 20).join(' ')}`,
    ),
    'End',
  ].join('\n');
  return { text, members, runs };
}

const empty = (millis: number, status: ReferenceOutcome['status']): ReferenceOutcome => ({
  status,
  servedPriority: 0,
  priorityBound: 0,
  totalScore: 0,
  scoreBound: 0,
  result: null,
  millis,
  variables: 0,
});

/**
 * Solves the instance exactly (or as far as `timeLimitMs` allows: then the best solution found
 * and HiGHS's proven bounds). Half of the time goes to the served priority, the rest to the score.
 * `start`, a valid result (the engine's, say), seeds the search next to the greedy one: HiGHS then
 * only has to improve on it or prove it optimal; the model stays this file's own.
 */
export async function solveReference(
  instance: InstanceJson,
  options: { timeLimitMs?: number; scorer?: PairScorer; start?: ResultJson } = {},
): Promise<ReferenceOutcome> {
  const started = performance.now();
  const limit = (options.timeLimitMs ?? 60_000) / 1000;
  const model = buildModel(instance, options.scorer);
  if (!model) return empty(performance.now() - started, 'infeasible');
  const log = (what: string): void => {
    if (process.env.REFERENCE_LOG === '1')
      console.error(`reference: ${what} at ${Math.round(performance.now() - started)} ms`);
  };
  log(`model text ${model.text.length} chars`);
  const h = await highs();
  const lp = h.createModel({ format: 'lp', data: model.text });
  log('parsed');
  try {
    const n = lp.getDimensions().numCols;
    const names = Array.from({ length: n }, (_, i) => lp.getColName(i));
    log(`${n} columns named`);
    // A MIP start: at hackathon size HiGHS may not find a solution of its own in time.
    const starts = [greedy(instance, options.scorer), ...(options.start ? [options.start] : [])]
      .map((r) => ({ metrics: r.metrics, values: warmStart(instance, names, r) }))
      .filter((r) => r.values !== null)
      .sort(
        (a, b) => b.metrics.servedPriority - a.metrics.servedPriority || b.metrics.totalScore - a.metrics.totalScore,
      );
    if (starts.length > 0) lp.setSolution({ colValue: starts[0].values! });
    lp.options.set({
      output_flag: process.env.REFERENCE_LOG === '1',
      mip_rel_gap: 1e-7,
      mip_abs_gap: 1e-7,
      time_limit: limit / 2,
      // Presolve takes a third of the budget at hackathon size in this single-threaded build.
      presolve: n > 50_000 ? 'off' : 'choose',
    });
    lp.run();
    log(`stage 1 status ${lp.getModelStatus()}`);
    const codes = h.constants.modelStatus;
    const hasSolution = (): boolean => Number(lp.info.get('primal_solution_status')) === 2;
    if (!hasSolution())
      return empty(performance.now() - started, lp.getModelStatus() === codes.infeasible ? 'infeasible' : 'error');
    const stage1 = lp.getSolution().colValue;
    const priorityOptimal = lp.getModelStatus() === codes.optimal;
    // The priority of the solution vector itself, so that the start of stage 2 is feasible for it.
    const servedPriority = names.reduce((sum, name, i) => sum + (model.runs.get(name)?.priority ?? 0) * stage1[i], 0);
    log(`stage 1 objective ${lp.getObjectiveValue()}, solution priority ${servedPriority}`);
    const priorityBound = priorityOptimal ? servedPriority : Number(lp.info.get('mip_dual_bound'));

    const yIndex = names.flatMap((name, i) => (model.runs.has(name) ? [i] : []));
    lp.addRow(servedPriority - 1e-6, Infinity, {
      indices: yIndex,
      values: yIndex.map((i) => model.runs.get(names[i])!.priority),
    });
    lp.changeColsCost(
      { kind: 'range', from: 0, to: n - 1 },
      names.map((name) => model.members.get(name)?.score ?? 0),
    );
    const stage1Score = names.reduce((sum, name, i) => sum + (model.members.get(name)?.score ?? 0) * stage1[i], 0);
    const better = starts.find(
      (r) => r.metrics.servedPriority >= servedPriority - 1e-6 && r.metrics.totalScore > stage1Score,
    );
    lp.setSolution({ colValue: better?.values ?? stage1 });
    // time_limit counts the model's cumulative run time: reset it, or stage 2 stops at once.
    lp.zeroAllClocks();
    lp.options.set({ time_limit: Math.max(1, limit - (performance.now() - started) / 1000) });
    lp.run();
    log(`stage 2 status ${lp.getModelStatus()}, objective ${lp.getObjectiveValue()}`);
    const scoreOptimal = lp.getModelStatus() === codes.optimal;
    const values = lp.getSolution().colValue;
    const result = toResult(instance, model, names, values, performance.now() - started);
    return {
      status: priorityOptimal && scoreOptimal ? 'optimal' : 'time-limit',
      servedPriority: result.metrics.servedPriority,
      priorityBound,
      totalScore: result.metrics.totalScore,
      scoreBound: scoreOptimal
        ? Math.max(lp.getObjectiveValue(), result.metrics.totalScore)
        : Number(lp.info.get('mip_dual_bound')),
      result,
      millis: performance.now() - started,
      variables: n,
    };
  } finally {
    lp.dispose();
  }
}

function warmStart(instance: InstanceJson, names: string[], start: ResultJson): Float64Array | null {
  const index = new Map(names.map((name, i) => [name, i]));
  const ci = new Map(instance.challenges.map((c, i) => [c.id, i]));
  const vi = new Map(instance.volunteers.map((v, i) => [v.id, i]));
  const si = new Map(instance.slots.map((s, i) => [s.id, i]));
  const values = new Float64Array(names.length);
  for (const a of start.assignments) {
    const c = ci.get(a.challenge)!;
    const v = vi.get(a.volunteer)!;
    const s = si.get(a.slot)!;
    for (const name of [`x${c}_${v}`, `y${c}_${s}`, `z${c}_${v}_${s}`]) {
      const i = index.get(name);
      if (i !== undefined) values[i] = 1;
      else if (name[0] !== 'z') return null;
    }
  }
  return values;
}

function toResult(
  instance: InstanceJson,
  model: Model,
  names: string[],
  values: Float64Array,
  millis: number,
): ResultJson {
  const slotOf = new Map<number, number>();
  names.forEach((name, i) => {
    const run = model.runs.get(name);
    if (run && values[i] > 0.5) slotOf.set(run.ci, run.si);
  });
  const assignments: AssignmentJson[] = [];
  names.forEach((name, i) => {
    const member = model.members.get(name);
    if (!member || values[i] <= 0.5) return;
    assignments.push({
      challenge: instance.challenges[member.ci].id,
      volunteer: instance.volunteers[member.vi].id,
      slot: instance.slots[slotOf.get(member.ci)!].id,
      score: member.score,
    });
  });
  return {
    assignments,
    unserved: instance.challenges
      .filter((_, ci) => !slotOf.has(ci))
      .map((c) => ({ challenge: c.id, code: 'NOT_SERVED', params: {}, reason: 'not served in the reference optimum' })),
    metrics: {
      served: slotOf.size,
      servedPriority: [...slotOf.keys()].reduce((sum, ci) => sum + (instance.challenges[ci].priority ?? 1), 0),
      totalScore: assignments.reduce((sum, a) => sum + a.score, 0),
      millis: Math.round(millis),
    },
  };
}
