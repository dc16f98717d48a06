import { type Budget } from './budget';
import { FlowGraph } from './flow';
import { coverMasks, coverSkips, covers, largestPriority, type Model } from './model';
import { type Plan } from './plan';

/**
 * Candidates per challenge offered to the flow, besides its current members: enough to pick from, few enough to be fast
 * (FLOW_CANDIDATES per seat, at least FLOW_MIN_CANDIDATES, or FLOW_MIN_NARROW in a narrow flow). With 40 at least, where
 * 20, the average share of the best known score on 40 generated hackathon instances (5 kinds × seeds 1–8) rose from
 * 99.85% to 100.04% (300 × 1000), 99.81% to 99.90% (scarce) and 99.71% to 99.75% (given scores), and stayed at 99.54%
 * (scarce, given scores) and 99.98% (300 × 1500, surplus); 30 and 60 were no better. But a flow takes longer (at
 * 300 × 1000, 30 ms warm where 25 ms, with 17 600 arcs where 11 700): the bench's three hackathon instances, each five
 * times in a fresh process, took 12–26 ms more. Since the plans from votes are placed by the flow (`place`), 30 gives
 * what 40 gave (on the same 40 instances within 0.01 points by kind, 300 × 1000 100.02% where 100.04%; on seeds 21–24
 * the same), with a quarter fewer arcs; 20 still loses (300 × 1000: 99.81%, one instance 99.30%).
 */
const FLOW_CANDIDATES = 4;
const FLOW_MIN_CANDIDATES = 30;
/**
 * A narrow flow: a run's first deal (its one or two flows, on the serve's plan, which the Lagrangian heuristic's plan
 * mostly replaces), the flow after a placement (`place`) whose plan changed afterwards, and every flow at national
 * size (pruned). With the first deal narrow the hackathon instances kept the gain above (100.03% at 300 × 1000, 99.88%
 * scarce, 99.76% given scores, 99.55% scarce with given scores, 99.99% surplus), for 4–12 ms more. At national size 40
 * took 0.15–0.5 s more and was not better on the whole: on five generated instances 99.33 → 99.84%, 99.46 → 99.77%
 * and 99.32 → 99.67% of the engine's bound, but scarce 99.19 → 98.76%, and with ten million given scores, whose
 * reading shortens the limit, the search could no longer pay for a plan from the bound's votes: 99.67 → 99.14%.
 */
const FLOW_MIN_NARROW = 20;

/**
 * Seats each volunteer of a flow is offered at least (offerVolunteers), where it has that many options. The teams offer
 * their best candidates only: where volunteers are what is scarce and many teams want the same people, the others got
 * no offer at all and stayed idle. On a generated 300 × 1000 instance with 3 loose slots and teams of 2–4, whose 1 200
 * seats want more people than the 1 000 there are, the first flow dealt 756.5 where one offering every pair deals
 * 859.9; with 4 offers at least 853.3 (8: 857.1). Scarce 60 × 200 instances of another generator reached their optimum
 * (98.5% before). On the bench's instances, whose volunteers nearly all have offers, the same plans.
 */
const VOLUNTEER_OFFERS = 4;
const EXTRA_PER_SEAT = 2;

/** How many candidates of c the flow offers its team, besides its members (fewer in a narrow flow). */
function flowCandidates(m: Model, c: number, narrow: boolean): number {
  const least = m.pruned || narrow ? FLOW_MIN_NARROW : FLOW_MIN_CANDIDATES;
  return Math.max(contendedModels.has(m) ? CONTENDED_WIDER * least : least, FLOW_CANDIDATES * m.maxSize[c]);
}

/**
 * Models one of whose flows, beyond event size and national size, found teams contending for the same people
 * (`contended`): their later flows offer each team CONTENDED_WIDER times as many candidates. On the second generator's
 * instances where teams want more people than there are, 0.1–0.3 points of the best known score more (300 × 1000,
 * teams of 2–4: 860.4 → 861.4). (At event size the exact layer decides, and one 60 × 200 instance took 2.1 s where
 * 1.2 s.)
 */
