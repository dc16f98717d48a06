import { type Budget } from './budget';

/**
 * Min-cost flow by the primal-dual method: Dijkstra on reduced costs (with potentials), then
 * as many augmenting paths as the zero-reduced-cost graph admits, repeated while the
 * cheapest path still has negative cost. Costs are negated pair scores, so this maximises the
 * summed score; it stops by itself when no path improves it.
 */
export class FlowGraph {
  private head: number[];
  private to: number[] = [];
  private next: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];
  /** node potentials after minCost: shortest distances from the source, i.e. dual prices */
  potential: Float64Array = new Float64Array(0);

  constructor(readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  /** Adds an arc and returns its index; the flow on it is read back with `flow`. */
  arc(from: number, to: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return e;
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  flow(arc: number): number {
    return this.cap[arc ^ 1];
  }

  /** `order`: nodes in a topological order of the initial arcs (for the first potentials). */
  minCost(source: number, sink: number, order: number[], budget: Budget): void {
    const n = this.nodes;
    const pot = new Float64Array(n).fill(Infinity);
    this.potential = pot;
    pot[source] = 0;
    for (const u of order) {
      if (pot[u] === Infinity) continue;
      for (let e = this.head[u]; e >= 0; e = this.next[e]) {
        if (this.cap[e] > 0 && pot[u] + this.cost[e] < pot[this.to[e]]) pot[this.to[e]] = pot[u] + this.cost[e];
      }
    }
    const dist = new Float64Array(n);
    const heap = new MinHeap();
    const iter = new Int32Array(n);
    const onPath = new Uint8Array(n);
    for (;;) {
      if (!budget.spend()) return;
      dist.fill(Infinity);
      dist[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (d > dist[u]) continue;
        // Stopping at the sink is enough: potentials then move by min(dist, dist[sink]).
        if (u === sink) break;
        for (let e = this.head[u]; e >= 0; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const w = this.to[e];
          const nd = d + this.cost[e] + pot[u] - pot[w];
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
      for (let u = 0; u < n; u++) iter[u] = this.head[u];
      const dfs = (u: number): boolean => {
        if (u === sink) return true;
        onPath[u] = 1;
        for (; iter[u] >= 0; iter[u] = this.next[iter[u]]) {
          const e = iter[u];
          const w = this.to[e];
          if (this.cap[e] <= 0 || onPath[w]) continue;
          if (Math.abs(this.cost[e] + pot[u] - pot[w]) > 1e-9) continue;
          if (dfs(w)) {
            this.cap[e]--;
            this.cap[e ^ 1]++;
            onPath[u] = 0;
            return true;
          }
        }
        onPath[u] = 0;
        return false;
      };
      let pushed = 0;
      while (dfs(source)) pushed++;
      if (pushed === 0) return;
    }
  }
}

class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const k = this.keys;
    const v = this.values;
    let i = k.length;
    k.push(key);
    v.push(value);
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

  pop(): [number, number] {
    const k = this.keys;
    const v = this.values;
    const top: [number, number] = [k[0], v[0]];
    const lastK = k.pop()!;
    const lastV = v.pop()!;
    if (k.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= k.length) break;
        if (child + 1 < k.length && k[child + 1] < k[child]) child++;
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
