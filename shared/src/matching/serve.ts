import { type Budget } from './budget';
import { FlowGraph } from './flow';
import { place } from './teams';
import { scarcityOrder, serveFree, serveIn, serveStealing, SlotDemand, type Locks } from './construct';
import { coverBits, coverMasks, coverSkips, hopeless, largestPriority, requiredBits, type Model } from './model';
import { PinConflictError, pinSlotChoices, type ResolvedPins } from './pins';
import { Plan } from './plan';

/** The challenges without pins, highest priority first, the scarcest first among equals. */
const unpinnedByScarcity = (m: Model, pins: ResolvedPins): number[] =>
  scarcityOrder(
    m,
    [...Array(m.C).keys()].filter((c) => !pins.members.has(c)),
  );

/** Challenges tried per unserved challenge when making room for it. */
const EJECT_TRIES = 8;

/**
 * What trying to make room for c by closing b costs, in search units: copying the plan (its V · S seats) and looking
 * through both challenges' candidates. (Measured: 616 tries in 0.23 s on a 300 × 1000 instance with 4 slots where 74
 * challenges stay unserved, ≈ 2 200 units each at budget.ts SEARCH_UNITS_PER_MS.)
 */
const victimUnits = (m: Model, c: number, b: number) =>
  m.candidates[c].length + m.candidates[b].length + (m.V * m.S) / 8;

/**
 * Phase 1 of the objective: decide which challenges run, where, with a minimal valid team.
 * Pinned challenges first, then the scarcest of the highest priority, then repairs that steal
 * spare members and finally trade lower-priority challenges for higher-priority ones.
 */
export function serve(m: Model, pins: ResolvedPins, budget: Budget): Plan {
  let p: Plan | PinConflictError = servePins(m, pins);
  if (p instanceof PinConflictError && pins.members.size > 1) {
    // The slots resolvePins chose can leave a pinned team no one to complete it with (two pinned challenges that need
    // each other's slot): the other choices the pins allow, before the pins are declared in conflict.
    const conflict = p;
    let tries = 0;
    for (const slot of pinSlotChoices(m, pins.members)) {
      if (tries++ === 0) continue; // (the first is resolvePins's, just tried)
      if (tries > PIN_SLOT_TRIES) break;
      pins.slot.set(slot);
      p = servePins(m, pins);
      if (p instanceof Plan) break;
    }
    if (!(p instanceof Plan)) throw conflict;
  }
  if (p instanceof PinConflictError) throw p;
  const rest = unpinnedByScarcity(m, pins);
  const demand = new SlotDemand(m, rest);
  for (const c of rest) {
    demand.wish(c, -1);
    serveFree(p, c, demand);
  }
  // (Covering teams only for the plans of serveByVotes: the first plan is what the bound's first prices come from, and
  // the Lagrangian's plans replace it. On the bench's scarce instance with given scores the covering tries found
  // nothing, 18 ms of them here and 37 ms in its plan; without them here, and with COVER_SHARE 1.25, the second
  // generator's h07 served 519.16 where 518.96.)
  return serveMore(p, pins, budget, true, false);
}

/** Slot choices for the pinned challenges tried (pins.ts pinSlotChoices) before the pins are declared in conflict. */
const PIN_SLOT_TRIES = 200;

/** The pinned challenges with their teams completed, in the slots of pins.slot where they can be, or why not. */
function servePins(m: Model, pins: ResolvedPins): Plan | PinConflictError {
  let p = new Plan(m);
  const locks: Locks = { pairs: pins.pairs, slot: pins.slot };
  const pinned = scarcityOrder(m, [...pins.members.keys()]);
  for (const c of pinned) {
    p.open(c, pins.slot[c]);
    for (const v of pins.members.get(c)!) p.add(c, v);
  }
  for (const c of pinned) {
    const q = servePinned(p, c, pins, locks);
    if (!q) {
      const ch = m.instance.challenges[c];
      const own = pins.members.get(c)!.map((v) => ({ challenge: ch.id, volunteer: m.instance.volunteers[v].id }));
      const holding = pinsHolding(m, pins, c);
      const held = holding.length > 0 ? `; pinned elsewhere: ${holding.map((pin) => pin.volunteer).join(', ')}` : '';
      return new PinConflictError(
        [...own, ...holding],
        'valid team',
        `${ch.id} is pinned, so it must run, but no valid team (size ${m.minSize[c]}..${m.maxSize[c]}, every required skill covered) can be formed around its pinned volunteers${held}`,
      );
    }
    p = q;
  }
  return p;
}

/**
 * The other pins that keep people c could have from its team: a compatible volunteer pinned to another challenge in
 * c's slot, or pinned as often as they take part. Named with c's own pins, since the conflict is between them.
 */