const contendedModels = new WeakSet<Model>();
const CONTENDED_WIDER = 2;

/** Whether one of m's flows found teams contending for the same people (see `contendedModels`). */
export const contendedModel = (m: Model): boolean => contendedModels.has(m);

/** Above this many arcs one flow takes seconds (≈ 0.5 s at 10^5 arcs): refillBySlot splits the work instead. */
const FLOW_ARCS_LIMIT = 400_000;

/**
 * At national size the team flows stop once they are ε-optimal for ε = 10⁻⁵ of a score unit (flow.ts `minCost`), not
 * 1-optimal on their integer grid (≈ 10⁻⁹ there): their last two or three scaling phases, which took ≈ 15% of the run.
 * On the bench's national #1 and the second generator's n01–n07 (one run each, interleaved): 27.9 → 23.9 s in all
 * (n03 4.9 → 3.7 s, n04 3.6 → 2.6 s), the same served priority, scores −0.04 to +0.12% (mean +0.01%). At hackathon size
 * the same floor saved 20–30 ms of ≈ 300, but the prices the first flow hands the Lagrangian heuristic changed, and
 * with them which challenges its plan serves: three of six instances of h07's shape (rare coverers) served less.
 */
const PRUNED_FLOW_TOLERANCE = 1e-5;

/** Restricts a refill to one slot: its teams, their members and the free volunteers of `pool`. */
export interface SlotScope {
  slot: number;
  /** the slot each free volunteer is offered to */
  pool: Int32Array;
}

/** Coverers offered to each seat that must cover a group of required skills. */
const GROUP_CANDIDATES = 12;

/** Arcs of the team flow over the served challenges (of one slot with `scope`): what its work grows with. */
export function flowSize(p: Plan, scope?: SlotScope, narrow = false): number {
  const m = p.m;
  // each volunteer's arc to the sink (the seats offered to volunteers few teams offered theirs, offerVolunteers, are
  // not counted: on the bench's instances 5–10% more arcs)
  let arcs = m.V;
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] < 0 || (scope && p.slotOf[c] !== scope.slot)) continue;
    arcs += flowCandidates(m, c, narrow) + GROUP_CANDIDATES * m.required[c].length;
  }
  return arcs;
}

/** Whether one flow over all served challenges fits the work budget. */
export function flowFits(p: Plan, scope?: SlotScope, narrow = false): boolean {
  return flowSize(p, scope, narrow) <= FLOW_ARCS_LIMIT;
}

/**
 * A minimal cover of c's required skills not covered by `keep`, from its current members (the
 * best-scoring coverer of the most gaps first): the skills each chosen member covers form a group.
 * Null when the team does not cover them all, unless `open`: then the skills no member covers get
 * seats of their own (one per skill where the team has room for that many, else one for all).
 */
function coverageGroups(p: Plan, c: number, keep: number[], open = false): number[][] | null {
  const m = p.m;
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
    if (best < 0) {
      if (!open) return null;
      // seats of their own for the skills no member covers: one per skill where the team has room, else one for all
      if (keep.length + gs.length + missing.length <= m.maxSize[c]) for (const r of missing) gs.push([r]);
      else gs.push(missing);
      return gs;
    }
    chosen.push(best);
    gs.push(missing.filter((r) => covers(m, c, r, best)));
    missing = missing.filter((r) => !covers(m, c, r, best));
  }
  return gs;
}

/** What offering seats needs, shared by every team of one flow. */
interface Offers {
  g: FlowGraph;
  /** the plan with the seats to deal emptied */
  p: Plan;
  inFlow: Uint8Array;
  vsNode: Int32Array;
  /** (arc, challenge, volunteer) triples */
  arcs: number[];
  offeredTo: Int32Array;
  groupMask: Int32Array;
  isMember: Uint8Array;
  masks: Int32Array[];
  /** model.ts `coverSkips` */
  skips: Int32Array[];
  /** offer FLOW_MIN_NARROW candidates at least (flowCandidates) */
  narrow: boolean;
  /** seats that must be taken may stay empty, at a cost (place: the teams it opened empty) */
  soft: Uint8Array | null;
  /** the largest priority */
  most: number;
  /** how many seats each volunteer was offered */
  offersOf: Int32Array;
}

