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
   * machine ≈ MS_PER_LP_WORK ms per unit, within 25% on five event-size LPs of 8 000–15 000 columns). A relaxation
   * solved by columns counts its iterations over all its rounds, times the whole model's columns.
   */
  work: number;
  /** A MIP's solution has pair columns (continuous unless `integerX`) that are neither 0 nor 1. */
  fractional: boolean;
}

/** Milliseconds per unit of `MipOutcome.work` (columns × simplex iterations), measured: 2.3–3.0 · 10⁻⁵. */
export const MS_PER_LP_WORK = 2.6e-5;

/**
 * One model of the exact layer, solved by HiGHS: the relaxation (`relax`) or the MIP of `stage`, started from `start`.
 *
 * - **Relaxations by columns.** A relaxation of BY_COLUMNS_FROM columns or more starts from each challenge's best
 *   candidates per slot (FIRST_COLUMNS_PER_SEAT per seat of `teamSize.max`, and FIRST_COLUMNS_EXTRA), `start`'s teams
 *   and the pins, and adds the columns whose reduced cost at the rows' duals is positive until there are none
 *   (`byColumns`); a column's linking row x ≤ y only joins with it. The last LP's optimum is the whole model's, and
 *   every column's reduced cost is known, so reduced-cost fixing works as before. The LPs had one row per column (the
 *   linking rows), and the simplex's time per iteration grows with rows: at 60 × 200, 10 000–17 000 rows of which
 *   2 000–5 000 are kept, and the relaxation took 0.24–0.51 s where 0.30–0.96 s (2–5 rounds).
 * - **Integer slots, continuous pairs.** A MIP's y columns are integer, its x columns continuous (unless
 *   `integerX`): with the slots fixed, what is left is nearly a transport problem, whose optimal vertices are
 *   integer but for coverage rows, and HiGHS's root (its cut rounds, whose number grows with the square root of the
 *   integer columns) took seconds on some models with every column integer: the second generator's e07 2.7 s where
 *   0.6–0.9 s, e09 1.1 s where 0.4 s, same optima. A solution whose pairs are fractional is rounded and repaired like
 *   any other, its bound stays a bound (it is a relaxation's), and `fractional` says so (exact.ts then runs the
 *   MIP with integer pairs).
 */
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
  integerX = false,
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
    return {
      plan: new Plan(m),
      objective: 0,
      bound: 0,
      optimal: true,
      infeasible: false,
      work: 0,
      fractional: false,
    };
  const cost = new Float64Array(n);
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
  // x[c, v, s] <= y[c, s]: redundant for integers, tightening for the relaxation (row linkBase + i: column ny + i's).
  const linkBase = lo.length;
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

  // Presolve costs more than it saves on these models (their LP relaxation is nearly integral).
  // A node limit, not the clock, ends long searches, so that runs repeat exactly.
  const options = {
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
  };
  const lp: WholeLp = {
    cost,
    rowLower: Float64Array.from(lo),
    rowUpper: Float64Array.from(up),
    starts: Int32Array.from(starts),
    idx: Int32Array.from(idx),
    val: Float64Array.from(val),
  };
  const solved =
    (relax && restrictTo === 0 && n >= BY_COLUMNS_FROM && byColumns(h, lp, firstColumns(), options, ny, linkBase)) ||
    whole(h, lp, relax ? null : integrality(), relax ? null : startValues(), options);
  const { optimal, colValue: value, colDual: reduced } = solved;
  // The LP optimum bounds the integer one; pad it by the solver's tolerance (and what the columns a relaxation by
  // columns left out may add) so it stays a true bound.
  const dual = relax ? (optimal ? solved.objective * (1 + 1e-9) + 1e-7 + solved.slack : Infinity) : solved.mipDual;
  let plan: Plan | null = null;
  if (value && value.length === n && Number.isFinite(solved.objective)) {
    // Rounding an LP (or a MIP within tolerances) can break rules the rows only hold fractionally: a member
    // unavailable in the slot the challenge rounds to, more tables or assignments than allowed. Take values
    // largest first and only what keeps the plan within those rules; repair completes the teams.
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
  let useless: MipOutcome['useless'];
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
  if (relax && value && value.length === n) {
    share = new Float64Array(m.C * m.S);
    cols.y.forEach(({ c, s }, j) => (share![c * m.S + s] = value[j]));
  }
  let fractional = false;
  if (!relax && value)
    for (let j = ny; j < n && !fractional; j++) fractional = Math.abs(value[j] - Math.round(value[j])) > 1e-6;
  return {
    plan,
    objective: plan ? solved.objective : -Infinity,
    bound: Number.isFinite(dual) ? dual : Infinity,
    optimal,
    infeasible: solved.infeasible,
    fractional,
    useless,
    share,
    work: solved.work,
  };

  /** A relaxation by columns starts from these: each team's best candidates per slot, the plan's and the pinned pairs. */
  function firstColumns(): Uint8Array {
    const first = new Uint8Array(n);
    for (let j = 0; j < ny; j++) first[j] = 1;
    const taken = new Int32Array(m.C * m.S);
    cols.x.forEach(({ c, v, s }, i) => {
      if (taken[c * m.S + s]++ < FIRST_COLUMNS_PER_SEAT * m.maxSize[c] + FIRST_COLUMNS_EXTRA) first[ny + i] = 1;
      else if (pinned.has(c * m.V + v) || (start.slotOf[c] === s && start.team[c].includes(v))) first[ny + i] = 1;
    });
    return first;
  }
  function integrality(): Int32Array {
    if (integerX || restrictTo > 0) return new Int32Array(n).fill(1);
    return Int32Array.from({ length: n }, (_, j) => (j < ny ? 1 : 0));
  }
  function startValues(): Float64Array {
    const colValue = new Float64Array(n);
    cols.y.forEach(({ c, s }, j) => (colValue[j] = start.slotOf[c] === s ? 1 : 0));
    cols.x.forEach(
      ({ c, v, s }, i) => (colValue[ny + i] = start.team[c].includes(v) && (s < 0 || start.slotOf[c] === s) ? 1 : 0),
    );
    return colValue;
  }
}