function pinsHolding(m: Model, pins: ResolvedPins, c: number): { challenge: string; volunteer: string }[] {
  const compatible = new Set(m.candidates[c]);
  const pinnedTo = new Map<number, number[]>();
  for (const [d, members] of pins.members) for (const v of members) pinnedTo.set(v, [...(pinnedTo.get(v) ?? []), d]);
  const holding: { challenge: string; volunteer: string }[] = [];
  for (const [d, members] of pins.members) {
    if (d === c) continue;
    for (const v of members) {
      if (!compatible.has(v) || pinnedTo.get(v)!.includes(c)) continue;
      if (pins.slot[d] === pins.slot[c] || pinnedTo.get(v)!.length >= m.vMax[v])
        holding.push({ challenge: m.instance.challenges[d].id, volunteer: m.instance.volunteers[v].id });
    }
  }
  return holding;
}

/**
 * Completes the team of a pinned challenge, in the slot the pin check chose or, when no team
 * fits there, in another slot its pinned volunteers can all attend (pins.slot follows).
 */
function servePinned(p: Plan, c: number, pins: ResolvedPins, locks: Locks): Plan | null {
  const m = p.m;
  const members = pins.members.get(c)!;
  const first = serveStealing(p, c, locks);
  if (first) return first;
  const from = pins.slot[c];
  for (const s of m.challengeSlots[c]) {
    if (s === from || p.used[s] >= m.capacity[s]) continue;
    if (!members.every((v) => m.available[v * m.S + s] === 1 && p.busy[v * m.S + s] === 0)) continue;
    const q = p.clone();
    q.close(c);
    q.open(c, s);
    for (const v of members) q.add(c, v);
    pins.slot[c] = s;
    const r = serveStealing(q, c, locks);
    if (r) return r;
    pins.slot[c] = from;
  }
  return null;
}

/**
 * Repairs for every unserved challenge, highest priority first: stealing spares, then (`eject`) covering teams (unless
 * not to `cover`) and making room.
 */
export function serveMore(plan: Plan, pins: ResolvedPins, budget: Budget, eject = true, cover = eject): Plan {
  const m = plan.m;
  const locks: Locks = { pairs: pins.pairs, slot: pins.slot };
  const order = unpinnedByScarcity(m, pins);
  let p = plan;
  // (challenges no team can serve anywhere are passed over: `hopeless`)
  const open = order.filter((c) => !hopeless(m, c));
  for (const c of open) {
    if (p.slotOf[c] >= 0 || !budget.spend(m.candidates[c].length)) continue;
    p = serveStealing(p, c, locks) ?? p;
  }
  if (!eject) return p;
  if (cover) {
    const covering = coveringBudget(budget);
    for (const c of open) {
      if (p.slotOf[c] >= 0) continue;
      p = coverFor(p, c, locks, covering) ?? p;
    }
  }
  for (const c of open) {
    if (p.slotOf[c] >= 0 || !budget.spend(m.candidates[c].length)) continue;
    p = ejectFor(p, c, locks, order, budget) ?? p;
  }
  return p;
}

/**
 * `coverFor`'s allowance for a whole run, as a share of the repairs' budget it is given with, and apart from it: its
 * tries, where they find nothing, must not take what stealing and making room need (each try costs the candidates of
 * the challenges involved and a copy of the plan). 3 while the first serve tried covering teams too: the second
 * generator's h07 needs 275 000 units of tries in its Lagrangian plan (its served priority with 1.25 then 519.16, at
 * seed + 100 700.73, the optimum); the bench's scarce instance with given scores spent 840 000 for nothing, 55 ms.
 */
const COVER_SHARE = 1.25;
const coveringBudgets = new WeakMap<Budget, Budget>();
function coveringBudget(repairs: Budget): Budget {
  let covering = coveringBudgets.get(repairs);
  if (!covering) coveringBudgets.set(repairs, (covering = repairs.limited(COVER_SHARE * repairs.units)));
  return covering;
}
/** Covering teams of one or two tried per unserved challenge; a challenge with more has no shortage of coverers. */
const COVERING_TEAMS = 64;

/**
 * The teams of one or two of c's candidates that cover every required skill (within c's team sizes), best first; none
 * when there are more than COVERING_TEAMS of them. Found once per model: every plan's repairs ask for them again.
 */
function coveringTeams(m: Model, c: number, most = COVERING_TEAMS): number[][] {
  let byMost = coveringTeamsOf.get(m);
  if (!byMost) coveringTeamsOf.set(m, (byMost = new Map()));
  let known = byMost.get(most);
  if (!known) byMost.set(most, (known = new Array<number[][] | undefined>(m.C)));
  return (known[c] ??= findCoveringTeams(m, c, most));
}
const coveringTeamsOf = new WeakMap<Model, Map<number, (number[][] | undefined)[]>>();

