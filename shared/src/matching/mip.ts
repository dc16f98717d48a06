import loadHighs from 'highs';
import { covers, type Model } from './model';
import { Plan } from './plan';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | null = null;
/** One WebAssembly instance per process: loading it costs ~50 ms. */
export const highs = (): Promise<Highs> => (highsPromise ??= loadHighs());

/**
 * The exact model: y[c,s] = c runs in slot s; x[c,v,s] = v on c's team in slot s, for every slot
 * both can use. Team size and coverage are stated per slot against y[c,s], and the linking rows
 * x[c,v,s] <= y[c,s] are redundant for integers: both make the LP relaxation much tighter than
 * one x[c,v] per pair with per-challenge rows (measured on scarce instances with given scores:
 * relaxation gap 0.6% → 0.01%, the LP's rounding often the optimum).
 */
interface Columns {
  y: { c: number; s: number }[];
  x: { c: number; v: number; s: number; score: number }[];
}

/** Columns left out of a model: y by key c · S + s, x by key (c · V + v) · S + s. */
export interface ColumnSet {
  y: Set<number>;
  x: Set<number>;
}

/**
 * `keep(c, i, v)`: whether candidate i (volunteer v) of c gets columns; all by default. `without`:
 * columns proven useless (reduced-cost fixing), an x column also goes with its y.
 */
function columns(
  m: Model,
  keep: (c: number, i: number, v: number) => boolean = () => true,
  without?: ColumnSet,
): Columns {
  const y: Columns['y'] = [];
  for (let c = 0; c < m.C; c++)
    for (const s of m.challengeSlots[c]) if (m.capacity[s] > 0 && !without?.y.has(c * m.S + s)) y.push({ c, s });
  const x: Columns['x'] = [];
  for (let c = 0; c < m.C; c++) {
    m.candidates[c].forEach((v, i) => {
      if (!keep(c, i, v)) return;
      const score = m.candidateScores[c][i];
      for (const s of m.challengeSlots[c]) {
        if (!m.available[v * m.S + s] || m.capacity[s] === 0) continue;
        if (without && (without.y.has(c * m.S + s) || without.x.has((c * m.V + v) * m.S + s))) continue;
        x.push({ c, v, s, score });
      }
    });
  }
  return { y, x };
}

/** Priority step: the smallest decimal that divides every priority, or 0 when there is none. */
export function priorityStep(m: Model): number {
  for (const d of [1, 0.5, 0.25, 0.1, 0.05, 0.01, 0.001]) {
    if (m.priority.every((p) => Math.abs(p / d - Math.round(p / d)) < 1e-9)) return d;
  }
  return 0;
}

/**
 * Weight of one priority unit in the single "lex" objective K·priority + score: more than any
 * score can add (at most one per seat or per volunteer), divided by the priority step, so a
 * bound V on it gives both priority <= V / K and score <= V - K·priority.
 */
export function lexWeight(m: Model): number {
  let seats = 0;
  for (let c = 0; c < m.C; c++) seats += m.maxSize[c];
  return (
    (Math.min(
      seats,
      m.vMax.reduce((a, b) => a + b, 0),
    ) +
      1) /
    priorityStep(m)
  );
}

/**
 * The largest served priority not above `bound` that some set of challenges can sum to (subset
 * sums on the priority grid): an LP bound of 14.7 with priorities 1, 2, 3 proves 14 optimal.
 */
export function reachablePriority(m: Model, bound: number): number {
  const step = priorityStep(m);
  if (step === 0) return bound;
  const top = Math.floor((bound + 1e-6) / step);
  if (top > 200_000) return top * step;
  const can = new Uint8Array(top + 1);
  can[0] = 1;
  for (const p of m.priority) {
    const w = Math.round(p / step);
    for (let t = top; t >= w; t--) if (can[t - w]) can[t] = 1;
  }
  let t = top;
  while (t > 0 && !can[t]) t--;
  return t * step;
}

