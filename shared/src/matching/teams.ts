import { type Budget } from './budget';
import { FlowGraph } from './flow';
import { covers } from './model';
import { type Plan } from './plan';

/** Candidates per challenge offered to the flow, besides its current members: enough to pick from, few enough to be fast. */
const FLOW_CANDIDATES = 4;
const FLOW_MIN_CANDIDATES = 20;

/** Above this many arcs one flow takes seconds (≈ 0.5 s at 10^5 arcs): refillBySlot splits the work instead. */
const FLOW_ARCS_LIMIT = 400_000;

/** Restricts a refill to one slot: its teams, their members and the free volunteers of `pool`. */
export interface SlotScope {
  slot: number;
  /** the slot each free volunteer is offered to */
  pool: Int32Array;
}

/** Coverers offered to each seat that must cover a group of required skills. */
const GROUP_CANDIDATES = 12;

/** Arcs of the team flow over the served challenges (of one slot with `scope`): what its work grows with. */
export function flowSize(p: Plan, scope?: SlotScope): number {
  const m = p.m;
  let arcs = m.V;
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] < 0 || (scope && p.slotOf[c] !== scope.slot)) continue;
    arcs += Math.max(FLOW_MIN_CANDIDATES, FLOW_CANDIDATES * m.maxSize[c]) + GROUP_CANDIDATES * m.required[c].length;
  }
  return arcs;
}

/** Whether one flow over all served challenges fits the work budget. */
export function flowFits(p: Plan, scope?: SlotScope): boolean {
  return flowSize(p, scope) <= FLOW_ARCS_LIMIT;
}

/**
 * Re-deals every non-pinned seat optimally for the served challenges and their slots, by a
 * min-cost flow in which each team must reach teamSize.min and may reach teamSize.max.
 * Coverage: a minimal cover of each team's required skills (its best-scoring coverers) splits
 * them into groups, and each group gets a seat of its own in the flow (forced by a large bonus)
 * that only volunteers covering the whole group may take. So the flow chooses the coverers too,
 * and today's teams remain a feasible flow. Returns the original plan when the flow would be
 * too big, or no better.
 */