function findCoveringTeams(m: Model, c: number, most: number): number[][] {
  const need = m.required[c].length;
  if (need === 0 || need > 31 || m.minSize[c] > 2) return [];
  const full = requiredBits(m, c);
  const masks = coverMasks(m)[c];
  const cands = m.candidates[c];
  const scores = m.candidateScores[c];
  // candidates by the required skills they cover (at most 2^need masks; only the masks that cover something)
  const byMask = new Map<number, number[]>();
  for (let i = 0; i < cands.length; i++) {
    const mask = masks[i] & full;
    if (mask === 0) continue;
    let list = byMask.get(mask);
    if (!list) byMask.set(mask, (list = []));
    list.push(i);
  }
  const groups = [...byMask.entries()];
  const teams: { members: number[]; score: number }[] = [];
  for (let a = 0; a < groups.length; a++) {
    const [maskA, listA] = groups[a];
    if (maskA === full && m.minSize[c] <= 1)
      for (const i of listA) teams.push({ members: [cands[i]], score: scores[i] });
    if (m.maxSize[c] >= 2)
      for (let b = a; b < groups.length; b++) {
        const [maskB, listB] = groups[b];
        if ((maskA | maskB) !== full) continue;
        for (let x = 0; x < listA.length && teams.length <= most; x++)
          for (let y = a === b ? x + 1 : 0; y < listB.length && teams.length <= most; y++)
            teams.push({ members: [cands[listA[x]], cands[listB[y]]], score: scores[listA[x]] + scores[listB[y]] });
      }
    if (teams.length > most) return [];
  }
  return teams.sort((x, y) => y.score - x.score || x.members[0] - y.members[0]).map((t) => t.members);
}

/**
 * Serves c with one of its few covering teams (`coveringTeams`): where its coverers are in other teams, those
 * challenges are closed, c runs with the covering team, and they are served again (with other people, or in other
 * slots). Kept only when the served priority rises. `ejectFor` moves one challenge out of the way, and stealing
 * replaces one member at a time with a free stand-in: neither serves a challenge whose team of two must take a coverer
 * from each of two other teams, which themselves need other coverers (the second generator's h07, teams of 1–2 covering
 * 3–4 skills at levels 3–4: 74 challenges unserved, 8 of them with covering pairs, all of whose members were taken).
 */
function coverFor(p: Plan, c: number, locks: Locks, budget: Budget): Plan | null {
  const m = p.m;
  const teams = coveringTeams(m, c);
  const before = p.servedPriority();
  for (const team of teams) {
    for (const s of m.challengeSlots[c]) {
      if (!team.every((v) => m.available[v * m.S + s] === 1)) continue;
      // the challenges that hold the team's members where c would need them
      const victims = new Set<number>();
      let locked = false;
      for (const v of team) {
        if (p.freeIn(v, s)) continue;
        const holding = p.busy[v * m.S + s] > 0 ? [p.busy[v * m.S + s] - 1] : p.assigned[v];
        for (const b of holding) {
          if (locks.slot[b] >= 0 || locks.pairs.has(b * m.V + v)) locked = true;
          victims.add(b);
        }
      }
      if (locked) continue;
      let tableFreed = false;
      for (const b of victims) if (p.slotOf[b] === s) tableFreed = true;
      if (!tableFreed && p.used[s] >= m.capacity[s]) continue;
      let units = m.candidates[c].length + (m.V * m.S) / 8;
      for (const b of victims) units += m.candidates[b].length;
      if (!budget.spend(units)) return null;
      let q = p.clone();
      for (const b of victims) q.close(b);
      q.open(c, s);
      for (const v of team) q.add(c, v);
      for (const b of [...victims].sort((x, y) => m.priority[y] - m.priority[x] || x - y))
        q = serveStealing(q, b, locks) ?? q;
      if (q.servedPriority() > before + 1e-9) return q;
    }
  }
  return null;
}

/**
 * Serves challenges left unserved with one of their few covering teams (`coveringTeams`), freeing its members by
 * chains of replacements (`releaseAll`): every other team keeps running, so the served priority only rises. For the
 * last plan of a run, whose teams no later plan rearranges. Tries stop when `budget` is spent.
 */