/**
 * The nodes, demands and arcs of one team: its best free candidates and its former members to the
 * team's node, and to each coverage seat its best candidates covering that group. A function of
 * its own (not a loop inside refill) so that V8 optimises it after a few teams: the first flows of
 * a run are otherwise mostly interpreted.
 */
function offerSeats(o: Offers, c: number, node: number, gs: number[][], g0: number, members: number[]): void {
  const { g, p, inFlow, vsNode, arcs, offeredTo, groupMask, isMember } = o;
  const m = p.m;
  const s = p.slotOf[c];
  for (const v of members) isMember[v] = 1;
  // Seats that must be taken are demands of the team's nodes; the others may go to the sink.
  const seats = p.team[c].length + gs.length;
  const need = Math.max(0, m.minSize[c] - seats);
  g.supply(node, -need);
  g.supply(1, need + gs.length);
  if (m.maxSize[c] - seats - need > 0) g.arc(node, 1, m.maxSize[c] - seats - need, 0);
  const soft = o.soft !== null && o.soft[c] === 1;
  const empty = soft ? EMPTY_SEAT * (1 + m.priority[c] / o.most) : 0;
  if (soft && need > 0) g.arc(1, node, need, empty);
  const req = m.required[c];
  const wide = req.length > 31;
  for (let k = 0; k < gs.length; k++) {
    g.supply(g0 + k, -1);
    if (soft) g.arc(1, g0 + k, 1, empty);
    groupMask[k] = 0;
    for (const r of gs[k]) groupMask[k] |= 1 << req.indexOf(r);
  }
  const limit = flowCandidates(m, c, o.narrow);
  const cands = m.candidates[c];
  const scores = m.candidateScores[c];
  const mask = o.masks[c];
  const skip = o.skips[c];
  let offered = 0;
  let membersLeft = members.length;
  offeredTo.fill(0);
  let groupsFull = gs.length === 0;
  for (let i = 0; i < cands.length; i++) {
    const v = cands[i];
    const member = isMember[v] === 1;
    if (member) membersLeft--;
    else if (offered >= limit) {
      if (groupsFull) {
        if (membersLeft === 0) break;
        continue;
      }
      // Only a coverage seat can still take v: where coverers are rare most candidates cover no group that still
      // wants one (the second generator's h07: 28 candidates looked at per arc, 24 of them covering no required skill),
      // so this is asked before the rest, and once no member is left to offer, those covering none are passed over.
      if (!wide && membersLeft === 0 && mask[i] === 0) {
        i = skip[i] - 1;
        continue;
      }
      if (!wide && !coversOpenGroup(o, mask[i], gs.length)) continue;
    }
    if (!inFlow[v] || m.available[v * m.S + s] === 0 || p.busy[v * m.S + s] !== 0 || p.assigned[v].length >= m.vMax[v])
      continue;
    const from = m.vMax[v] > 1 ? vsNode[v * m.S + s] : 2 + v;
    const cost = -scores[i];
    // current members are always offered, so that today's teams remain a feasible flow
    if (offered < limit || member) {
      arcs.push(g.arc(from, node, 1, cost), c, v);
      o.offersOf[v]++;
      offered++;
    }
    if (gs.length === 0) continue;
    groupsFull = true;
    for (let k = 0; k < gs.length; k++) {
      const coversGroup = wide ? gs[k].every((r) => covers(m, c, r, v)) : (mask[i] & groupMask[k]) === groupMask[k];
      if ((offeredTo[k] < GROUP_CANDIDATES || member) && coversGroup) {
        arcs.push(g.arc(from, g0 + k, 1, cost), c, v);
        o.offersOf[v]++;
        offeredTo[k]++;
      }
      if (offeredTo[k] < GROUP_CANDIDATES) groupsFull = false;
    }
  }
  for (const v of members) isMember[v] = 0;
}