/** Columns of the exact model: one per challenge, volunteer and slot both can use (counted up to `cap`). */
export function mipSize(m: Model, cap = Infinity): number {
  let n = 0;
  // (indexed loops: every run counts, before V8 has optimised anything, where for-of costs an iterator per pair)
  for (let c = 0; c < m.C && n <= cap; c++) {
    const cands = m.candidates[c];
    const slots = m.challengeSlots[c];
    for (let i = 0; i < cands.length; i++)
      for (let j = 0; j < slots.length; j++)
        if (m.available[cands[i] * m.S + slots[j]] && m.capacity[slots[j]] > 0) n++;
  }
  return n;
}

export interface MipOutcome {
  plan: Plan | null;
  /** the solver's objective value of `plan`'s solution (before rounding) */
  objective: number;
  /** proven bound on the stage objective (over the columns the model had) */
  bound: number;
  optimal: boolean;
  /** no solution at all (over the columns the model had) */
  infeasible: boolean;
  /**
   * For a relaxation: the columns that cannot be 1 in any solution whose objective is within
   * `slack` of the relaxation's (their reduced cost costs more): reduced-cost fixing.
   */
  useless?: (slack: number) => ColumnSet;
  /** For a relaxation: y[c · S + s], how much c runs in slot s */
  share?: Float64Array;
  /**
   * Columns × simplex iterations of this solve: what its time grows with, counted, not clocked (on the 2-core
   * machine ≈ MS_PER_LP_WORK ms per unit, within 25% on five event-size LPs of 8 000–15 000 columns).
   */
  work: number;
}

/** Milliseconds per unit of `MipOutcome.work` (columns × simplex iterations), measured: 2.3–3.0 · 10⁻⁵. */
export const MS_PER_LP_WORK = 2.6e-5;