export function serveByChains(plan: Plan, pins: ResolvedPins, budget: Budget): Plan {
  const m = plan.m;
  const locks: Locks = { pairs: pins.pairs, slot: pins.slot };
  let p = plan;
  for (const c of unpinnedByScarcity(m, pins)) {
    if (p.slotOf[c] >= 0 || hopeless(m, c) || !m.challengeSlots[c].some((s) => p.used[s] < m.capacity[s])) continue;
    if (budget.over()) break;
    // Each challenge's tries get at most a share of the budget: one whose chains branch widely and lead nowhere must
    // not use up what the others need.
    const mine = budget.capped(CHAIN_CHALLENGE_SHARE * budget.units);
    tries: for (const team of coveringTeams(m, c, CHAIN_COVERING_TEAMS))
      for (const s of m.challengeSlots[c]) {
        if (p.used[s] >= m.capacity[s] || !team.every((v) => m.available[v * m.S + s] === 1)) continue;
        if (!mine.spend(team.length)) break tries;
        const q = releaseAll(p, c, team, s, locks, mine);
        if (q) {
          p = q;
          break tries;
        }
      }
  }
  return p;
}

/**
 * Covering teams a challenge may have for `serveByChains` to try them (more than for `coverFor`: a chain keeps every
 * other team, where `coverFor` closes the teams in the way; h07's shape at seed 537 has challenges with 65–256).
 */
const CHAIN_COVERING_TEAMS = 256;
/**
 * The share of `serveByChains`' budget that one challenge's tries may use at most (a quarter of half as much before: on
 * h07's shape at seed 237 a challenge served through 23 000 units of chains, and another served by 802 came after two
 * that had used a quarter each for nothing).
 */
const CHAIN_CHALLENGE_SHARE = 0.1;

/** The most teams a chain of replacements changes (`releaseChain`). */
const CHAIN_DEPTH = 4;
/** Per team of a chain, the candidates taken from other teams that are tried (the best first). */
const CHAIN_BRANCH = 6;

/** A chain search's state: the teams on the path (not changed again), the volunteers taken (not taken again). */
interface ChainSearch {
  seen: Set<number>;
  reserved: Set<number>;
  locks: Locks;
  budget: Budget;
}

/** The team v leaves to join a team in slot s: the one v sits in there, else (one assignment in all) v's only one. */
function holder(p: Plan, v: number, s: number): number {
  const m = p.m;
  if (p.busy[v * m.S + s] > 0) return p.busy[v * m.S + s] - 1;
  return m.vMax[v] === 1 && p.assigned[v].length > 0 ? p.assigned[v][0] : -1;
}

/** One team's change in a chain: it runs in `slot`, without `out`, with `into` (−1: nobody) in its place. */
interface ChainMove {
  a: number;
  slot: number;
  out: number;
  into: number;
  /** a runs with these members instead (`out` and `into` unused) */
  team?: number[];
}

/**
 * c runs in slot s with `team`, whose members other teams hold there: each of those teams lets its member go along a
 * chain of replacements (`releaseChain`), so that no team closes. Null when some member cannot be freed so, or the
 * plan would break a rule (the chains are found one by one, and checked once applied).
 */
function releaseAll(p: Plan, c: number, team: number[], s: number, locks: Locks, budget: Budget): Plan | null {
  const m = p.m;
  let q: Plan | null = null;
  const reserved = new Set(team);
  // what closing teams of lower priority may cost, so that the served priority still rises
  let allowance = m.priority[c] - 1e-9;
  for (const v of team) {
    const now = q ?? p;
    if (now.freeIn(v, s)) continue;
    const a = holder(now, v, s);
    if (a < 0) return null;
    const chain = releaseChain(now, a, v, CHAIN_DEPTH, { seen: new Set([c]), reserved, locks, budget });
    // Where no chain frees v, the team holding v closes if it serves less priority than c gains (it may run again
    // later, elsewhere): the optimum of h07's shape at seed 537 serves two challenges instead of two of less priority.
    if (!chain && (m.priority[a] >= allowance || locks.slot[a] >= 0)) return null;
    q ??= copy(p, budget);
    if (!q) return null;
    if (chain) {
      if (!chain.every((move) => applyMove(q!, move))) return null;
    } else {
      allowance -= m.priority[a];
      q.close(a);
    }
    if (!q.freeIn(v, s)) return null;
  }
  q ??= copy(p, budget);
  if (!q || q.used[s] >= m.capacity[s]) return null;
  q.open(c, s);
  for (const v of team) q.add(c, v);
  return holds(q) ? q : null;
}

/** A copy of p to apply chains to, charged like the repairs' copies (with the check of `holds` after it); null when
 * the budget is spent. */
function copy(p: Plan, budget: Budget): Plan | null {
  return budget.spend((p.m.V * p.m.S + p.m.C + p.m.V) / 8) ? p.clone() : null;
}

