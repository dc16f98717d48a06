import { coverBits, coverMasks, covers, requiredBits, teamableSlots, type Model } from './model';
import { type Plan } from './plan';

/** Pairs that must stay as they are (pins), by key c * V + v. */
export interface Locks {
  pairs: Set<number>;
  /** slot fixed for pinned challenges, -1 otherwise */
  slot: Int32Array;
}

interface Builder {
  /** v may be taken for c in slot s (free, or releasable from its current team) */
  pickable(v: number): boolean;
  /** v costs nothing elsewhere */
  free(v: number): boolean;
  take(v: number): void;
}

/**
 * Picks a team for c in slot s: first one coverer per uncovered required skill (the one
 * covering most gaps, the least flexible among equals, so that scarce people are not wasted
 * on challenges that had alternatives), then fills up to teamSize.min the same way.
 */
function buildTeam(p: Plan, c: number, s: number, b: Builder, alreadyIn: number[] = []): boolean {
  const m = p.m;
  const cands = m.candidates[c];
  const chosen = new Set(alreadyIn);
  const req = m.required[c];
  if (req.length <= 31) {
    // required skills still uncovered as a bit mask (bit j: m.required[c][j]), against each candidate's cover mask
    const masks = coverMasks(m)[c];
    let missing = 0;
    for (let j = 0; j < req.length; j++) if (!alreadyIn.some((v) => covers(m, c, req[j], v))) missing |= 1 << j;
    while (missing !== 0) {
      const at = bestCoverer(m, cands, masks, missing, chosen, s, b);
      if (at < 0 || chosen.size >= m.maxSize[c]) return false;
      chosen.add(cands[at]);
      b.take(cands[at]);
      missing &= ~masks[at];
    }
  }
  let missing = req.length <= 31 ? [] : Array.from(req).filter((r) => !alreadyIn.some((v) => covers(m, c, r, v)));
  while (missing.length > 0) {
    let best = -1;
    let bestGain = 0;
    for (let i = 0; i < cands.length; i++) {
      const v = cands[i];
      if (chosen.has(v) || m.available[v * m.S + s] === 0) continue;
      let gain = 0;
      for (const r of missing) if (covers(m, c, r, v)) gain++;
      if (gain === 0) continue;
      if ((best < 0 || better(m, b, v, best, gain, bestGain)) && b.pickable(v)) {
        best = v;
        bestGain = gain;
      }
    }
    if (best < 0 || chosen.size >= m.maxSize[c]) return false;
    chosen.add(best);
    b.take(best);
    missing = missing.filter((r) => !covers(m, c, r, best));
  }
  while (chosen.size < m.minSize[c]) {
    const best = bestFiller(m, cands, chosen, s, b);
    if (best < 0) return false;
    chosen.add(best);
    b.take(best);
  }
  return true;
}

/** Whether v (covering `gain` gaps) is a better pick than `best`: more gaps, then free, then fewer options. */
function better(m: Model, b: Builder, v: number, best: number, gain: number, bestGain: number): boolean {
  if (gain !== bestGain) return gain > bestGain;
  const fv = b.free(v);
  if (fv !== b.free(best)) return fv;
  if (m.options[v].length !== m.options[best].length) return m.options[v].length < m.options[best].length;
  return false; // candidates come by score, so the earlier one wins ties
}

// The two scans below run for every team built, from the start of a run: functions of their own, so that V8 compiles
// them soon (inside buildTeam they ran interpreted for most of the first serve).

/** Position in `cands` of the best pick covering some of the `missing` skills (bit mask), −1 when none can be had. */
function bestCoverer(
  m: Model,
  cands: Int32Array,
  masks: Int32Array,
  missing: number,
  chosen: Set<number>,
  s: number,
  b: Builder,
): number {
  let best = -1;
  let bestGain = 0;
  for (let i = 0; i < cands.length; i++) {
    const bits = masks[i] & missing;
    if (bits === 0) continue;
    const v = cands[i];
    if (chosen.has(v) || m.available[v * m.S + s] === 0) continue;
    const gain = bitCount(bits);
    // (whether v can be had is asked only of a better pick: with stealing it can scan another team's candidates)
    if ((best < 0 || better(m, b, v, cands[best], gain, bestGain)) && b.pickable(v)) {
      best = i;
      bestGain = gain;
    }
  }
  return best;
}

/** The best pick to fill a seat (free first, then the fewest options), −1 when none can be had. */
function bestFiller(m: Model, cands: Int32Array, chosen: Set<number>, s: number, b: Builder): number {
  let best = -1;
  for (let i = 0; i < cands.length; i++) {
    const v = cands[i];
    if (chosen.has(v) || m.available[v * m.S + s] === 0) continue;
    if ((best < 0 || better(m, b, v, best, 0, 0)) && b.pickable(v)) best = v;
  }
  return best;
}

