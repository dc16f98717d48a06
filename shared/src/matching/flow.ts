import { type Budget } from './budget';

/**
 * Integer cost units per unit of score: costs are rounded to this grid. The largest power of two
 * that keeps scaled costs (times nodes + 1) below 2^27, so that costs and prices stay small
 * integers (V8's small-integer fast paths: the first, not yet optimised run of a flow takes half
 * the time), within 2^14..2^24: a grid of at most 6e-5 per pair, far below any score difference
 * that matters (at hackathon size 2^15, 3e-5).
 */
function costScale(nodes: number): number {
  let scale = 1 << 24;
  while (scale > 1 << 14 && scale * (nodes + 1) > 1 << 27) scale /= 2;
  return scale;
}
/** Factor by which ε shrinks per scaling phase. */
const ALPHA = 12;

/**
 * Min-cost flow by cost scaling (Goldberg's push-relabel with ε-scaling) on integer costs:
 * costs are rounded to a grid (costScale) and multiplied by (nodes + 1), so the 1-optimal flow of the
 * last phase is exactly optimal for the rounded costs. Nodes have supplies (positive) and demands
 * (negative) adding up to 0; the caller makes the problem feasible (the team flow gives every
 * volunteer an arc "stays free" to the sink). Costs are negated pair scores, so this maximises
 * the summed score. Arcs live in typed arrays that grow by doubling: the flow runs many times.
 * Much faster here than successive shortest paths, each of whose augmentations scanned nearly
 * the whole graph.
 */
export class FlowGraph {
  private head: Int32Array;
  private to: Int32Array;
  private next: Int32Array;
  private cap: Int32Array;
  private cost: Float64Array;
  private arcs = 0;
  private readonly supplies: Float64Array;
  /** node potentials after minCost, in score units: reduced costs cost + π(u) − π(w) ≥ 0 on residual arcs (dual prices) */
  potential: Float64Array = new Float64Array(0);