/**
 * A way for v to leave team a with every team still valid: a takes a free candidate who covers what only v covered
 * there (possibly moving to another of its slots where its other members are free and a table is), or one whom another
 * team b gives up the same way, up to `depth` teams in a row. The moves, the last team's first (its newcomer is free);
 * null when there is none. Teams in `seen` are not changed, volunteers in `reserved` not taken.
 *
 * Where coverers are rare, serving one more challenge can take a chain of such replacements: on the second generator's
 * h07 (teams of 1–2 covering 3–4 skills at levels 3–4), the challenges the optimum serves more each take a member of a
 * team that takes a member of another, three teams in a row, some of them in other slots. Closing the team in the way
 * and serving it again with stealing (one replacement each) found none of them.
 */
function releaseChain(p: Plan, a: number, v: number, depth: number, search: ChainSearch): ChainMove[] | null {
  const { seen, reserved, locks, budget } = search;
  const m = p.m;
  const req = m.required[a];
  if (seen.has(a) || locks.pairs.has(a * m.V + v) || req.length > 31) return null;
  const from = p.slotOf[a];
  const others = p.team[a].filter((w) => w !== v);
  let needed = requiredBits(m, a);
  for (const w of others) needed &= ~coverBits(m, a, w);
  if (needed === 0 && others.length >= m.minSize[a]) return [{ a, slot: from, out: v, into: -1 }];
  // a's own slot first, then those its other members are free in (and a table is), unless a is pinned to its slot
  const slots = [from];
  if (locks.slot[a] < 0)
    for (const s of m.challengeSlots[a])
      if (s !== from && p.used[s] < m.capacity[s])
        if (others.every((w) => m.available[w * m.S + s] === 1 && p.busy[w * m.S + s] === 0)) slots.push(s);
  // who could take v's place: the candidates covering what only v covered (any, where v covered nothing alone)
  const cands = m.candidates[a];
  const masks = coverMasks(m)[a];
  const skip = coverSkips(m)[a];
  const takers: number[] = [];
  let looked = 1;
  for (let i = needed === 0 ? 0 : skip[0]; i < cands.length; i = needed === 0 ? i + 1 : skip[i + 1], looked++) {
    const u = cands[i];
    if ((masks[i] & needed) === needed && u !== v && !reserved.has(u) && !others.includes(u)) takers.push(u);
  }
  if (!budget.spend(looked + takers.length * slots.length)) return null;
  for (const s of slots) for (const u of takers) if (p.freeIn(u, s)) return [{ a, slot: s, out: v, into: u }];
  if (depth <= 1) return null;
  seen.add(a);
  for (const s of slots)
    for (let k = 0, tried = 0; k < takers.length && tried < CHAIN_BRANCH; k++) {
      const u = takers[k];
      if (m.available[u * m.S + s] === 0) continue;
      const b = holder(p, u, s);
      if (b < 0 || seen.has(b)) continue;
      tried++;
      reserved.add(u);
      const rest = releaseChain(p, b, u, depth - 1, search);
      reserved.delete(u);
      if (rest) {
        seen.delete(a);
        return [...rest, { a, slot: s, out: v, into: u }];
      }
    }
  const moves = locks.slot[a] < 0 ? newTeamFor(p, a, v, depth, search) : null;
  seen.delete(a);
  return moves;
}

/**
 * `releaseChain`'s last resort: a (in `seen`) runs without v with another of its few covering teams, whose members are
 * free or freed by chains of their own, in any of its slots with a table. Where coverers are rare, one member's place is
 * often what nobody else can take, but a whole pair of others covers the team: on the second generator's h07, two of
 * the challenges the optimum serves more take a member of a team that runs there with two new members.
 */
function newTeamFor(p: Plan, a: number, v: number, depth: number, search: ChainSearch): ChainMove[] | null {
  const { reserved, locks, budget } = search;
  const m = p.m;
  const from = p.slotOf[a];
  if (p.team[a].some((w) => locks.pairs.has(a * m.V + w))) return null;
  for (const team of coveringTeams(m, a)) {
    if (team.includes(v) || team.some((u) => reserved.has(u))) continue;
    for (const s of m.challengeSlots[a]) {
      if ((s !== from && p.used[s] >= m.capacity[s]) || !team.every((u) => m.available[u * m.S + s] === 1)) continue;
      if (!budget.spend(team.length)) return null;
      // The members' chains are all found on p: each one's teams and people stay out of the next one's reach (two
      // chains changing one team, or taking one person, would otherwise both be applied).
      const moves: ChainMove[] = [];
      const taken: number[] = [];
      const changed: number[] = [];
      let ok = true;
      for (const u of team) {
        if (p.team[a].includes(u)) {
          ok = s === from || p.busy[u * m.S + s] === 0;
        } else if (!p.freeIn(u, s)) {
          const b = holder(p, u, s);
          const rest = b < 0 ? null : releaseChain(p, b, u, depth - 1, search);
          ok = rest !== null;
          for (const move of rest ?? []) {
            moves.push(move);
            if (!search.seen.has(move.a)) changed.push(move.a);
            search.seen.add(move.a);
            for (const w of [move.out, move.into, ...(move.team ?? [])])
              if (w >= 0 && !reserved.has(w)) taken.push(reserve(reserved, w));
          }
        }
        if (!ok) break;
        if (!reserved.has(u)) taken.push(reserve(reserved, u));
      }
      for (const w of taken) reserved.delete(w);
      for (const b of changed) search.seen.delete(b);
      if (ok) return [...moves, { a, slot: s, out: v, into: -1, team }];
    }
  }
  return null;
}