/** Whether a candidate with cover mask `mask` covers one of the first `groups` coverage groups still offered fewer than GROUP_CANDIDATES. */
function coversOpenGroup(o: Offers, mask: number, groups: number): boolean {
  const { offeredTo, groupMask } = o;
  for (let k = 0; k < groups; k++)
    if (offeredTo[k] < GROUP_CANDIDATES && (mask & groupMask[k]) === groupMask[k]) return true;
  return false;
}

/**
 * Whether the people the teams offered seats to (their free capacity) are fewer than CONTENDED times the free seats:
 * then teams want the same people, and the others may be needed (offerVolunteers). On the instances of the second
 * generator that needed them (VOLUNTEER_OFFERS) 0.7–1.0; on the bench's hackathon instances 1.3–1.7, where offering
 * anyway gained 0.01–0.04 points of the best known score on average (40-instance sweep), for 20–25 ms a run.
 */
function contended(o: Offers, served: number[], inFlow: Uint8Array): boolean {
  const { p } = o;
  const m = p.m;
  let seats = 0;
  for (const c of served) seats += m.maxSize[c] - p.team[c].length;
  let people = 0;
  for (let v = 0; v < m.V; v++) if (inFlow[v] === 1 && o.offersOf[v] > 0) people += m.vMax[v] - p.assigned[v].length;
  return people < CONTENDED * seats;
}

const CONTENDED = 1.2;
/**
 * Flows of at most this many teams (event size) offer them anyway: cheap there, and a better start for the exact layer
 * (a 60 × 200 instance with scores on a 0.05 grid, not contended by the measure above: proven optimal in 1 s, where
 * 3.4 s and 0.03% short of it without).
 */
const SMALL_FLOW_TEAMS = 100;

/**
 * Every volunteer of a flow the teams offered fewer than VOLUNTEER_OFFERS seats (they offer their best candidates only,
 * flowCandidates) is offered the general seats of its best other served challenges, up to that many offers in all: one
 * more to each such volunteer per round, so that where everyone ranks the teams alike all get offers before any gets
 * many. A team takes at most EXTRA_PER_SEAT such offers per seat, so that they spread over the teams. (Each volunteer's
 * options are looked through once for its 2 · VOLUNTEER_OFFERS best, and again only when those are all taken.)
 */
function offerVolunteers(o: Offers, served: number[], inFlow: Uint8Array, cNode: (c: number) => number): void {
  const m = o.p.m;
  const K = VOLUNTEER_OFFERS;
  const L = 2 * K;
  const isServed = new Uint8Array(m.C);
  for (const c of served) isServed[c] = 1;
  // the challenges each such volunteer was offered (at most K): offeredTo[v · K ..], known[v] of them
  const offeredTo = new Int32Array(m.V * K).fill(-1);
  const known = new Int32Array(m.V);
  for (let i = 0; i < o.arcs.length; i += 3) {
    const v = o.arcs[i + 2];
    if (o.offersOf[v] < K) offeredTo[v * K + known[v]++] = o.arcs[i + 1];
  }
  const needy: number[] = [];
  for (let v = 0; v < m.V; v++) if (inFlow[v] === 1 && o.offersOf[v] < K) needy.push(v);
  // each needy volunteer's best L other challenges, best first (−1: no more), and how far its offers got in them
  const wish = new Int32Array(m.V * L).fill(-1);
  for (const v of needy)
    bestOffers(o.p, v, isServed, offeredTo.subarray(v * K, v * K + known[v]), null, wish, v * L, L);
  const at = new Int32Array(m.V);
  const extra = new Int32Array(m.C);
  for (let round = 0; round < K; round++)
    for (const v of needy) {
      if (known[v] >= K) continue;
      let c = -1;
      while (c < 0 && at[v] < L && wish[v * L + at[v]] >= 0) {
        c = wish[v * L + at[v]++];
        if (fullOfOffers(m, extra, c)) c = -1;
      }
      // all L taken: look through v's options again for the best team not full yet
      if (c < 0 && at[v] === L) {
        const offered = offeredTo.subarray(v * K, v * K + known[v]);
        bestOffers(o.p, v, isServed, offered, extra, wish, v * L, 1);
        c = wish[v * L];
        wish[v * L] = -1;
      }
      if (c < 0) continue;
      offeredTo[v * K + known[v]++] = c;
      extra[c]++;
      const from = m.vMax[v] > 1 ? o.vsNode[v * m.S + o.p.slotOf[c]] : 2 + v;
      o.arcs.push(o.g.arc(from, cNode(c), 1, -m.score(c, v)), c, v);
    }
}

