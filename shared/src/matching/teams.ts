import { type Budget } from './budget';
import { FlowGraph } from './flow';
import { covers } from './model';
import { type Plan } from './plan';

/** Candidates per challenge offered to the flow, besides its current members: enough to pick from, few enough to be fast. */
const FLOW_CANDIDATES = 4;
const FLOW_MIN_CANDIDATES = 20;

/** Above this (seats x arcs) the flow takes seconds: refillBySlot splits the work instead. */
const FLOW_WORK_LIMIT = 1.5e8;

/** Restricts a refill to one slot: its teams, their members and the free volunteers of `pool`. */
export interface SlotScope {
  slot: number;
  /** the slot each free volunteer is offered to */
  pool: Int32Array;
}

/**
 * Re-deals every non-pinned seat optimally for the served challenges and their slots: keeps a
 * minimal "core" per team (pinned members and one coverer per required skill, the
 * best-scoring ones), then solves a min-cost flow in which each team still needs
 * teamSize.min - |core| members (forced by a large bonus) and may take up to
 * teamSize.max - |core|. Coverage holds by the core; the local search later swaps cores.
 * Returns the original plan when the flow would be too big, too slow, or no better.
 */
/** Whether one flow over all served challenges fits the work budget. */
export function flowFits(p: Plan, scope?: SlotScope): boolean {
  const m = p.m;
  let seats = 0;
  let work = m.V;
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] < 0 || (scope && p.slotOf[c] !== scope.slot)) continue;
    seats += m.maxSize[c];
    work += Math.max(FLOW_MIN_CANDIDATES, FLOW_CANDIDATES * m.maxSize[c]);
  }
  return seats * work <= FLOW_WORK_LIMIT;
}