/** Adds w to `reserved`; returns w. */
function reserve(reserved: Set<number>, w: number): number {
  reserved.add(w);
  return w;
}

/** Applies one move of a chain to q; false (q then spoilt) where its leaving member is no longer in the team. */
function applyMove(q: Plan, { a, slot, out, into, team }: ChainMove): boolean {
  if (!q.team[a].includes(out)) return false;
  if (team) {
    q.close(a);
    q.open(a, slot);
    for (const u of team) q.add(a, u);
    return true;
  }
  if (q.slotOf[a] === slot) q.remove(a, out);
  else {
    const stay = q.team[a].filter((w) => w !== out);
    q.close(a);
    q.open(a, slot);
    for (const w of stay) q.add(a, w);
  }
  if (into >= 0) q.add(a, into);
  return true;
}

/**
 * Every hard rule the plan's teams are built to keep, counted again from the teams themselves (not from the plan's
 * own counters, which a wrong chain could leave out of step): valid teams of distinct members, one team per person and
 * slot, at most maxAssignments each, capacities; and the counters agree.
 */
function holds(q: Plan): boolean {
  const m = q.m;
  const seat = new Int32Array(m.V * m.S).fill(-1);
  const count = new Int32Array(m.V);
  const used = new Int32Array(m.S);
  let seats = 0;
  for (let c = 0; c < m.C; c++) {
    const s = q.slotOf[c];
    if (s < 0) continue;
    used[s]++;
    const team = q.team[c];
    if (!q.valid(c) || new Set(team).size !== team.length) return false;
    for (const v of team) {
      if (m.available[v * m.S + s] === 0 || seat[v * m.S + s] >= 0 || q.busy[v * m.S + s] !== c + 1) return false;
      seat[v * m.S + s] = c;
      count[v]++;
      seats++;
    }
  }
  for (let s = 0; s < m.S; s++) if (used[s] > m.capacity[s] || used[s] !== q.used[s]) return false;
  for (let v = 0; v < m.V; v++) if (count[v] > m.vMax[v] || count[v] !== q.assigned[v].length) return false;
  let busy = 0;
  for (let i = 0; i < q.busy.length; i++) if (q.busy[i] !== 0) busy++;
  return busy === seats;
}

/**
 * Makes room for c by closing another challenge (freeing its table and people), serving c,
 * then serving the closed one again wherever it fits now (often another slot). Kept only when
 * the served priority rises, so an equal- or higher-priority challenge is only ever moved.
 * Each challenge tried costs `budget` what the tries cost (victimUnits); none once it is spent.
 */
function ejectFor(p: Plan, c: number, locks: Locks, order: number[], budget: Budget, anyVictim = false): Plan | null {
  const m = p.m;
  const slots = new Set(m.challengeSlots[c]);
  // Served, unpinned challenges that share a slot or people with c. A victim of equal or higher priority must be
  // served again: elsewhere, which needs a free table, or (`anyVictim`) in its own slot with another team. (One loop:
  // this runs for every challenge left unserved, from the start of a run, mostly before V8 has optimised it.)
  const found: { b: number; overlap: number }[] = [];
  for (let i = 0; i < order.length; i++) {
    const b = order[i];
    const at = p.slotOf[b];
    if (at < 0 || locks.slot[b] >= 0) continue;
    if (!anyVictim && m.priority[b] >= m.priority[c] && !freeTableElsewhere(p, b)) continue;
    let overlap = slots.has(at) ? 1 : 0;
    const team = p.team[b];
    for (let j = 0; j < team.length; j++) if (!Number.isNaN(m.score(c, team[j]))) overlap++;
    if (overlap > 0) found.push({ b, overlap });
  }
  const victims = found
    .sort(
      (x, y) =>
        Number(m.priority[x.b] >= m.priority[c]) - Number(m.priority[y.b] >= m.priority[c]) ||
        y.overlap - x.overlap ||
        m.priority[x.b] - m.priority[y.b] ||
        x.b - y.b,
    )
    .slice(0, EJECT_TRIES);
  const before = p.servedPriority();
  // Closing b frees its table: both c and (unless b has less priority, when losing it still pays) b need one.
  const free = (s: number, b: number) => m.capacity[s] - p.used[s] + (s === p.slotOf[b] ? 1 : 0);
  const tablesFor = (b: number) =>
    m.challengeSlots[c].some(
      (s1) => free(s1, b) >= 1 && m.challengeSlots[b].some((s2) => free(s2, b) >= 1 && (s1 !== s2 || free(s1, b) >= 2)),
    );
  for (const { b } of victims) {
    if (m.priority[b] >= m.priority[c] && !tablesFor(b)) continue;
    if (!budget.spend(victimUnits(m, c, b))) return null;
    const q = p.clone();
    q.close(b);
    let r = serveStealing(q, c, locks, true);
    if (!r) continue;
    r = serveStealing(r, b, locks) ?? r;
    if (r.servedPriority() > before + 1e-9) return r;
  }
  return null;
}