/** Whether team c has taken its EXTRA_PER_SEAT offers per seat (`extra` counts them). */
const fullOfOffers = (m: Model, extra: Int32Array, c: number) => extra[c] >= EXTRA_PER_SEAT * m.maxSize[c];

/**
 * Writes v's best `n` served challenges with a free seat for it, not in `offered` (and, with `extra`, not full of
 * offers), best first, into out[at ..] (−1 where there are fewer).
 */
function bestOffers(
  p: Plan,
  v: number,
  isServed: Uint8Array,
  offered: Int32Array,
  extra: Int32Array | null,
  out: Int32Array,
  at: number,
  n: number,
): void {
  const m = p.m;
  const options = m.options[v];
  let found = 0;
  // the score of out[at + n − 1] once n are found: a challenge scoring no more is passed over before the other tests
  let least = -Infinity;
  for (let i = 0; i < options.length; i++) {
    const c = options[i];
    if (isServed[c] === 0) continue;
    const score = m.score(c, v);
    if (found === n && score <= least) continue;
    if ((extra && fullOfOffers(m, extra, c)) || !p.freeIn(v, p.slotOf[c]) || offered.includes(c)) continue;
    let j = found < n ? found++ : n - 1;
    while (j > 0 && m.score(out[at + j - 1], v) < score) {
      out[at + j] = out[at + j - 1];
      j--;
    }
    out[at + j] = c;
    if (found === n) least = m.score(out[at + n - 1], v);
  }
  for (let j = found; j < n; j++) out[at + j] = -1;
}

/**
 * Re-deals every non-pinned seat optimally for the served challenges and their slots, by a
 * min-cost flow in which each team must reach teamSize.min and may reach teamSize.max.
 * Coverage: a minimal cover of each team's required skills (its best-scoring coverers) splits
 * them into groups, and each group gets a seat of its own in the flow (forced by a large bonus)
 * that only volunteers covering the whole group may take. So the flow chooses the coverers too,
 * and today's teams remain a feasible flow. Returns the original plan when the flow would be
 * too big, or no better. `narrow`: fewer candidates (flowCandidates).
 */
export function refill(original: Plan, locked: Set<number>, budget: Budget, scope?: SlotScope, narrow = false): Plan {
  return dealSeats(original, locked, budget, { scope, narrow });
}

/**
 * What a seat the placement flow leaves empty costs, times 1 + priority / largest priority: more than two members'
 * scores, so that the flow fills every seat it can, those of higher priority first among equals. (2, 6 and 12 gave
 * the same plans on 40 generated hackathon instances; without the priority term one of them served one priority point
 * less than the plans placed one by one.)
 */
const EMPTY_SEAT = 2;

/**
 * The flow as a placement: every challenge `p` runs has its seats dealt at once, so that the coverers go where they
 * are needed most. Teams opened empty get a seat per required skill (one for all of them where the team has no room
 * for that many); their seats that must be taken may stay empty at a cost (EMPTY_SEAT), and those left incomplete are
 * closed (their members take seats left free in other teams: `seatFreed`). Teams with members (pinned challenges) are
 * dealt as `refill` deals them: their pins stay, their coverage seats come from their members, and they are never
 * left incomplete. Null when one flow would be too big (flowFits) or fails, and at national size: there a flow takes
 * ≈ 0.5 s, and on four generated national instances the plans placed so were worse (98.94–99.29% of the engine's
 * bound where 99.19–99.46%: fewer plans in the limit).
 */