export function refill(original: Plan, locked: Set<number>, budget: Budget, scope?: SlotScope): Plan {
  const m = original.m;
  const inScope = (c: number) => original.slotOf[c] >= 0 && (!scope || original.slotOf[c] === scope.slot);
  if (!flowFits(original, scope)) return original;
  const p = original.clone();
  const before = p.team.map((t) => new Set(t));
  const served = [...Array(m.C).keys()].filter(inScope);
  const core = new Map<number, number[]>();
  for (const c of served) {
    // In a slot-scoped refill, people who may join several challenges stay where they are.
    const keep = p.team[c].filter((v) => locked.has(c * m.V + v) || (scope !== undefined && m.vMax[v] > 1));
    let missing = Array.from(m.required[c]).filter((r) => !keep.some((v) => covers(m, c, r, v)));
    while (missing.length > 0) {
      let best = -1;
      let bestGain = 0;
      let bestScore = -1;
      for (const v of p.team[c]) {
        if (keep.includes(v)) continue;
        const gain = missing.filter((r) => covers(m, c, r, v)).length;
        const score = m.score(c, v);
        if (gain > bestGain || (gain === bestGain && gain > 0 && score > bestScore))
          [best, bestGain, bestScore] = [v, gain, score];
      }
      if (best < 0) return original; // team not covered: leave the plan as it is
      keep.push(best);
      missing = missing.filter((r) => !covers(m, c, r, best));
    }
    core.set(c, keep);
  }
  for (const c of served) for (const v of p.team[c].slice()) if (!core.get(c)!.includes(v)) p.remove(c, v);

  // Nodes: 0 source, 1 sink, 2.. volunteers, then challenges, then (volunteer, slot) for multi-assignment volunteers.
  const cNode = (c: number) => 2 + m.V + c;
  let nodes = 2 + m.V + m.C;
  const vsNode = new Map<number, number>();
  if (!scope)
    for (let v = 0; v < m.V; v++)
      if (m.vMax[v] > 1) for (let s = 0; s < m.S; s++) if (m.available[v * m.S + s]) vsNode.set(v * m.S + s, nodes++);
  const g = new FlowGraph(nodes);
  const BIG = 1000;
  const inFlow = new Uint8Array(m.V);
  const released = new Set(served.flatMap((c) => [...before[c]]));
  for (let v = 0; v < m.V; v++) {
    const room = m.vMax[v] - p.assigned[v].length;
    const offered = !scope || (m.vMax[v] === 1 && room > 0 && (released.has(v) || scope.pool[v] === scope.slot));
    if (room > 0 && offered) {
      g.arc(0, 2 + v, room, 0);
      inFlow[v] = 1;
    }
  }
  for (const [key, node] of vsNode) {
    const v = Math.floor(key / m.S);
    if (p.busy[key] === 0) g.arc(2 + v, node, 1, 0);
  }
  const arcs: [number, number, number][] = [];
  for (const c of served) {
    const s = p.slotOf[c];
    const size = p.team[c].length;
    const need = Math.max(0, m.minSize[c] - size);
    if (need > 0) g.arc(cNode(c), 1, need, -BIG);
    if (m.maxSize[c] - size - need > 0) g.arc(cNode(c), 1, m.maxSize[c] - size - need, 0);
    const limit = Math.max(FLOW_MIN_CANDIDATES, FLOW_CANDIDATES * m.maxSize[c]);
    const cands = m.candidates[c];
    let offered = 0;
    for (let i = 0; i < cands.length; i++) {
      const v = cands[i];
      if (
        !inFlow[v] ||
        m.available[v * m.S + s] === 0 ||
        p.busy[v * m.S + s] !== 0 ||
        p.assigned[v].length >= m.vMax[v]
      )
        continue;
      // current members are always offered, so that today's teams remain a feasible flow
      if (offered >= limit && !before[c].has(v)) continue;
      const from = m.vMax[v] > 1 ? vsNode.get(v * m.S + s)! : 2 + v;
      arcs.push([g.arc(from, cNode(c), 1, -m.candidateScores[c][i]), c, v]);
      offered++;
    }
  }
  const order = [0, ...Array.from({ length: m.V }, (_, v) => 2 + v), ...vsNode.values(), ...served.map(cNode), 1];
  g.minCost(0, 1, order, budget);
  for (const [arc, c, v] of arcs) if (g.flow(arc) > 0) p.add(c, v);
  const ok = served.every((c) => p.valid(c)) && p.totalScore() >= original.totalScore() - 1e-9;
  if (!ok) return original;
  if (scope) return p;
  // A volunteer's price: what the flow would lose without them (0 for volunteers it left free).
  p.prices = new Float64Array(m.V);
  for (let v = 0; v < m.V; v++) {
    if (p.assigned[v].length === 0) continue;
    const best = Math.max(...p.assigned[v].map((c) => m.score(c, v)));
    const dual = g.potential[2 + v] - g.potential[0];
    p.prices[v] = inFlow[v] && Number.isFinite(dual) ? Math.min(best, Math.max(0, dual)) : best;
  }
  return p;
}

/**
 * The flow slot by slot, for instances where one flow over everything would take seconds:
 * each free volunteer is offered to the slot of its best open option; moves between slots are
 * left to the local search.
 */
export function refillBySlot(original: Plan, locked: Set<number>, budget: Budget): Plan {
  const m = original.m;
  const pool = new Int32Array(m.V).fill(-1);
  for (let v = 0; v < m.V; v++) {
    if (original.assigned[v].length > 0 || m.vMax[v] > 1) continue;
    let best = -1;
    for (const c of m.options[v]) {
      const s = original.slotOf[c];
      if (s < 0 || m.available[v * m.S + s] === 0) continue;
      if (best < 0 || m.score(c, v) > best) [best, pool[v]] = [m.score(c, v), s];
    }
  }
  let p = original;
  for (let s = 0; s < m.S && !budget.over(); s++) p = refill(p, locked, budget, { slot: s, pool });
  return p;
}