export async function solveMip(
  m: Model,
  start: Plan,
  stage: 'priority' | 'score' | 'lex',
  minPriority: number,
  pinned: Set<number>,
  seconds: number,
  relax = false,
  restrictTo = 0,
  without?: ColumnSet,
): Promise<MipOutcome> {
  const h = await highs();
  // A restricted model (each team's best `restrictTo` candidates plus its members) is a
  // neighbourhood search: its solutions are valid, its bound is not a bound of the instance.
  const members = restrictTo > 0 ? new Set(start.team.flatMap((t, c) => t.map((v) => c * m.V + v))) : null;
  const cols = columns(
    m,
    members ? (c, i, v) => i < restrictTo || members.has(c * m.V + v) || pinned.has(c * m.V + v) : undefined,
    without,
  );
  const ny = cols.y.length;
  const n = ny + cols.x.length;
  // Nothing can run (no table, no eligible pair): the empty plan is optimal.
  if (n === 0 || ny === 0)
    return { plan: new Plan(m), objective: 0, bound: 0, optimal: true, infeasible: false, work: 0 };
  const cost = new Float64Array(n);
  const lower = new Float64Array(n);
  const upper = new Float64Array(n).fill(1);
  const yOf: number[][] = Array.from({ length: m.C }, () => []);
  cols.y.forEach(({ c }, j) => {
    yOf[c].push(j);
    if (stage === 'priority') cost[j] = m.priority[c];
    if (stage === 'lex') cost[j] = m.priority[c] * lexWeight(m);
  });
  const xOfC: number[][] = Array.from({ length: m.C }, () => []);
  const xOfV: number[][] = Array.from({ length: m.V }, () => []);
  cols.x.forEach(({ c, v, score }, i) => {
    const j = ny + i;
    xOfC[c].push(j);
    xOfV[v].push(j);
    if (stage !== 'priority') cost[j] = score;
  });
  const starts = [0];
  const idx: number[] = [];
  const val: number[] = [];
  const lo: number[] = [];
  const up: number[] = [];
  const row = (entries: [number, number][], l: number, u: number) => {
    for (const [j, a] of entries) {
      idx.push(j);
      val.push(a);
    }
    starts.push(idx.length);
    lo.push(l);
    up.push(u);
  };
  const inf = h.infinity;
  // Per challenge: at most one slot; per slot it may run in, team size and coverage counted among the members
  // available there (these per-slot rows, with x ≤ y below, make the relaxation much tighter than per-challenge ones).
  for (let c = 0; c < m.C; c++) {
    row(
      yOf[c].map((j) => [j, 1]),
      0,
      1,
    );
    for (const y of yOf[c]) {
      const t = cols.y[y].s;
      const inT = xOfC[c].filter((j) => cols.x[j - ny].s === t);
      row([...inT.map((j) => [j, 1] as [number, number]), [y, -m.maxSize[c]]], -inf, 0);
      row([...inT.map((j) => [j, 1] as [number, number]), [y, -m.minSize[c]]], 0, inf);
      for (const r of m.required[c]) {
        const cov = inT.filter((j) => covers(m, c, r, cols.x[j - ny].v));
        row([...cov.map((j) => [j, 1] as [number, number]), [y, -1]], 0, inf);
      }
    }
  }
  for (let s = 0; s < m.S; s++) {
    const ys = cols.y.map((col, j) => [col, j] as const).filter(([col]) => col.s === s);
    if (ys.length > 0)
      row(
        ys.map(([, j]) => [j, 1]),
        -inf,
        m.capacity[s],
      );
  }
  const ySlot = new Map(cols.y.map((col, j) => [col.c * m.S + col.s, j]));
  for (let v = 0; v < m.V; v++) {
    const xs = xOfV[v];
    if (xs.length === 0) continue;
    row(
      xs.map((j) => [j, 1]),
      -inf,
      m.vMax[v],
    );
    if (m.vMax[v] === 1) continue;
    for (let s = 0; s < m.S; s++) {
      const inS = xs.filter((j) => cols.x[j - ny].s === s);
      if (inS.length > 1)
        row(
          inS.map((j) => [j, 1]),
          -inf,
          1,
        );
    }
  }
  // x[c, v, s] <= y[c, s]: redundant for integers, tightening for the relaxation.
  cols.x.forEach(({ c, s }, i) =>
    row(
      [
        [ny + i, 1],
        [ySlot.get(c * m.S + s)!, -1],
      ],
      -inf,
      0,
    ),
  );
  for (const key of pinned) {
    const c = Math.floor(key / m.V);
    const v = key % m.V;
    row(
      xOfC[c].filter((j) => cols.x[j - ny].v === v).map((j) => [j, 1]),
      1,
      1,
    );
  }
  if (stage === 'score')
    row(
      cols.y.map(({ c }, j) => [j, m.priority[c]]),
      minPriority - 1e-6,
      inf,
    );

  const model = h.createModel({
    numCols: n,
    numRows: lo.length,
    sense: h.constants.objectiveSense.maximize,
    colCost: cost,
    colLower: lower,
    colUpper: upper,
    rowLower: Float64Array.from(lo),
    rowUpper: Float64Array.from(up),
    matrix: {
      format: 'csr',
      numRows: lo.length,
      numCols: n,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(idx),
      values: Float64Array.from(val),
    },
    integrality: new Int32Array(n).fill(relax ? 0 : 1),
  });
  try {
    // Presolve costs more than it saves on these models (their LP relaxation is nearly integral).
    // A node limit, not the clock, ends long searches, so that runs repeat exactly.
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, seconds),
      mip_rel_gap: 1e-7,
      mip_abs_gap: 1e-7,
      random_seed: 0,
      presolve: 'off',
      mip_max_nodes: restrictTo > 0 ? 200 : 2000,
      // With a good start given, the root heuristics, symmetry detection and restarts cost more than they find on
      // the full model (measured: 15-20% of the time at event size); the neighbourhood search keeps them.
      ...(restrictTo > 0
        ? {}
        : {
            mip_detect_symmetry: false,
            mip_allow_restart: false,
            mip_heuristic_run_feasibility_jump: false,
            mip_heuristic_run_rins: false,
            mip_heuristic_run_rens: false,
            mip_heuristic_run_root_reduced_cost: false,
            mip_heuristic_run_zi_round: false,
            mip_heuristic_run_shifting: false,
          }),
    });
    const colValue = new Float64Array(n);
    cols.y.forEach(({ c, s }, j) => (colValue[j] = start.slotOf[c] === s ? 1 : 0));
    cols.x.forEach(
      ({ c, v, s }, i) => (colValue[ny + i] = start.team[c].includes(v) && (s < 0 || start.slotOf[c] === s) ? 1 : 0),
    );
    if (!relax) model.setSolution({ colValue });
    model.run();
    const status = model.getModelStatus();
    const optimal = status === h.constants.modelStatus.optimal;
    // The LP optimum bounds the integer one; pad it by the solver's tolerance so it stays a true bound.
    const dual = relax
      ? optimal
        ? model.getObjectiveValue() * (1 + 1e-9) + 1e-7
        : Infinity
      : Number(model.info.get('mip_dual_bound'));
    let sol: { colValue?: Float64Array; colDual?: Float64Array } = {};
    try {
      sol = model.getSolution() as { colValue?: Float64Array; colDual?: Float64Array };
    } catch {
      // no solution to read (for example a status HiGHS reached without solving)
    }
    let plan: Plan | null = null;
    if (sol.colValue && sol.colValue.length === n && Number.isFinite(model.getObjectiveValue())) {
      // Rounding an LP (or a MIP within tolerances) can break rules the rows only hold fractionally: a member
      // unavailable in the slot the challenge rounds to, more tables or assignments than allowed. Take values
      // largest first and only what keeps the plan within those rules; repair completes the teams.
      const value = sol.colValue;
      const q = new Plan(m);
      const byValue = (a: number, b: number) => value[b] - value[a] || a - b;
      const ys = [...cols.y.keys()].filter((j) => value[j] > 0.5).sort(byValue);
      for (const j of ys) {
        const { c, s } = cols.y[j];
        if (q.slotOf[c] < 0 && q.used[s] < m.capacity[s]) q.open(c, s);
      }
      const xs = [...cols.x.keys()].filter((i) => value[ny + i] > 0.5).sort((a, b) => byValue(ny + a, ny + b));
      for (const i of xs) {
        const { c, v } = cols.x[i];
        const s = q.slotOf[c];
        if (s >= 0 && q.team[c].length < m.maxSize[c] && !q.team[c].includes(v) && q.freeIn(v, s)) q.add(c, v);
      }
      plan = q;
    }
    const infeasible = status === h.constants.modelStatus.infeasible;
    let useless: MipOutcome['useless'];
    const reduced = (sol as { colDual?: Float64Array }).colDual;
    if (relax && optimal && reduced && reduced.length === n) {
      // Maximising: a column at 0 has reduced cost d <= 0, and the relaxation with it at 1 is worth at most d more.
      useless = (slack) => {
        const out: ColumnSet = { y: new Set(), x: new Set() };
        cols.y.forEach(({ c, s }, j) => {
          if (reduced[j] < -slack) out.y.add(c * m.S + s);
        });
        cols.x.forEach(({ c, v, s }, i) => {
          if (reduced[ny + i] < -slack) out.x.add((c * m.V + v) * m.S + s);
        });
        return out;
      };
    }
    let share: Float64Array | undefined;
    if (relax && sol.colValue && sol.colValue.length === n) {
      share = new Float64Array(m.C * m.S);
      cols.y.forEach(({ c, s }, j) => (share![c * m.S + s] = sol.colValue![j]));
    }
    let iterations = 0;
    try {
      iterations = Math.max(0, Number(model.info.get('simplex_iteration_count'))) || 0;
    } catch {
      // (no count: no estimate, as for an empty model)
    }
    const work = n * iterations;
    const objective = plan ? model.getObjectiveValue() : -Infinity;
    return {
      plan,
      objective,
      bound: Number.isFinite(dual) ? dual : Infinity,
      optimal,
      infeasible,
      useless,
      share,
      work,
    };
  } finally {
    model.dispose();
  }
}