export function place(p: Plan, locked: Set<number>, budget: Budget): Plan | null {
  if (p.m.pruned) return null;
  const q = dealSeats(p, locked, budget, { open: true });
  return q === p ? null : q;
}

/**
 * The members of the teams a placement closed, dealt there and idle now, take seats left free in other teams, best
 * pair first (a second flow would, for 10–30 ms).
 */
function seatFreed(p: Plan, freed: number[]): void {
  const m = p.m;
  const offers: { score: number; c: number; v: number }[] = [];
  for (const v of freed)
    for (const c of m.options[v]) {
      const s = p.slotOf[c];
      if (s >= 0 && p.team[c].length < m.maxSize[c] && p.freeIn(v, s)) offers.push({ score: m.score(c, v), c, v });
    }
  offers.sort((x, y) => y.score - x.score || x.c - y.c || x.v - y.v);
  for (const { c, v } of offers) if (p.team[c].length < m.maxSize[c] && p.freeIn(v, p.slotOf[c])) p.add(c, v);
}

/** What a team flow deals: refill's `scope` and `narrow`, place's `open`. */
interface Dealing {
  scope?: SlotScope;
  narrow?: boolean;
  open?: boolean;
}

function dealSeats(original: Plan, locked: Set<number>, budget: Budget, dealing: Dealing): Plan {
  const { scope, narrow = false, open = false } = dealing;
  const m = original.m;
  const inScope = (c: number) => original.slotOf[c] >= 0 && (!scope || original.slotOf[c] === scope.slot);
  if (!flowFits(original, scope, narrow)) return original;
  const p = original.clone();
  const served = [...Array(m.C).keys()].filter(inScope);
  const before = new Map(served.map((c) => [c, p.team[c].slice()]));
  const groups = new Map<number, number[][]>();
  // A placement's empty teams: seats of their own for the required skills, which may stay empty (at a cost)
  const soft = open ? new Uint8Array(m.C) : null;
  for (const c of served) {
    // In a slot-scoped refill, people who may join several challenges stay where they are.
    const keep = p.team[c].filter((v) => locked.has(c * m.V + v) || (scope !== undefined && m.vMax[v] > 1));
    if (soft && p.team[c].length === 0) soft[c] = 1;
    const gs = coverageGroups(p, c, keep, soft?.[c] === 1);
    if (gs === null) return original; // team not covered: leave the plan as it is
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
  // vsNode[v · S + s]: the node of (v, s), −1 when there is none
  const vsNode = new Int32Array(scope ? 0 : m.V * m.S).fill(-1);
  const vsKeys: number[] = [];
  if (!scope)
    for (let v = 0; v < m.V; v++)
      if (m.vMax[v] > 1)
        for (let s = 0; s < m.S; s++)
          if (m.available[v * m.S + s]) {
            vsNode[v * m.S + s] = nodes++;
            vsKeys.push(v * m.S + s);
          }
  // arcs: each volunteer's to the sink and (v, s) nodes, each team's to the sink, and the offers (flowSize)
  const g = new FlowGraph(nodes, flowSize(original, scope, narrow) + vsKeys.length + served.length);
  const inFlow = new Uint8Array(m.V);
  const released = new Uint8Array(m.V);
  for (const c of served) for (const v of before.get(c)!) released[v] = 1;
  // Each volunteer in the flow supplies its free capacity, which goes to seats or, unused, straight to the sink.
  for (let v = 0; v < m.V; v++) {
    const room = m.vMax[v] - p.assigned[v].length;
    const offered = !scope || (m.vMax[v] === 1 && room > 0 && (released[v] === 1 || scope.pool[v] === scope.slot));
    if (room > 0 && offered) {
      g.supply(2 + v, room);
      g.supply(1, -room);
      g.arc(2 + v, 1, room, 0);
      inFlow[v] = 1;
    }
  }
  for (const key of vsKeys) {
    const v = Math.floor(key / m.S);
    if (p.busy[key] === 0) g.arc(2 + v, vsNode[key], 1, 0);
  }
  // (arc, challenge, volunteer) triples. A volunteer reaches a challenge's nodes through one arc of capacity 1
  // (from the source, or from its node for that slot), so it never takes two seats of one team.
  let mostGroups = 1;
  for (const gs of groups.values()) mostGroups = Math.max(mostGroups, gs.length);
  const offers: Offers = {
    g,
    p,
    inFlow,
    vsNode,
    arcs: [],
    offeredTo: new Int32Array(mostGroups),
    groupMask: new Int32Array(mostGroups),
    isMember: new Uint8Array(m.V),
    masks: coverMasks(m),
    skips: coverSkips(m),
    narrow,
    soft,
    most: open ? largestPriority(m) : 1,
    offersOf: new Int32Array(m.V),
  };
  const arcs = offers.arcs;
  for (const c of served) offerSeats(offers, c, cNode(c), groups.get(c)!, groupNode.get(c)!, before.get(c)!);
  const small = served.length <= SMALL_FLOW_TEAMS;
  const wanted = !small && contended(offers, served, inFlow);
  if (wanted && !m.pruned) contendedModels.add(m);
  if (small || wanted) offerVolunteers(offers, served, inFlow, cNode);
  if (!g.minCost(budget, m.pruned ? PRUNED_FLOW_TOLERANCE : 0)) return original;
  for (let i = 0; i < arcs.length; i += 3) if (g.flow(arcs[i]) > 0) p.add(arcs[i + 1], arcs[i + 2]);
  if (soft) {
    // Only teams opened empty may come out incomplete; the others' demands were hard, and their members a feasible
    // flow (an incomplete one would be a bug: leave the plan as it is rather than close a pinned challenge).
    for (const c of served) if (!p.valid(c) && soft[c] === 0) return original;
    const freed: number[] = [];
    for (const c of served) {
      if (p.valid(c)) continue;
      freed.push(...p.team[c]);
      p.close(c);
    }
    seatFreed(p, freed);
    return p;
  }
  const ok = served.every((c) => p.valid(c)) && p.totalScore() >= original.totalScore() - 1e-9;
  if (!ok) return original;
  if (scope) return p;
  // A volunteer's price: what the flow would lose without them (0 for volunteers it left free). A pinned volunteer
  // starts the bound at 0 too: the flow does not deal the pinned seat, so its duals do not price it, and their own
  // score as a start kept the bound of a national instance with pins 2% above that of the same instance without
  // them. (Also for pinned volunteers who may take more challenges: measured at hackathon and national size, that
  // gave better bounds than pricing only their seats the flow dealt.)
  p.prices = new Float64Array(m.V);
  const pinned = (v: number) => p.assigned[v].some((c) => locked.has(c * m.V + v));
  for (let v = 0; v < m.V; v++) {
    if (p.assigned[v].length === 0 || pinned(v)) continue;
    let best = -Infinity;
    for (const c of p.assigned[v]) best = Math.max(best, m.score(c, v));
    const dual = g.potential[2 + v] - g.potential[1];
    p.prices[v] = inFlow[v] && Number.isFinite(dual) ? Math.min(best, Math.max(0, dual)) : best;
  }
  // The price of a multi-assignment volunteer's seat in one slot, over their general price.
  p.slotPrices = new Float64Array(m.V * m.S);
  for (const key of vsKeys) {
    const v = Math.floor(key / m.S);
    const extra = g.potential[vsNode[key]] - g.potential[2 + v];
    if (inFlow[v] && !pinned(v) && Number.isFinite(extra)) p.slotPrices[key] = Math.min(1, Math.max(0, extra));
  }
  return p;
}

/**
 * The flow slot by slot, for instances where one flow over everything would take seconds:
 * each free volunteer is offered to the slot of its best open option; moves between slots are
 * left to the local search.
 */
export function refillBySlot(original: Plan, locked: Set<number>, budget: Budget, narrow = false): Plan {
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
  for (let s = 0; s < m.S && !budget.over(); s++) p = refill(p, locked, budget, { slot: s, pool }, narrow);
  return p;
}