function bitCount(x: number): number {
  let n = 0;
  for (let y = x; y !== 0; y &= y - 1) n++;
  return n;
}

function freeBuilder(p: Plan, c: number, s: number): Builder {
  return {
    pickable: (v) => p.freeIn(v, s),
    free: () => true,
    take: (v) => p.add(c, v),
  };
}

/** Where v sits in the way of joining a team in slot s: the team to leave, or -1 when nothing blocks. */
function blocker(p: Plan, v: number, s: number, locks: Locks): number {
  const m = p.m;
  const inSlot = p.busy[v * m.S + s] - 1;
  if (inSlot >= 0) return locks.pairs.has(inSlot * m.V + v) ? -2 : inSlot;
  if (p.assigned[v].length < m.vMax[v]) return -1;
  for (const a of p.assigned[v]) if (!locks.pairs.has(a * m.V + v) && p.canLose(a, v)) return a;
  return -2;
}

/**
 * A free volunteer who can stand in for v in team a without breaking it: the first of a's candidates free in its slot
 * who covers every required skill only v covers there. (Asked of every candidate in another team while stealing, each
 * time through a's candidates: against their cover masks, where `covers` for each skill made it a tenth of the
 * second generator's h07.)
 */
function standIn(p: Plan, a: number, v: number): number {
  const m = p.m;
  const s = p.slotOf[a];
  const req = m.required[a];
  const cands = m.candidates[a];
  if (req.length > 31) {
    const needed = req.filter((r) => covers(m, a, r, v) && !p.team[a].some((w) => w !== v && covers(m, a, r, w)));
    for (const u of cands) if (u !== v && p.freeIn(u, s) && needed.every((r) => covers(m, a, r, u))) return u;
    return -1;
  }
  let need = coverBits(m, a, v);
  const team = p.team[a];
  for (let k = 0; k < team.length && need !== 0; k++) if (team[k] !== v) need &= ~coverBits(m, a, team[k]);
  const masks = coverMasks(m)[a];
  for (let i = 0; i < cands.length; i++) {
    if ((masks[i] & need) !== need) continue;
    const u = cands[i];
    if (u !== v && p.freeIn(u, s)) return u;
  }
  return -1;
}

function stealingBuilder(p: Plan, c: number, s: number, locks: Locks): Builder {
  const m = p.m;
  return {
    free: (v) => p.freeIn(v, s),
    pickable: (v) => {
      if (p.freeIn(v, s)) return true;
      if (m.available[v * m.S + s] === 0) return false;
      const a = blocker(p, v, s, locks);
      if (a === -2) return false;
      if (a === -1) return true;
      return p.canLose(a, v) || (p.team[a].length >= m.minSize[a] && standIn(p, a, v) >= 0);
    },
    take: (v) => {
      const a = blocker(p, v, s, locks);
      if (a >= 0) {
        const u = p.canLose(a, v) ? -1 : standIn(p, a, v);
        p.remove(a, v);
        if (u >= 0) p.add(a, u);
      }
      p.add(c, v);
    },
  };
}

/**
 * What challenges still to place want from each slot, against what each slot has: tables, and
 * volunteers (seats counted at teamSize.max, since teams are filled up to max later). Each
 * pending challenge spreads its wish evenly over its slots.
 */
export class SlotDemand {
  readonly tableWish: Float64Array;
  readonly seatWish: Float64Array;
  readonly seatsPlanned: Float64Array;
  readonly volunteersIn: Float64Array;

  constructor(
    private readonly m: Model,
    pending: number[],
  ) {
    this.tableWish = new Float64Array(m.S);
    this.seatWish = new Float64Array(m.S);
    this.seatsPlanned = new Float64Array(m.S);
    this.volunteersIn = new Float64Array(m.S);
    for (let v = 0; v < m.V; v++)
      for (let s = 0; s < m.S; s++)
        this.volunteersIn[s] += m.available[v * m.S + s] / Math.max(1, countSlots(m, v) / m.vMax[v]);
    pending.forEach((c) => this.wish(c, 1));
  }

  wish(c: number, sign: number): void {
    const slots = this.m.challengeSlots[c];
    for (const s of slots) {
      this.tableWish[s] += sign / slots.length;
      this.seatWish[s] += (sign * this.m.maxSize[c]) / slots.length;
    }
  }

  placed(c: number, s: number): void {
    this.seatsPlanned[s] += this.m.maxSize[c];
  }

  /** How tight slot s would be with c in it: the scarcer of tables and people. */
  pressure(p: Plan, c: number, s: number): number {
    const tables = (p.used[s] + 1 + this.tableWish[s]) / Math.max(1e-9, this.m.capacity[s]);
    const seats = (this.seatsPlanned[s] + this.m.maxSize[c] + this.seatWish[s]) / Math.max(1e-9, this.volunteersIn[s]);
    return Math.max(tables, seats);
  }
}