/** Some other slot of b has a free table. */
function freeTableElsewhere(p: Plan, b: number): boolean {
  const m = p.m;
  const slots = m.challengeSlots[b];
  for (let i = 0; i < slots.length; i++)
    if (slots[i] !== p.slotOf[b] && p.used[slots[i]] < m.capacity[slots[i]]) return true;
  return false;
}

/** A plan from votes. */
export interface VotedPlan {
  plan: Plan;
  /** whether the placement flow dealt its seats (not at national size) */
  placed: boolean;
  /**
   * whether its teams need dealing again: without a placement flow, or when a team changed after it (minimal teams of
   * challenges placed one by one, mostly). (Teams the flow closed do not count: their members take free seats at once,
   * teams.ts `place`; a second flow after such a placement gained 0.006 points on the 40 instances of solve.ts
   * FIRST_WINDOW, for 25–30 ms on a 300 × 1000 instance.)
   */
  redeal: boolean;
}

/**
 * The Lagrangian heuristic's plan: the relaxation's recent picks (`votes`, see bound.ts, adding up
 * to `rounds` per challenge) are rounded to a table plan (`roundVotes`), and every challenge that
 * runs in that rounding is opened in the slot the rounding gave it, with its seats dealt by one
 * flow (teams.ts `place`): placed one by one, a challenge could find every coverer of its skill
 * in that slot taken by earlier teams, and took another's table. The challenges whose team the
 * flow could not complete, and those that run in `best` and not in the rounding, are then placed
 * again, highest priority first, those in the rounding before the others, then those the
 * relaxation ran most often, each in the slot the rounding gave it (else the one it picked most
 * often) where a minimal team of free volunteers exists, else with the repairs of `serve`
 * (stealing, making room), which draw on `repairs`. Pinned challenges keep their slots and pins.
 */
export function serveByVotes(
  best: Plan,
  pins: ResolvedPins,
  votes: Float64Array,
  rounds: number,
  budget: Budget,
  repairs: Budget = budget,
): VotedPlan {
  const m = best.m;
  const locks: Locks = { pairs: pins.pairs, slot: pins.slot };
  let p = best.clone();
  const stride = m.S + 1;
  for (let c = 0; c < m.C; c++) if (!pins.members.has(c) && p.slotOf[c] >= 0) p.close(c);
  const slotFor = roundVotes(p, votes, rounds, budget);
  const share = (c: number) => 1 - votes[c * stride + m.S] / Math.max(1e-9, rounds);
  const order = [...Array(m.C).keys()].filter((c) => !pins.members.has(c) && (best.slotOf[c] >= 0 || slotFor[c] >= 0));
  const scarcity = (c: number) => m.candidates[c].length / Math.max(1, m.minSize[c] + m.required[c].length);
  const rounded = (c: number) => Number(slotFor[c] >= 0);
  order.sort(
    (a, b) =>
      m.priority[b] - m.priority[a] ||
      rounded(b) - rounded(a) ||
      share(b) - share(a) ||
      scarcity(a) - scarcity(b) ||
      a - b,
  );
  const opened = p.clone();
  for (const c of order) if (slotFor[c] >= 0) opened.open(c, slotFor[c]);
  const placed = place(opened, pins.pairs, budget);
  if (placed) p = placed;
  const dealt = placed?.clone();
  for (const c of order) {
    if (p.slotOf[c] >= 0) continue;
    const slots = [...m.challengeSlots[c]].sort(
      (a, b) =>
        Number(b === slotFor[c]) - Number(a === slotFor[c]) ||
        votes[c * stride + b] - votes[c * stride + a] ||
        Number(b === best.slotOf[c]) - Number(a === best.slotOf[c]) ||
        a - b,
    );
    let served = false;
    for (const s of slots) if (p.used[s] < m.capacity[s] && (served = serveIn(p, c, s))) break;
    // Repairs now, while tables are free for whoever must make room (at the end they would be full).
    if (!served)
      p = serveStealing(p, c, locks) ?? (best.slotOf[c] >= 0 ? ejectFor(p, c, locks, order, repairs, true) : null) ?? p;
  }
  const plan = serveMore(p, pins, repairs);
  if (!dealt) return { plan, placed: false, redeal: true };
  return { plan, placed: true, redeal: teamsChanged(dealt, plan) };
}