  /** `arcs`: how many arcs to make room for at once (they grow by doubling beyond). */
  constructor(
    readonly nodes: number,
    arcs = 512,
  ) {
    const room = 2 * Math.max(512, arcs);
    this.to = new Int32Array(room);
    this.next = new Int32Array(room);
    this.cap = new Int32Array(room);
    this.cost = new Float64Array(room);
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
   * flow, when the supplies cannot be met, or when costs are too large for exact integer prices
   * (beyond ≈ 10^4 at hackathon size; the flows here carry scores, vote shares and the placement's
   * empty seats, at most 4). With a `tolerance` (in cost units, as given to `arc`) it also stops once
   * the flow is ε-optimal for an ε at most that: no cycle of residual arcs then gains more than ε per
   * arc on it.
   */
  minCost(budget: Budget, tolerance = 0): boolean {
    const n = this.nodes;
    const factor = n + 1;
    const scale = costScale(n);
    const s = new ScalingState(n, this.arcs);
    let eps = this.adjacency(s, scale, factor);
    // Prices reach up to n times the largest cost: beyond 2^52 doubles no longer tell them apart, and a relabel by ε
    // would change nothing (push-relabel would not end). The team flows' costs are scores, far below.
    if (eps * n > 2 ** 52) return false;
    s.excess.set(this.supplies);
    const floor = tolerance * scale * factor;
    let first = true;
    while (first || (eps > 1 && eps > floor && !budget.over())) {
      first = false;
      eps = Math.max(1, Math.floor(eps / ALPHA));
      budget.spend();
      if (!this.refine(s, eps)) return false;
    }
    for (let e = 0; e < this.arcs; e++) this.cap[e] = s.cap[s.at[e]];
    // Reduced costs c + p(u) − p(w) ≥ −ε on residual arcs: p in score units are dual prices.
    this.potential = Float64Array.from(s.p, (x) => x / (scale * factor));
    return true;
  }

  /**
   * Lays the arcs out node by node in `s` (each node's in the order of its list here, so that the flow is the same),
   * with their scaled integer costs (see scaleCosts); returns the largest. The scans below then read each node's arcs
   * from consecutive memory, where the lists jumped across the arrays (a volunteer's arcs were added team by team).
   */
  private adjacency(s: ScalingState, scale: number, factor: number): number {
    const n = this.nodes;
    const { head, next, to, cap, cost } = this;
    const { first, at } = s;
    let k = 0;
    for (let u = 0; u < n; u++) {
      first[u] = k;
      for (let e = head[u]; e >= 0; e = next[e]) at[e] = k++;
    }
    first[n] = k;
    let largest = 1;
    for (let e = 0; e < this.arcs; e++) {
      const i = at[e];
      s.to[i] = to[e];
      s.rev[i] = at[e ^ 1];
      s.cap[i] = cap[e];
      const x = Math.round(cost[e] * scale) * factor;
      s.c[i] = x;
      if (x > largest) largest = x;
    }
    return largest;
  }

  /** One scaling phase: from ε·α-optimal prices to an ε-optimal flow meeting every supply. */
  private refine(s: ScalingState, eps: number): boolean {
    const n = this.nodes;
    const { excess, queue, queued } = s;
    this.saturate(s);
    s.qHead = 0;
    s.qSize = 0;
    // FIFO over nodes with excess: discharge u until its excess is gone, relabelling it when no admissible arc is
    // left, or now and then updating every price at once. One loop with a single call of each method, the first
    // update included (V8 optimises this loop while it runs; a call it has not seen yet would undo that).
    let relabels = 0;
    let update = true;
    let u = -1;
    for (;;) {
      if (update) {
        if (!this.priceUpdate(s, eps)) return false;
        update = false;
        if (u < 0) for (let x = 0; x < n; x++) if (excess[x] > 0) s.enqueue(x);
      }
      if (u < 0 || excess[u] <= 0) {
        if (s.qSize === 0) return true;
        u = queue[s.qHead];
        s.qHead = s.qHead + 1 === n ? 0 : s.qHead + 1;
        s.qSize--;
        queued[u] = 0;
        continue;
      }
      if (this.discharge(s, u)) continue;
      if (++relabels % n === 0) update = true;
      else if (!this.relabel(s, u, eps)) return false;
    }
  }

  /** Saturates every residual arc of negative reduced cost; the excesses this makes then flow to the deficits. */
  private saturate(s: ScalingState): void {
    const n = this.nodes;
    const { first, to, rev, cap, c, p, excess } = s;
    for (let u = 0; u < n; u++) {
      const pu = p[u];
      const end = first[u + 1];
      for (let e = first[u]; e < end; e++) {
        const r = cap[e];
        if (r > 0 && c[e] + pu - p[to[e]] < 0) {
          cap[e] = 0;
          cap[rev[e]] += r;
          excess[u] -= r;
          excess[to[e]] += r;
        }
      }
    }
  }

  /** Pushes u's excess along admissible arcs from its current arc on; false when none is left. */
  private discharge(s: ScalingState, u: number): boolean {
    const { first, to, rev, cap, c, p, excess, current } = s;
    const pu = p[u];
    const end = first[u + 1];
    for (let e = current[u]; e < end; e++) {
      const w = to[e];
      if (cap[e] > 0 && c[e] + pu - p[w] < 0) {
        const d = Math.min(excess[u], cap[e]);
        cap[e] -= d;
        cap[rev[e]] += d;
        excess[u] -= d;
        excess[w] += d;
        if (excess[w] > 0 && s.queued[w] === 0) s.enqueue(w);
        current[u] = cap[e] === 0 ? e + 1 : e;
        if (excess[u] === 0) return true;
      }
    }
    current[u] = end;
    return false;
  }

  /** Lowers u's price just enough for its cheapest residual arc to be admissible. */
  private relabel(s: ScalingState, u: number, eps: number): boolean {
    const { first, to, cap, c, p } = s;
    let best = -Infinity;
    const end = first[u + 1];
    for (let e = first[u]; e < end; e++) {
      if (cap[e] > 0) {
        const x = p[to[e]] - c[e];
        if (x > best) best = x;
      }
    }
    if (best === -Infinity) return false;
    p[u] = best - eps;
    s.current[u] = first[u];
    return true;
  }

  /**
   * Price update (Goldberg's global relabelling): lowers every price by ε times the node's
   * distance to a deficit in the residual graph, arcs counting ⌊reduced cost / ε⌋ + 1. Keeps
   * ε-optimality and gives each excess an admissible path, which saves most single relabels.
   * False when some excess cannot reach any deficit (infeasible supplies).
   */
  private priceUpdate(s: ScalingState, eps: number): boolean {
    const level = this.distances(s, eps);
    if (level < 0) return false;
    this.lowerPrices(s, eps, level);
    return true;
  }

  /** Distances (in ε) to the nearest deficit, in `s.dist`, until every excess is reached: the largest, or −1 when one cannot be. */
  private distances(s: ScalingState, eps: number): number {
    const n = this.nodes;
    const { first, to, rev, cap, c, p, excess, dist, scanned, distQueue: heap } = s;
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
      if (heap.size === 0) return -1;
      const w = heap.pop();
      const d = heap.key;
      if (scanned[w] === 1 || d > dist[w]) continue;
      scanned[w] = 1;
      level = d;
      if (excess[w] > 0) waiting--;
      const pw = p[w];
      const end = first[w + 1];
      for (let e = first[w]; e < end; e++) {
        const f = rev[e]; // the arc into w
        const u = to[e];
        if (cap[f] <= 0 || scanned[u] === 1) continue;
        const l = Math.max(0, Math.floor((c[f] + p[u] - pw) / eps) + 1);
        if (d + l < dist[u]) {
          dist[u] = d + l;
          heap.push(d + l, u);
        }
      }
    }
    return level;
  }