/** A whole model by rows: costs per column, rows' bounds, the matrix (CSR). */
interface WholeLp {
  cost: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  idx: Int32Array;
  val: Float64Array;
}

/** What one solve left, over every column of the whole model. */
interface Solved {
  optimal: boolean;
  infeasible: boolean;
  objective: number;
  colValue?: Float64Array;
  colDual?: Float64Array;
  /** for a MIP: its proven bound */
  mipDual: number;
  /** for a relaxation by columns: what the columns left out may still add (their positive reduced costs) */
  slack: number;
  work: number;
}

/**
 * Relaxations of at least this many columns are solved by columns. Below, one LP over the whole model is faster: the
 * second generator's 15 × 50 instance e03 (478 columns) took 120 ms more for its three relaxations in 2–3 rounds each.
 */
const BY_COLUMNS_FROM = 3000;
/** Columns per team member (and a few more) of each challenge and slot in the first LP of a relaxation by columns. */
const FIRST_COLUMNS_PER_SEAT = 2;
const FIRST_COLUMNS_EXTRA = 2;
/** A column left out of a relaxation by columns joins it when its reduced cost exceeds this. */
const PRICE_TOLERANCE = 1e-7;

/** Options for HiGHS, by name. */
type SolverOptions = Readonly<Record<string, string | number | boolean>>;

function iterationsOf(model: { info: { get(name: string): unknown } }): number {
  try {
    return Math.max(0, Number(model.info.get('simplex_iteration_count'))) || 0;
  } catch {
    return 0; // (no count: no estimate, as for an empty model)
  }
}