/** Whether `after` serves a challenge with another team or in another slot than `before`. */
function teamsChanged(before: Plan, after: Plan): boolean {
  for (let c = 0; c < after.m.C; c++) {
    const team = after.team[c];
    if (after.slotOf[c] !== before.slotOf[c] || team.length !== before.team[c].length) return true;
    if (team.some((v) => !before.team[c].includes(v))) return true;
  }
  return false;
}

/**
 * The votes rounded to a table plan: the slot each challenge `p` does not run yet gets (−1: none). Each runs in one
 * slot or none, no slot gets more challenges than it has free tables in `p`, and the plan maximises the summed share
 * of votes its choices got, plus `1 + priority / largest priority` for every challenge that runs: free tables are
 * filled (a challenge runs rather than not wherever a table is free), with the challenges the votes favour most, the
 * higher priority first among equals. (The bonus stays within (1, 2]: the flow's costs are scores' size, and priority
 * ratios of millions made costs and prices that doubles no longer tell apart.) A transport problem, solved by the team
 * flow's min-cost flow (1–3 ms at hackathon size, its code warm from the team flows). Placed by majority alone, a
 * contested table went to whichever challenge came first, and where tables are scarce many challenges split their
 * votes between two slots. On 40 generated hackathon instances (five kinds, seeds 1–8) the first plan gained 0.08
 * points of the best known score on scarce instances with given scores (all tables taken there), 0.00–0.04 on the
 * others. Without votes (or a solution), `majoritySlots`.
 */
export function roundVotes(p: Plan, votes: Float64Array, rounds: number, budget: Budget): Int32Array {
  if (!(rounds > 0)) return majoritySlots(p, votes, rounds);
  const m = p.m;
  const S = m.S;
  const stride = S + 1;
  const sink = m.C + S;
  const g = new FlowGraph(m.C + S + 1, m.C * stride + S);
  const most = largestPriority(m);
  const arcs: number[] = [];
  let challenges = 0;
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] >= 0) continue;
    challenges++;
    g.supply(c, 1);
    arcs.push(g.arc(c, sink, 1, -votes[c * stride + S] / rounds), c, -1);
    for (const s of m.challengeSlots[c])
      if (p.used[s] < m.capacity[s])
        arcs.push(g.arc(c, m.C + s, 1, -(votes[c * stride + s] / rounds + 1 + m.priority[c] / most)), c, s);
  }
  for (let s = 0; s < S; s++) g.arc(m.C + s, sink, Math.max(0, m.capacity[s] - p.used[s]), 0);
  g.supply(sink, -challenges);
  if (!g.minCost(budget)) return majoritySlots(p, votes, rounds);
  const slotFor = new Int32Array(m.C).fill(-1);
  for (let i = 0; i < arcs.length; i += 3) if (g.flow(arcs[i]) > 0) slotFor[arcs[i + 1]] = arcs[i + 2];
  return slotFor;
}

/** roundVotes without a rounding: each challenge `p` does not run yet that most votes ran gets its most-voted slot. */
function majoritySlots(p: Plan, votes: Float64Array, rounds: number): Int32Array {
  const m = p.m;
  const stride = m.S + 1;
  const slotFor = new Int32Array(m.C).fill(-1);
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] >= 0 || votes[c * stride + m.S] * 2 > rounds) continue;
    for (const s of m.challengeSlots[c])
      if (slotFor[c] < 0 || votes[c * stride + s] > votes[c * stride + slotFor[c]]) slotFor[c] = s;
  }
  return slotFor;
}

/**
 * Tries again to serve the challenges `best` serves and `p` does not: with spare or free people, and except at
 * national size (where each try clones the plan's V·S seats) by moving another team to make room.
 */
export function restore(p: Plan, best: Plan, pins: ResolvedPins, repairs: Budget): Plan {
  const m = p.m;
  const locks: Locks = { pairs: pins.pairs, slot: pins.slot };
  const order = unpinnedByScarcity(m, pins);
  for (const c of order) {
    if (p.slotOf[c] >= 0 || best.slotOf[c] < 0) continue;
    p = serveStealing(p, c, locks) ?? (m.pruned ? null : ejectFor(p, c, locks, order, repairs, true)) ?? p;
  }
  return p;
}