export function refill(original: Plan, locked: Set<number>, budget: Budget, scope?: SlotScope): Plan {
  const m = original.m;
  const inScope = (c: number) => original.slotOf[c] >= 0 && (!scope || original.slotOf[c] === scope.slot);
  if (!flowFits(original, scope)) return original;
  const p = original.clone();
  const served = [...Array(m.C).keys()].filter(inScope);
  const before = new Map(served.map((c) => [c, new Set(p.team[c])]));
  const groups = new Map<number, number[][]>();
  for (const c of served) {
    // In a slot-scoped refill, people who may join several challenges stay where they are.
    const keep = p.team[c].filter((v) => locked.has(c * m.V + v) || (scope !== undefined && m.vMax[v] > 1));
    let missing = Array.from(m.required[c]).filter((r) => !keep.some((v) => covers(m, c, r, v)));
    const chosen: number[] = [];
    const gs: number[][] = [];
    while (missing.length > 0) {
      let best = -1;
      let bestGain = 0;
      let bestScore = -1;
      for (const v of p.team[c]) {
        if (keep.includes(v) || chosen.includes(v)) continue;
        const gain = missing.filter((r) => covers(m, c, r, v)).length;
        const score = m.score(c, v);
        if (gain > bestGain || (gain === bestGain && gain > 0 && score > bestScore))
          [best, bestGain, bestScore] = [v, gain, score];
      }
      if (best < 0) return original; // team not covered: leave the plan as it is
      chosen.push(best);
      gs.push(missing.filter((r) => covers(m, c, r, best)));
      missing = missing.filter((r) => !covers(m, c, r, best));
    }
    groups.set(c, gs);
    for (const v of p.team[c].slice()) if (!keep.includes(v)) p.remove(c, v);
  }

  // Nodes: 0 unused, 1 sink, 2.. volunteers, then challenges, then coverage seats, then (volunteer, slot) for
  // multi-assignment volunteers.
  const cNode = (c: number) => 2 + m.V + c;
  let nodes = 2 + m.V + m.C;
  const groupNode = new Map<number, number>();
  for (const c of served) {
    groupNode.set(c, nodes);
    nodes += groups.get(c)!.length;
  }
  const vsNode = new Map<number, number>();
  if (!scope)
    for (let v = 0; v < m.V; v++)
      if (m.vMax[v] > 1) for (let s = 0; s < m.S; s++) if (m.available[v * m.S + s]) vsNode.set(v * m.S + s, nodes++);
  const g = new FlowGraph(nodes);
  const inFlow = new Uint8Array(m.V);
  const released = new Set(served.flatMap((c) => [...before.get(c)!]));
  // Each volunteer in the flow supplies its free capacity, which goes to seats or, unused, straight to the sink.
  for (let v = 0; v < m.V; v++) {
    const room = m.vMax[v] - p.assigned[v].length;
    const offered = !scope || (m.vMax[v] === 1 && room > 0 && (released.has(v) || scope.pool[v] === scope.slot));
    if (room > 0 && offered) {
      g.supply(2 + v, room);
      g.supply(1, -room);
      g.arc(2 + v, 1, room, 0);
      inFlow[v] = 1;
    }
  }
  for (const [key, node] of vsNode) {
    const v = Math.floor(key / m.S);
    if (p.busy[key] === 0) g.arc(2 + v, node, 1, 0);
  }
  // (arc, challenge, volunteer) triples. A volunteer reaches a challenge's nodes through one arc of capacity 1
  // (from the source, or from its node for that slot), so it never takes two seats of one team.
  const arcs: number[] = [];
  let mostGroups = 1;
  for (const gs of groups.values()) mostGroups = Math.max(mostGroups, gs.length);
  const offeredTo = new Int32Array(mostGroups);
  for (const c of served) {
    const s = p.slotOf[c];
    const gs = groups.get(c)!;
    const g0 = groupNode.get(c)!;
    const members = before.get(c)!;
    // Seats that must be taken are demands of the team's nodes; the others may go to the sink.
    const seats = p.team[c].length + gs.length;
    const need = Math.max(0, m.minSize[c] - seats);
    g.supply(cNode(c), -need);
    g.supply(1, need + gs.length);
    if (m.maxSize[c] - seats - need > 0) g.arc(cNode(c), 1, m.maxSize[c] - seats - need, 0);
    for (let k = 0; k < gs.length; k++) g.supply(g0 + k, -1);
    const limit = Math.max(FLOW_MIN_CANDIDATES, FLOW_CANDIDATES * m.maxSize[c]);
    const cands = m.candidates[c];
    let offered = 0;
    let membersLeft = members.size;
    offeredTo.fill(0);
    let groupsFull = gs.length === 0;
    for (let i = 0; i < cands.length; i++) {
      const v = cands[i];
      const member = members.has(v);
      if (member) membersLeft--;
      else if (offered >= limit && groupsFull) {
        if (membersLeft === 0) break;
        continue;
      }
      if (
        !inFlow[v] ||
        m.available[v * m.S + s] === 0 ||
        p.busy[v * m.S + s] !== 0 ||
        p.assigned[v].length >= m.vMax[v]
      )
        continue;
      const from = m.vMax[v] > 1 ? vsNode.get(v * m.S + s)! : 2 + v;
      const cost = -m.candidateScores[c][i];
      // current members are always offered, so that today's teams remain a feasible flow
      if (offered < limit || member) {
        arcs.push(g.arc(from, cNode(c), 1, cost), c, v);
        offered++;
      }
      if (gs.length === 0) continue;
      groupsFull = true;
      for (let k = 0; k < gs.length; k++) {
        if ((offeredTo[k] < GROUP_CANDIDATES || member) && gs[k].every((r) => covers(m, c, r, v))) {
          arcs.push(g.arc(from, g0 + k, 1, cost), c, v);
          offeredTo[k]++;
        }
        if (offeredTo[k] < GROUP_CANDIDATES) groupsFull = false;
      }
    }
  }
  if (!g.minCost(budget)) return original;
  for (let i = 0; i < arcs.length; i += 3) if (g.flow(arcs[i]) > 0) p.add(arcs[i + 1], arcs[i + 2]);
  const ok = served.every((c) => p.valid(c)) && p.totalScore() >= original.totalScore() - 1e-9;
  if (!ok) return original;
  if (scope) return p;
  // A volunteer's price: what the flow would lose without them (0 for volunteers it left free).
  p.prices = new Float64Array(m.V);
  for (let v = 0; v < m.V; v++) {
    if (p.assigned[v].length === 0) continue;
    const best = Math.max(...p.assigned[v].map((c) => m.score(c, v)));
    const dual = g.potential[2 + v] - g.potential[1];
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