function whole(
  h: Highs,
  lp: WholeLp,
  integrality: Int32Array | null,
  colValue: Float64Array | null,
  options: SolverOptions,
): Solved {
  const n = lp.cost.length;
  const numRows = lp.rowLower.length;
  const model = h.createModel({
    numCols: n,
    numRows,
    sense: h.constants.objectiveSense.maximize,
    colCost: lp.cost,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: lp.rowLower,
    rowUpper: lp.rowUpper,
    matrix: { format: 'csr', numRows, numCols: n, starts: lp.starts, indices: lp.idx, values: lp.val },
    integrality: integrality ?? new Int32Array(n),
  });
  try {
    model.options.set(options);
    if (colValue) model.setSolution({ colValue });
    model.run();
    const status = model.getModelStatus();
    let sol: { colValue?: Float64Array; colDual?: Float64Array } = {};
    try {
      sol = model.getSolution() as { colValue?: Float64Array; colDual?: Float64Array };
    } catch {
      // no solution to read (for example a status HiGHS reached without solving)
    }
    const iterations = iterationsOf(model);
    return {
      optimal: status === h.constants.modelStatus.optimal,
      infeasible: status === h.constants.modelStatus.infeasible,
      objective: model.getObjectiveValue(),
      colValue: sol.colValue,
      colDual: sol.colDual,
      mipDual: integrality ? Number(model.info.get('mip_dual_bound')) : Infinity,
      slack: 0,
      work: n * iterations,
    };
  } finally {
    model.dispose();
  }
}

/**
 * The relaxation solved by columns: first over the columns `first` marks, then, while a column left out has a positive
 * reduced cost at the rows' duals, with those columns added (the solver starts from its last basis). At the end no
 * column left out can improve the relaxation: its optimum is the whole model's, and every column's reduced cost is
 * known. Null when an LP is not optimal (the whole model is then solved, with the same time limit). The bound's slack
 * adds up to 10⁻⁷ per column left out (the pricing tolerance).
 */
