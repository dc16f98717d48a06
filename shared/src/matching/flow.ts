import { type Budget } from './budget';

/**
 * Min-cost flow by the primal-dual method: Dijkstra on reduced costs (with potentials), then
 * as many augmenting paths as the zero-reduced-cost graph admits, repeated while the
 * cheapest path still has negative cost. Costs are negated pair scores, so this maximises the
 * summed score; it stops by itself when no path improves it. Arcs live in typed arrays that
 * grow by doubling, and the heap allocates nothing per operation: the flow runs many times.
 */
export class FlowGraph {
  private head: Int32Array;
  private to = new Int32Array(1024);
  private next = new Int32Array(1024);
  private cap = new Int32Array(1024);
  private cost = new Float64Array(1024);
  private arcs = 0;
  /** node potentials after minCost: shortest distances from the source, i.e. dual prices */
  potential: Float64Array = new Float64Array(0);

  constructor(readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
  }

  /** Adds an arc and returns its index; the flow on it is read back with `flow`. */
  arc(from: number, to: number, capacity: number, cost: number): number {
    const e = this.arcs;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return e;
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

  /** `order`: nodes in a topological order of the initial arcs (for the first potentials). */
  minCost(source: number, sink: number, order: number[], budget: Budget): void {
    const n = this.nodes;
    const { head, to, next, cap, cost } = this;
    const pot = new Float64Array(n).fill(Infinity);
    this.potential = pot;
    pot[source] = 0;
    for (const u of order) {
      if (pot[u] === Infinity) continue;
      for (let e = head[u]; e >= 0; e = next[e]) {
        if (cap[e] > 0 && pot[u] + cost[e] < pot[to[e]]) pot[to[e]] = pot[u] + cost[e];
      }
    }
    const dist = new Float64Array(n);
    const heap = new MinHeap(this.arcs + 1);
    const iter = new Int32Array(n);
    const onPath = new Uint8Array(n);
    const settled = new Uint8Array(n);
    const dfs = (u: number): boolean => {
      if (u === sink) return true;
      onPath[u] = 1;
      for (; iter[u] >= 0; iter[u] = next[iter[u]]) {
        const e = iter[u];
        const w = to[e];
        if (cap[e] <= 0 || onPath[w]) continue;
        if (Math.abs(cost[e] + pot[u] - pot[w]) > 1e-9) continue;
        if (dfs(w)) {
          cap[e]--;
          cap[e ^ 1]++;
          onPath[u] = 0;
          return true;
        }
      }
      onPath[u] = 0;
      return false;
    };
    for (;;) {
      if (!budget.spend()) return;
      dist.fill(Infinity);
      settled.fill(0);
      dist[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const u = heap.pop();
        const d = heap.key;
        if (settled[u] || d > dist[u]) continue;
        // A node is settled once: reduced costs a rounding error below zero cannot make it loop.
        settled[u] = 1;
        // Stopping at the sink is enough: potentials then move by min(dist, dist[sink]).
        if (u === sink) break;
        const pu = pot[u];
        for (let e = head[u]; e >= 0; e = next[e]) {
          if (cap[e] <= 0) continue;
          const w = to[e];
          if (settled[w]) continue;
          const nd = d + cost[e] + pu - pot[w];
          if (nd < dist[w] - 1e-12) {
            dist[w] = nd;
            heap.push(nd, w);
          }
        }
      }
      if (dist[sink] === Infinity) return;
      const reach = dist[sink];
      for (let u = 0; u < n; u++) pot[u] += Math.min(dist[u], reach);
      if (pot[sink] - pot[source] >= -1e-12) return;
      // Blocking flow on arcs of zero reduced cost: all of these paths have the same (negative) cost.
      iter.set(head);
      let pushed = 0;
      while (dfs(source)) pushed++;
      if (pushed === 0) return;
    }
  }
}

/** A binary min-heap of (key, node) in typed arrays; `pop` returns the node and leaves its key in `key`. */
class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  size = 0;
  key = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
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
