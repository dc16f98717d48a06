import { type Budget } from './budget';

/** Integer cost units per unit of score (costs are rounded to this grid, 6e-8: far below any score difference that matters). */
const COST_SCALE = 1 << 24;
/** Factor by which ε shrinks per scaling phase. */
const ALPHA = 12;

/**
 * Min-cost flow by cost scaling (Goldberg's push-relabel with ε-scaling) on integer costs:
 * costs are rounded to a 2^-24 grid and multiplied by (nodes + 1), so the 1-optimal flow of the
 * last phase is exactly optimal for the rounded costs. Nodes have supplies (positive) and demands
 * (negative) adding up to 0; the caller makes the problem feasible (the team flow gives every
 * volunteer an arc "stays free" to the sink). Costs are negated pair scores, so this maximises
 * the summed score. Arcs live in typed arrays that grow by doubling: the flow runs many times.
 * Much faster here than successive shortest paths, each of whose augmentations scanned nearly
 * the whole graph.
 */
export class FlowGraph {
  private head: Int32Array;
  private to = new Int32Array(1024);
  private next = new Int32Array(1024);
  private cap = new Int32Array(1024);
  private cost = new Float64Array(1024);
  private arcs = 0;
  private readonly supplies: Float64Array;
  /** node potentials after minCost, in score units: reduced costs cost + π(u) − π(w) ≥ 0 on residual arcs (dual prices) */
  potential: Float64Array = new Float64Array(0);

  constructor(readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
    this.supplies = new Float64Array(nodes);
  }

  /** Adds an arc and returns its index; the flow on it is read back with `flow`. */
  arc(from: number, to: number, capacity: number, cost: number): number {
    const e = this.arcs;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return e;
  }

  /** Adds `amount` units of supply at u (negative: demand). */
  supply(u: number, amount: number): void {
    this.supplies[u] += amount;
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    if (this.arcs === this.to.length) this.grow();
    const e = this.arcs++;
    this.to[e] = to;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[from];
    this.head[from] = e;
  }

  private grow(): void {
    const n = this.to.length * 2;
    const widen = <T extends Int32Array | Float64Array>(a: T, b: T): T => (b.set(a), b);
    this.to = widen(this.to, new Int32Array(n));
    this.next = widen(this.next, new Int32Array(n));
    this.cap = widen(this.cap, new Int32Array(n));
    this.cost = widen(this.cost, new Float64Array(n));
  }

  flow(arc: number): number {
    return this.cap[arc ^ 1];
  }

  /**
   * The cheapest flow meeting every supply. Stops between scaling phases when the budget is
   * spent (the flow is then feasible and ε-optimal, not optimal). Returns false, with no usable
   * flow, when the supplies cannot be met.
   */
  minCost(budget: Budget): boolean {
    const n = this.nodes;
    const m = this.arcs;
    const factor = n + 1;
    const s = new ScalingState(n, m);
    let eps = 1;
    for (let e = 0; e < m; e++) {
      s.c[e] = Math.round(this.cost[e] * COST_SCALE) * factor;
      if (s.c[e] > eps) eps = s.c[e];
    }
    s.excess.set(this.supplies);
    let first = true;
    while (first || (eps > 1 && !budget.over())) {
      first = false;
      eps = Math.max(1, Math.floor(eps / ALPHA));
      budget.spend();
      if (!this.refine(s, eps)) return false;
    }
    // Reduced costs c + p(u) − p(w) ≥ −ε on residual arcs: p in score units are dual prices.
    this.potential = Float64Array.from(s.p, (x) => x / (COST_SCALE * factor));
    return true;
  }

  /** One scaling phase: from ε·α-optimal prices to an ε-optimal flow meeting every supply. */
  private refine(s: ScalingState, eps: number): boolean {
    const n = this.nodes;
    const { head, to, next, cap } = this;
    const { c, p, excess, queue, queued } = s;
    // Saturate every residual arc of negative reduced cost; the excesses this makes then flow to the deficits.
    for (let u = 0; u < n; u++) {
      const pu = p[u];
      for (let e = head[u]; e >= 0; e = next[e]) {
        const r = cap[e];
        if (r > 0 && c[e] + pu - p[to[e]] < 0) {
          cap[e] = 0;
          cap[e ^ 1] += r;
          excess[u] -= r;
          excess[to[e]] += r;
        }
      }
    }
    if (!this.priceUpdate(s, eps)) return false;
    s.qHead = 0;
    s.qSize = 0;
    for (let u = 0; u < n; u++) if (excess[u] > 0) s.enqueue(u);
    let relabels = 0;
    while (s.qSize > 0) {
      const u = queue[s.qHead];
      s.qHead = s.qHead + 1 === n ? 0 : s.qHead + 1;
      s.qSize--;
      queued[u] = 0;
      while (excess[u] > 0) {
        if (this.discharge(s, u)) continue;
        // No admissible arc left: relabel, or now and then update every price at once.
        if (++relabels % n === 0) {
          if (!this.priceUpdate(s, eps)) return false;
        } else if (!this.relabel(s, u, eps)) return false;
      }
    }
    return true;
  }