function byColumns(
  h: Highs,
  lp: WholeLp,
  first: Uint8Array,
  options: SolverOptions,
  ny: number,
  linkBase: number,
): Solved | null {
  const n = lp.cost.length;
  const numRows = lp.rowLower.length;
  const linkEnd = linkBase + (n - ny);
  // the whole matrix by columns
  const cStart = new Int32Array(n + 1);
  for (let e = 0; e < lp.idx.length; e++) cStart[lp.idx[e] + 1]++;
  for (let j = 0; j < n; j++) cStart[j + 1] += cStart[j];
  const cRow = new Int32Array(lp.idx.length);
  const cVal = new Float64Array(lp.idx.length);
  const fill = cStart.slice(0, n);
  for (let r = 0; r < numRows; r++)
    for (let e = lp.starts[r]; e < lp.starts[r + 1]; e++) {
      const k = fill[lp.idx[e]]++;
      cRow[k] = r;
      cVal[k] = lp.val[e];
    }
  // The model's rows: every row but the linking ones, and those of the columns in the model. A column left out has
  // its linking row left out too (at the rows' duals it is slack: its dual is 0).
  const rowPos = new Int32Array(numRows).fill(-1);
  const rowsIn: number[] = [];
  const addRow = (r: number) => {
    rowPos[r] = rowsIn.length;
    rowsIn.push(r);
  };
  for (let r = 0; r < numRows; r++) if (r < linkBase || r >= linkEnd) addRow(r);
  const position = new Int32Array(n).fill(-1);
  const inModel: number[] = [];
  // columns js (their linking rows not yet in the model, unless added before) by columns over the model's rows
  const subset = (js: number[]) => {
    const starts = new Int32Array(js.length + 1);
    const indices: number[] = [];
    const values: number[] = [];
    js.forEach((j, k) => {
      for (let e = cStart[j]; e < cStart[j + 1]; e++)
        if (rowPos[cRow[e]] >= 0) {
          indices.push(rowPos[cRow[e]]);
          values.push(cVal[e]);
        }
      starts[k + 1] = indices.length;
    });
    return {
      cost: Float64Array.from(js, (j) => lp.cost[j]),
      lower: new Float64Array(js.length),
      upper: new Float64Array(js.length).fill(1),
      matrix: {
        format: 'csc' as const,
        numRows: rowsIn.length,
        numCols: js.length,
        starts,
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    };
  };
  // the linking rows of columns js (already in the model) by rows
  const links = (js: number[]) => {
    const starts = new Int32Array(js.length + 1);
    const indices = new Int32Array(2 * js.length);
    const values = new Float64Array(2 * js.length);
    js.forEach((j, k) => {
      const r = linkBase + j - ny;
      starts[k + 1] = 2 * (k + 1);
      for (let e = lp.starts[r], t = 0; e < lp.starts[r + 1]; e++, t++) {
        indices[2 * k + t] = position[lp.idx[e]];
        values[2 * k + t] = lp.val[e];
      }
    });
    return {
      lower: Float64Array.from(js, (j) => lp.rowLower[linkBase + j - ny]),
      upper: Float64Array.from(js, (j) => lp.rowUpper[linkBase + j - ny]),
      matrix: {
        format: 'csr' as const,
        numRows: js.length,
        numCols: inModel.length,
        starts,
        indices,
        values,
      },
    };
  };
  const take = (js: number[]) => {
    for (const j of js) {
      position[j] = inModel.length;
      inModel.push(j);
    }
  };
  const firstCols: number[] = [];
  for (let j = 0; j < n; j++) if (first[j]) firstCols.push(j);
  const firstYs = firstCols.filter((j) => j < ny);
  const firstXs = firstCols.filter((j) => j >= ny);
  // y columns first (the linking rows refer to them), the x columns, then their linking rows
  const ys = subset(firstYs);
  take(firstYs);
  const model = h.createModel({
    numCols: firstYs.length,
    numRows: rowsIn.length,
    sense: h.constants.objectiveSense.maximize,
    colCost: ys.cost,
    colLower: ys.lower,
    colUpper: ys.upper,
    rowLower: Float64Array.from(rowsIn, (r) => lp.rowLower[r]),
    rowUpper: Float64Array.from(rowsIn, (r) => lp.rowUpper[r]),
    matrix: ys.matrix,
  });
  const extend = (js: number[]) => {
    const xs = subset(js);
    take(js);
    model.addCols(xs);
    const rows = links(js);
    for (const j of js) addRow(linkBase + j - ny);
    model.addRows(rows);
  };
  try {
    model.options.set(options);
    extend(firstXs);
    // counted over the whole model's columns, as for a whole model (exact.ts estimates the last MIP's time from it)
    let work = 0;
    const reduced = new Float64Array(n);
    for (;;) {
      model.run();
      work += n * iterationsOf(model);
      if (model.getModelStatus() !== h.constants.modelStatus.optimal) return null;
      const sol = model.getSolution() as { colValue: Float64Array; colDual: Float64Array; rowDual: Float64Array };
      const dual = sol.rowDual;
      const add: number[] = [];
      for (let j = 0; j < n; j++) {
        if (position[j] >= 0) {
          reduced[j] = sol.colDual[position[j]];
          continue;
        }
        let d = lp.cost[j];
        for (let e = cStart[j]; e < cStart[j + 1]; e++) if (rowPos[cRow[e]] >= 0) d -= cVal[e] * dual[rowPos[cRow[e]]];
        reduced[j] = d;
        if (d > PRICE_TOLERANCE) add.push(j);
      }
      if (add.length === 0) {
        const colValue = new Float64Array(n);
        let slack = 0;
        for (let j = 0; j < n; j++)
          if (position[j] >= 0) colValue[j] = sol.colValue[position[j]];
          else slack += Math.max(0, reduced[j]);
        return {
          optimal: true,
          infeasible: false,
          objective: model.getObjectiveValue(),
          colValue,
          colDual: reduced,
          mipDual: Infinity,
          slack,
          work,
        };
      }
      extend(add);
    }
  } finally {
    model.dispose();
  }
}
