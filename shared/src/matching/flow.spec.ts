import { Budget } from './budget';
import { FlowGraph } from './flow';

/** A bipartite assignment: `scores[i][j]` is worker i on seat j; returns the flow's assignment. */
function assign(scores: number[][], tolerance = 0): number[] {
  const workers = scores.length;
  const seats = scores[0].length;
  // nodes: 0 unused, 1 sink, 2.. workers, then seats
  const g = new FlowGraph(2 + workers + seats);
  for (let i = 0; i < workers; i++) {
    g.supply(2 + i, 1);
    g.supply(1, -1);
    g.arc(2 + i, 1, 1, 0); // stays free
  }
  const arcs: number[][] = scores.map((row, i) => row.map((s, j) => g.arc(2 + i, 2 + workers + j, 1, -s)));
  for (let j = 0; j < seats; j++) g.arc(2 + workers + j, 1, 1, 0);
  expect(g.minCost(new Budget(Infinity, Date.now() + 60_000), tolerance)).toBe(true);
  return arcs.map((row) => row.findIndex((a) => g.flow(a) > 0));
}

describe('FlowGraph', () => {
  it('finds the best assignment, not the greedy one', () => {
    // greedy takes 0.9 (worker 0 on seat 0) and then 0.1: 1.0; the optimum is 0.8 + 0.8
    expect(
      assign([
        [0.9, 0.8],
        [0.8, 0.1],
      ]),
    ).toEqual([1, 0]);
  });

  it('ends, with a full assignment, on scores equal up to rounding errors', () => {
    const eps = 1e-15;
    const scores = Array.from({ length: 12 }, (_, i) =>
      Array.from({ length: 8 }, (_, j) => 0.5 + ((i * 7 + j * 3) % 5) * eps),
    );
    const result = assign(scores);
    const seats = result.filter((j) => j >= 0);
    expect(seats).toHaveLength(8);
    expect(new Set(seats).size).toBe(8);
  });
});

describe('FlowGraph with a tolerance', () => {
  it('fills every seat it can, within the tolerance per arc of the optimum', () => {
    let state = 7;
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647) * 0.999;
    const total = (scores: number[][], seats: number[]) =>
      seats.reduce((t, j, i) => t + (j >= 0 ? scores[i][j] : 0), 0);
    for (let trial = 0; trial < 20; trial++) {
      const scores = Array.from({ length: 30 }, () => Array.from({ length: 20 }, () => 0.001 + random()));
      const exact = total(scores, assign(scores));
      for (const tolerance of [1e-5, 1e-3, 0.05]) {
        const seats = assign(scores, tolerance);
        expect(seats.filter((j) => j >= 0)).toHaveLength(20);
        expect(new Set(seats.filter((j) => j >= 0)).size).toBe(20);
        // An ε-optimal flow is within ε per arc where it differs from an optimal one: each of the 30 units of flow
        // runs through two arcs in each of the two flows (the grid's rounding is far below 1e-6 here).
        expect(total(scores, seats)).toBeGreaterThanOrEqual(exact - 120 * tolerance - 1e-6);
        expect(total(scores, seats)).toBeLessThanOrEqual(exact + 1e-9);
      }
    }
  });
});

describe('FlowGraph with costs too large for exact prices', () => {
  it('says so instead of running on', () => {
    const g = new FlowGraph(3);
    g.supply(0, 1);
    g.supply(2, -1);
    g.arc(0, 1, 1, -1e15);
    g.arc(1, 2, 1, 0);
    g.arc(0, 2, 1, 0);
    expect(g.minCost(new Budget(Infinity, Infinity))).toBe(false);
  });
});