  /** Lowers every price by ε times its distance (the largest for nodes not reached), and resets current arcs. */
  private lowerPrices(s: ScalingState, eps: number, level: number): void {
    const n = this.nodes;
    const { first, p, dist, scanned, current } = s;
    for (let u = 0; u < n; u++) {
      p[u] -= eps * (scanned[u] === 1 ? dist[u] : level);
      current[u] = first[u];
    }
  }
}

/** Working arrays of one cost-scaling run. */
class ScalingState {
  /** node u's arcs are first[u] .. first[u + 1] − 1 */
  readonly first: Int32Array;
  /** each arc's index here, by its index in the graph */
  readonly at: Int32Array;
  readonly to: Int32Array;
  /** the reverse arc */
  readonly rev: Int32Array;
  /** residual capacities */
  readonly cap: Int32Array;
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
  readonly distQueue: DistanceQueue;
  qHead = 0;
  qSize = 0;

  constructor(
    private readonly n: number,
    arcs: number,
  ) {
    this.first = new Int32Array(n + 1);
    this.at = new Int32Array(arcs);
    this.to = new Int32Array(arcs);
    this.rev = new Int32Array(arcs);
    this.cap = new Int32Array(arcs);
    this.c = new Float64Array(arcs);
    this.p = new Float64Array(n);
    this.excess = new Float64Array(n);
    this.current = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.queued = new Uint8Array(n);
    this.dist = new Float64Array(n);
    this.scanned = new Uint8Array(n);
    this.distQueue = new DistanceQueue(n);
  }

  enqueue(u: number): void {
    const at = this.qHead + this.qSize++;
    this.queue[at >= this.n ? at - this.n : at] = u;
    this.queued[u] = 1;
  }
}

/**
 * Nodes by integer distance for the price update: buckets (linked lists in typed arrays) for
 * distances below `buckets`, where nearly all of them fall, a binary heap beyond. Pops in
 * nondecreasing distance, like a heap, at a fraction of its cost; `pop` leaves the distance in `key`.
 */
class DistanceQueue {
  private readonly buckets: number;
  private readonly first: Int32Array;
  private entryNode = new Int32Array(1024);
  private entryNext = new Int32Array(1024);
  private entries = 0;
  private cursor = 0;
  /** the largest bucket used since `clear` */
  private high = 0;
  private inBuckets = 0;
  private readonly overflow: MinHeap;
  key = 0;

  constructor(n: number) {
    this.buckets = Math.max(64, 2 * n);
    this.first = new Int32Array(this.buckets).fill(-1);
    this.overflow = new MinHeap(16);
    // Take both paths once: the price updates that inline these methods are optimised while running, and the first
    // pass through code they have not seen (a distance beyond the buckets is rare) would throw that work away.
    this.push(0, 0);
    this.push(this.buckets, 0);
    this.pop();
    this.pop();
    this.clear();
  }

  get size(): number {
    return this.inBuckets + this.overflow.size;
  }

  clear(): void {
    this.first.fill(-1, 0, this.high + 1);
    this.entries = 0;
    this.cursor = 0;
    this.high = 0;
    this.inBuckets = 0;
    this.overflow.clear();
  }

  push(key: number, node: number): void {
    if (key >= this.buckets) {
      this.overflow.push(key, node);
      return;
    }
    if (this.entries === this.entryNode.length) {
      const nodes = new Int32Array(this.entries * 2);
      const next = new Int32Array(this.entries * 2);
      nodes.set(this.entryNode);
      next.set(this.entryNext);
      [this.entryNode, this.entryNext] = [nodes, next];
    }
    const e = this.entries++;
    this.entryNode[e] = node;
    this.entryNext[e] = this.first[key];
    this.first[key] = e;
    this.inBuckets++;
    if (key > this.high) this.high = key;
    if (key < this.cursor) this.cursor = key;
  }

  pop(): number {
    if (this.inBuckets > 0) {
      while (this.first[this.cursor] < 0) this.cursor++;
      const e = this.first[this.cursor];
      this.first[this.cursor] = this.entryNext[e];
      this.inBuckets--;
      this.key = this.cursor;
      return this.entryNode[e];
    }
    const node = this.overflow.pop();
    this.key = this.overflow.key;
    return node;
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
