import loadHighs from 'highs';
import { covers, type Model } from './model';
import { Plan } from './plan';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | null = null;
/** One WebAssembly instance per process: loading it costs ~50 ms. */
export const highs = (): Promise<Highs> => (highsPromise ??= loadHighs());

/**
 * The exact model: y[c,s] = c runs in slot s; x[c,v] = v on c's team (x[c,v,s] for volunteers
 * who may take several challenges, so that "one per slot" can be stated). The linking rows
 * x <= sum y are redundant for integers but make the LP relaxation much tighter.
 */
interface Columns {
  y: { c: number; s: number }[];
  x: { c: number; v: number; s: number; score: number }[];
}

/** `keep(c, i, v)`: whether candidate i (volunteer v) of c gets a column; all by default. */
function columns(m: Model, keep: (c: number, i: number, v: number) => boolean = () => true): Columns {
  const y: Columns['y'] = [];
  for (let c = 0; c < m.C; c++) for (const s of m.challengeSlots[c]) if (m.capacity[s] > 0) y.push({ c, s });
  const x: Columns['x'] = [];
  for (let c = 0; c < m.C; c++) {
    m.candidates[c].forEach((v, i) => {
      if (!keep(c, i, v)) return;
      const score = m.candidateScores[c][i];
      if (m.vMax[v] === 1) x.push({ c, v, s: -1, score });
      else for (const s of m.challengeSlots[c]) if (m.available[v * m.S + s]) x.push({ c, v, s, score });
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

export function mipSize(m: Model): number {
  let n = 0;
  for (let c = 0; c < m.C; c++) for (const v of m.candidates[c]) n += m.vMax[v] === 1 ? 1 : m.challengeSlots[c].length;
  return n;
}

export interface MipOutcome {
  plan: Plan | null;
  /** proven bound on the stage objective */
  bound: number;
  optimal: boolean;
}

export async function solveMip(
  m: Model,
  start: Plan,
  stage: 'priority' | 'score' | 'lex',
  minPriority: number,
  pinned: Set<number>,
  seconds: number,
  relax = false,
  restrictTo = 0,
): Promise<MipOutcome> {
  const h = await highs();
  // A restricted model (each team's best `restrictTo` candidates plus its members) is a
  // neighbourhood search: its solutions are valid, its bound is not a bound of the instance.
  const members = restrictTo > 0 ? new Set(start.team.flatMap((t, c) => t.map((v) => c * m.V + v))) : null;
  const cols = columns(
    m,
    members ? (c, i, v) => i < restrictTo || members.has(c * m.V + v) || pinned.has(c * m.V + v) : undefined,
  );
  const ny = cols.y.length;
  const n = ny + cols.x.length;
  // Nothing can run (no table, no eligible pair): the empty plan is optimal.
  if (n === 0 || ny === 0) return { plan: new Plan(m), bound: 0, optimal: true };
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
  for (let c = 0; c < m.C; c++) {
    const ys = yOf[c].map((j) => [j, 1] as [number, number]);
    row(ys, 0, 1);
    const xs = xOfC[c];
    row(
      [...xs.map((j) => [j, 1] as [number, number]), ...yOf[c].map((j) => [j, -m.maxSize[c]] as [number, number])],
      -inf,
      0,
    );
    row(
      [...xs.map((j) => [j, 1] as [number, number]), ...yOf[c].map((j) => [j, -m.minSize[c]] as [number, number])],
      0,
      inf,
    );
    for (const r of m.required[c]) {
      const cov = xs.filter((j) => covers(m, c, r, cols.x[j - ny].v));
      row([...cov.map((j) => [j, 1] as [number, number]), ...yOf[c].map((j) => [j, -1] as [number, number])], 0, inf);
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
    if (m.vMax[v] > 1) {
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
  }
  cols.x.forEach(({ c, v, s }, i) => {
    const j = ny + i;
    const slots = s >= 0 ? [s] : [...m.challengeSlots[c]].filter((t) => m.available[v * m.S + t] === 1);
    const links = slots.map((t) => ySlot.get(c * m.S + t)).filter((k): k is number => k !== undefined);
    row([[j, 1], ...links.map((k) => [k, -1] as [number, number])], -inf, 0);
    if (pinned.has(c * m.V + v) && s < 0) lower[j] = 1;
  });
  for (const key of pinned) {
    const c = Math.floor(key / m.V);
    const v = key % m.V;
    if (m.vMax[v] > 1)
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
    let sol: { colValue?: Float64Array } = {};
    try {
      sol = model.getSolution() as { colValue?: Float64Array };
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
    return { plan, bound: Number.isFinite(dual) ? dual : Infinity, optimal };
  } finally {
    model.dispose();
  }
}