function countSlots(m: Model, v: number): number {
  let n = 0;
  for (let s = 0; s < m.S; s++) n += m.available[v * m.S + s];
  return n;
}

/**
 * Slots where c may open, the most promising first: among slots with enough free candidates,
 * the least pressured one (see SlotDemand), so that flexible challenges leave scarce tables
 * and scarce people to those that can only run there.
 */
function slotOrder(p: Plan, c: number, demand?: SlotDemand): number[] {
  const m = p.m;
  const teamable = teamableSlots(m);
  const open = [...m.challengeSlots[c]].filter((s) => p.used[s] < m.capacity[s] && teamable[c * m.S + s] === 1);
  if (open.length === 0) return open;
  // free[s]: candidates free in slot s (counted only in open slots). Indexed loops: this runs for every challenge
  // from the start, mostly before V8 optimises it, where for-of (an iterator per candidate) costs several times more.
  const free = new Int32Array(m.S);
  const cands = m.candidates[c];
  const { available, vMax, S } = m;
  const { assigned, busy } = p;
  const no = open.length;
  for (let i = 0; i < cands.length; i++) {
    const v = cands[i];
    if (assigned[v].length >= vMax[v]) continue;
    const base = v * S;
    for (let j = 0; j < no; j++) {
      const s = open[j];
      if (available[base + s] === 1 && busy[base + s] === 0) free[s]++;
    }
  }
  const enough = m.minSize[c] + m.required[c].length;
  const pressure = new Float64Array(m.S);
  if (demand) for (const s of open) pressure[s] = demand.pressure(p, c, s);
  return open.sort((a, b) => {
    const ea = free[a] >= enough;
    const eb = free[b] >= enough;
    if (ea !== eb) return ea ? -1 : 1;
    if (ea && pressure[a] !== pressure[b]) return pressure[a] - pressure[b];
    return free[b] - free[a] || a - b;
  });
}

/** Opens c in slot s with a minimal team of free volunteers; leaves c closed on failure. */
export function serveIn(p: Plan, c: number, s: number): boolean {
  p.open(c, s);
  if (buildTeam(p, c, s, freeBuilder(p, c, s))) return true;
  p.close(c);
  return false;
}

/** Serves c with free volunteers only; commits on success. */
export function serveFree(p: Plan, c: number, demand?: SlotDemand): boolean {
  for (const s of slotOrder(p, c, demand)) {
    p.open(c, s);
    if (buildTeam(p, c, s, freeBuilder(p, c, s))) {
      demand?.placed(c, s);
      return true;
    }
    p.close(c);
  }
  return false;
}

/**
 * Serves c, taking spare members of other teams (or swapping in stand-ins); returns the new plan
 * or null. `inPlace`: change p itself (the caller's copy, which it drops when this fails).
 */
export function serveStealing(p: Plan, c: number, locks: Locks, inPlace = false): Plan | null {
  const m = p.m;
  const slots = locks.slot[c] >= 0 ? [locks.slot[c]] : slotOrder(p, c);
  const cands = m.candidates[c];
  const masks = coverMasks(m)[c];
  // (the first 31 required skills: with more, never seen, the probe lets more slots through to buildTeam)
  const all = requiredBits(m, c);
  for (const s of slots) {
    // Cloning is the expensive part: first check on p that enough people could be had at all (stopping as soon as
    // there are enough of them and every required skill has one).
    const probe = stealingBuilder(p, c, s, locks);
    let people = 0;
    let missing = all;
    for (let i = 0; i < cands.length && (people < m.minSize[c] || missing !== 0); i++) {
      const v = cands[i];
      if (m.available[v * m.S + s] === 0) continue;
      if (people >= m.minSize[c] && (masks[i] & missing) === 0) continue;
      if (!p.team[c].includes(v) && !probe.pickable(v)) continue;
      people++;
      missing &= ~masks[i];
    }
    if (people < m.minSize[c] || missing !== 0) continue;
    // the last slot to try may spoil p when allowed
    const q = inPlace && s === slots[slots.length - 1] ? p : p.clone();
    if (q.slotOf[c] < 0) q.open(c, s);
    if (buildTeam(q, c, s, stealingBuilder(q, c, s, locks), q.team[c].slice())) return q;
  }
  return null;
}

export function scarcityOrder(m: Model, challenges: number[]): number[] {
  const scarcity = (c: number) => m.candidates[c].length / Math.max(1, m.minSize[c] + m.required[c].length);
  return challenges.sort((a, b) => m.priority[b] - m.priority[a] || scarcity(a) - scarcity(b) || a - b);
}