  /** Pushes u's excess along admissible arcs from its current arc on; false when none is left. */
  private discharge(s: ScalingState, u: number): boolean {
    const { to, next, cap } = this;
    const { c, p, excess, current } = s;
    const pu = p[u];
    for (let e = current[u]; e >= 0; e = next[e]) {
      const w = to[e];
      if (cap[e] > 0 && c[e] + pu - p[w] < 0) {
        const d = Math.min(excess[u], cap[e]);
        cap[e] -= d;
        cap[e ^ 1] += d;
        excess[u] -= d;
        excess[w] += d;
        if (excess[w] > 0 && s.queued[w] === 0) s.enqueue(w);
        current[u] = cap[e] === 0 ? next[e] : e;
        if (excess[u] === 0) return true;
      }
    }
    current[u] = -1;
    return false;
  }

  /** Lowers u's price just enough for its cheapest residual arc to be admissible. */
  private relabel(s: ScalingState, u: number, eps: number): boolean {
    const { head, to, next, cap } = this;
    const { c, p } = s;
    let best = -Infinity;
    for (let e = head[u]; e >= 0; e = next[e]) {
      if (cap[e] > 0) {
        const x = p[to[e]] - c[e];
        if (x > best) best = x;
      }
    }
    if (best === -Infinity) return false;
    p[u] = best - eps;
    s.current[u] = head[u];
    return true;
  }

  /**
   * Price update (Goldberg's global relabelling): lowers every price by ε times the node's
   * distance to a deficit in the residual graph, arcs counting ⌊reduced cost / ε⌋ + 1. Keeps
   * ε-optimality and gives each excess an admissible path, which saves most single relabels.
   * False when some excess cannot reach any deficit (infeasible supplies).
   */
  private priceUpdate(s: ScalingState, eps: number): boolean {
    const n = this.nodes;
    const { head, to, next, cap } = this;
    const { c, p, excess, dist, scanned, heap, current } = s;
    dist.fill(Infinity);
    scanned.fill(0);
    heap.clear();
    let waiting = 0;
    for (let u = 0; u < n; u++) {
      if (excess[u] < 0) {
        dist[u] = 0;
        heap.push(0, u);
      } else if (excess[u] > 0) waiting++;
    }
    let level = 0;
    while (waiting > 0) {
      if (heap.size === 0) return false;
      const w = heap.pop();
      const d = heap.key;
      if (scanned[w] === 1 || d > dist[w]) continue;
      scanned[w] = 1;
      level = d;
      if (excess[w] > 0) waiting--;
      const pw = p[w];
      for (let e = head[w]; e >= 0; e = next[e]) {
        const f = e ^ 1; // the arc into w
        const u = to[e];
        if (cap[f] <= 0 || scanned[u] === 1) continue;
        const l = Math.max(0, Math.floor((c[f] + p[u] - pw) / eps) + 1);
        if (d + l < dist[u]) {
          dist[u] = d + l;
          heap.push(d + l, u);
        }
      }
    }
    for (let u = 0; u < n; u++) {
      p[u] -= eps * (scanned[u] === 1 ? dist[u] : level);
      current[u] = head[u];
    }
    return true;
  }
}

/** Working arrays of one cost-scaling run. */
class ScalingState {
  /** scaled integer costs */
  readonly c: Float64Array;
  /** prices */
  readonly p: Float64Array;
  readonly excess: Float64Array;
  readonly current: Int32Array;
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
  readonly dist: Float64Array;
  readonly scanned: Uint8Array;
  readonly heap: MinHeap;
  qHead = 0;
  qSize = 0;

  constructor(
    private readonly n: number,
    arcs: number,
  ) {
    this.c = new Float64Array(arcs);
    this.p = new Float64Array(n);
    this.excess = new Float64Array(n);
    this.current = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.queued = new Uint8Array(n);
    this.dist = new Float64Array(n);
    this.scanned = new Uint8Array(n);
    this.heap = new MinHeap(n);
  }

  enqueue(u: number): void {
    const at = this.qHead + this.qSize++;
    this.queue[at >= this.n ? at - this.n : at] = u;
    this.queued[u] = 1;
  }
}

/** A binary min-heap of (key, node) in typed arrays; `pop` returns the node and leaves its key in `key`. */
class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  size = 0;
  key = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      const values = new Int32Array(this.size * 2);
      keys.set(this.keys);
      values.set(this.values);
      [this.keys, this.values] = [keys, values];
    }
    const k = this.keys;
    const v = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (k[parent] <= key) break;
      k[i] = k[parent];
      v[i] = v[parent];
      i = parent;
    }
    k[i] = key;
    v[i] = value;
  }

  pop(): number {
    const k = this.keys;
    const v = this.values;
    this.key = k[0];
    const top = v[0];
    const last = --this.size;
    const lastK = k[last];
    const lastV = v[last];
    if (last > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        if (child + 1 < last && k[child + 1] < k[child]) child++;
        if (k[child] >= lastK) break;
        k[i] = k[child];
        v[i] = v[child];
        i = child;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}
