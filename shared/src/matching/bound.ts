import { type Budget, PAIR_READS_PER_UNIT, SLOT_LOOKS_PER_UNIT, UNITS_PER_SLOT } from './budget';
import { coverMasks, covers, masksFor, teamableIn, teamableSlots, type Model, type Pairs } from './model';
import { binEdge } from './prune';
import { type Plan } from './plan';

/** Team sizes the subproblem keeps exactly (larger teams keep their best 64 by reduced score). */
const TOP = 64;
/** Pairs scanned between checks whether a challenge's scan can stop. */
const CHECK_EVERY = 16;
/** The same for the scans of a required skill's coverers (whose best is mostly among the first few). */
const COVER_CHECK_EVERY = 4;
/** Required skills per challenge whose coverers a pair's bits mark (`Coverers`); the others' are scanned separately. */
const MASK_BITS = 31;
/** Halvings after which the step is spent: the iterations end, or restart once (`restartWhenSpent`). */
const SPENT_HALVINGS = 20;

/**
 * Lagrangian relaxation of the matching: volunteer capacities (u), table capacities (w) and the
 * priority floor (λ) are priced out. What remains splits by challenge: each picks its best slot
 * (or none) and its best team there by reduced score `score − u`, of size min..max, **covering
 * its required skills** (exactly for one required skill; for several, the smallest of the best
 * teams covering each one, which is still an upper bound). Keeping coverage in the subproblem
 * makes the bound tighter than the LP relaxation, which only covers fractionally. Any
 * multipliers give a valid upper bound on the score of every solution serving at least
 * `minPriority`; projected subgradient steps (Polyak, towards the best known score) lower it.
 *
 * At national size (`keptFirst`) the iterations may read the kept pairs only, until `readAll`: their values are then
 * no bounds (the kept pairs' relaxation's), but the prices they reach, read over every pair, give tight ones (solve.ts).
 *
 * The slot each challenge picks, counted over the iterations (`votes`), is also what the
 * Lagrangian heuristic builds plans from (serve.ts `serveByVotes`): prices that balance the
 * whole event tell a challenge where its team costs the others least.
 */
export class Lagrangian {
  readonly u: Float64Array;
  /** z[v · S + s]: price of v's one seat in slot s, for volunteers who may take several challenges (0 for the others) */
  readonly z: Float64Array;
  readonly w: Float64Array;
  // -0, a heap number: V8 gives the field a double representation from the start. Starting from the small integer 0,
  // the first fractional value would change the object's map and throw away the optimised code of every method.
  lambda = -0;
  /** the smallest bound so far (Infinity while the iterations read the kept pairs only) */
  best = Infinity;
  /** the smallest value over every openable slot (the trajectory's, at least `best`): whether it still falls (`fall`) */
  private settling = Infinity;
  /** `settling` after each iteration */
  private readonly history: number[] = [];
  iterations = 0;
  /**
   * votes[c · (S + 1) + s]: the iterations since `resetVotes` in which c picked slot s (s = S: not to run), the k-th of
   * them counting k times. The early iterations, at prices still far from balanced, vote noisily: on 40 generated
   * hackathon instances (five kinds, seeds 1–8), against one vote each, the first plan gained 0.11 points of the best
   * known score on scarce instances with given scores, 0.01–0.03 on the others.
   */
  readonly votes: Float64Array;
  /** iterations since `resetVotes` */
  voteCount = 0;
  /** what each challenge's votes add up to: 1 + 2 + … + voteCount */
  get voteWeight(): number {
    return (this.voteCount * (this.voteCount + 1)) / 2;
  }
  /** the score the step aims at: the best known solution's */
  target: number;
  /** the step's factor θ is 2 · 2^−halvings (an integer, for the same reason as `lambda`'s −0) */
  private halvings = 0;
  private stale = 0;
  /** Iterations without a new best bound after which the step halves. */
  private patience = 6;
  /** the smallest bound since the (re)start: the step halves when it does not fall */
  private runBest = Infinity;
  /** The restart asked for (`restartWhenSpent`), until it happens: the first multipliers and the patience after it. */
  private restart: { u: Float64Array; z: Float64Array; w: Float64Array; patience: number } | null = null;
  /**
   * The pairs the iterations read: every pair, so that their values are bounds, or at national size at first
   * (`keptFirst`) the kept ones only, far cheaper where teams want more people than there are, until `readAll`.
   */
  private pairs: Pairs;
  private openable: Int32Array[];
  private readonly count: Int32Array;
  /** countIn[v · S + s]: teams in slot s that v is on (kept for multi-assignment volunteers only) */
  private readonly countIn: Int32Array;
  /** volunteers with maxAssignments > 1 */
  private readonly multi: number[];
  private readonly opened: Int32Array;
  private readonly topR: Float64Array;
  private readonly topV: Int32Array;
  private readonly size: Int32Array;
  private readonly covR: Float64Array;
  private readonly covV: Int32Array;
  private readonly team: Int32Array;
  /** the smallest volunteer price at the last `priceFloor` (−0: see `lambda`) */
  private uLeast = -0;
  /** the last subproblem's best team value in each of its slots (−∞ when none), before table prices */
  private readonly slotValue: Float64Array;
  /** the last subproblem's pick: its slot (−1: not to run), value and team size (the team in `team`) */
  private pickSlot = -1;
  private pickValue = -0;
  /**
   * The same value over the slots where a team of c's size can cover its required skills (`teamableSlots`): a smaller
   * value, and still a bound. The bound takes it, the multipliers' steps and the votes the other, whose trajectory
   * gave higher served priority: taking the tighter slots throughout (this bound from the start, on the second
   * generator's h07 389.32 → 333.20 with a score of 324.14) lost served priority on four of six instances of h07's
   * shape, by 0.2–0.5.
   */
  private pickTight = -0;
  /** per challenge, aligned with `openable`: 1 where the slot is teamable (all 1 where not known: see `tightFlags`) */
  private tight: Uint8Array[];
  private pickSize = 0;
  /** pinned[c] = 1 when c is pinned: it must run */
  private readonly pinned: Uint8Array;
  /**
   * Per challenge: which required skills each of its pairs covers, and the last pair covering each; made when its scan
   * first needs them (at national size, where each challenge has thousands of pairs, most never do).
   */
  private readonly coverers: (Coverers | undefined)[];

  constructor(
    private readonly m: Model,
    plan: Plan,
    private readonly minPriority: number,
    pinnedChallenges: Set<number>,
    keptFirst = false,
  ) {
    this.pairs = keptFirst ? m.candidatePairs : allPairs(m);
    this.target = plan.totalScore();
    this.openable = servableSlots(m, this.pairs);
    this.tight = tightFlags(m, this.pairs, this.openable);
    this.u = startingPrices(m, plan, this.pairs);
    this.w = new Float64Array(m.S);
    this.z = new Float64Array(m.V * m.S);
    if (plan.slotPrices) this.z.set(plan.slotPrices);
    this.countIn = new Int32Array(m.V * m.S);
    this.multi = [];
    for (let v = 0; v < m.V; v++) if (m.vMax[v] > 1) this.multi.push(v);
    this.votes = new Float64Array(m.C * (m.S + 1));
    this.count = new Int32Array(m.V);
    this.opened = new Int32Array(m.S);
    let slots = 1;
    let required = 1;
    // (each challenge's slots, not only its openable ones: `readAll` may open more)
    for (let c = 0; c < m.C; c++) {
      slots = Math.max(slots, m.challengeSlots[c].length);
      required = Math.max(required, m.required[c].length);
    }
    this.topR = new Float64Array(slots * TOP);
    this.topV = new Int32Array(slots * TOP);
    this.size = new Int32Array(slots);
    this.covR = new Float64Array(slots * required);
    this.covV = new Int32Array(slots * required);
    this.team = new Int32Array(TOP + 1);
    this.slotValue = new Float64Array(slots);
    this.pinned = new Uint8Array(m.C);
    for (const c of pinnedChallenges) this.pinned[c] = 1;
    this.coverers = new Array<Coverers | undefined>(m.C);
  }

  /**
   * Table prices that (nearly) clear each slot at the current volunteer prices: every challenge
   * bids for a slot what it gains there over its best alternative (another slot at its price, or
   * not running), and each slot's price becomes its (capacity + 1)-th highest bid. A few rounds
   * of this (Gauss–Seidel over the slots) replace the many subgradient steps that w = 0 would
   * need where tables are scarce. Costs one pass over the pairs, like an iteration.
   */
  clearTables(budget: Budget, rounds = 8): void {
    const m = this.m;
    const S = m.S;
    this.priceFloor();
    const value = new Float64Array(m.C * S).fill(-Infinity);
    for (let c = 0; c < m.C; c++) {
      this.subproblem(c, budget);
      const slots = this.openable[c];
      for (let si = 0; si < slots.length; si++) value[c * S + slots[si]] = this.slotValue[si];
    }
    const bids: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let moved = false;
      for (let s = 0; s < S; s++) {
        bids.length = 0;
        for (let c = 0; c < m.C; c++) {
          const here = value[c * S + s];
          if (here === -Infinity) continue;
          let alternative = this.pinned[c] === 1 ? -Infinity : -this.lambda * m.priority[c];
          for (const t of this.openable[c])
            if (t !== s) alternative = Math.max(alternative, value[c * S + t] - this.w[t]);
          const bid = here - alternative;
          if (bid > 0) bids.push(bid);
        }
        let price = 0;
        if (bids.length > m.capacity[s]) {
          bids.sort((a, b) => b - a);
          // (an infinite bid is a pinned challenge that can only run here: it takes a table at any price)
          if (Number.isFinite(bids[m.capacity[s]])) price = bids[m.capacity[s]];
        }
        if (Math.abs(price - this.w[s]) > 1e-9) moved = true;
        this.w[s] = price;
      }
      if (!moved) break;
    }
  }

  /**
   * Once the step is spent (its 20th halving), start once more from the first multipliers, halving only after
   * `patience` iterations without a new best bound. Six, the first patience, is what a short run needs (the bound after
   * 100 iterations at hackathon size: 0.29% above the best known score, 0.39% with 15), but the step is spent after
   * ≈ 700 iterations (0.24%); with 15, after ≈ 1 500 more (0.115%, in about 1 s). Starting again from where the first
   * run ended, with the step reset, went much more slowly (0.21% after 1 000 iterations). The best bound is kept.
   */
  restartWhenSpent(patience: number): void {
    this.restart = { u: this.u.slice(), z: this.z.slice(), w: this.w.slice(), patience };
  }

  /** Whether the iterations read every pair. */
  private get readsAll(): boolean {
    return this.pairs === allPairs(this.m);
  }

  /** Whether an iteration has read every pair, so that `best` is a bound. */
  get bounded(): boolean {
    return this.best < Infinity;
  }

  /** From now on the iterations read every pair, from the multipliers reached: their values are bounds. */
  readAll(): void {
    if (this.readsAll) return;
    this.pairs = allPairs(this.m);
    this.openable = servableSlots(this.m, this.pairs);
    this.tight = tightFlags(this.m, this.pairs, this.openable);
    this.coverers.fill(undefined);
    this.runBest = Infinity;
    this.stale = 0;
  }

  /** Whether the bound has reached the target (the best plan's score): that plan is optimal. */
  get proven(): boolean {
    return this.best - this.target < 1e-9;
  }

  /** How much the bound fell over the last `iterations` iterations, relative to it (0 until there have been more). */
  fall(iterations: number): number {
    const h = this.history;
    if (h.length <= iterations) return 0;
    return (h[h.length - 1 - iterations] - h[h.length - 1]) / Math.max(1e-9, Math.abs(h[h.length - 1]));
  }

  resetVotes(): void {
    this.votes.fill(0);
    this.voteCount = 0;
  }

  /** The Lagrangian function at the current multipliers (a valid bound, kept in `best` when lower); picks counted in `votes`. */
  private evaluate(budget: Budget): { value: number; served: number } {
    const m = this.m;
    const { u, w, count, opened, countIn, z } = this;
    this.priceFloor();
    count.fill(0);
    opened.fill(0);
    for (const v of this.multi) countIn.fill(0, v * m.S, (v + 1) * m.S);
    let value = -this.lambda * this.minPriority;
    for (let v = 0; v < m.V; v++) value += m.vMax[v] * u[v];
    for (const v of this.multi) for (let s = 0; s < m.S; s++) value += z[v * m.S + s];
    for (let s = 0; s < m.S; s++) value += m.capacity[s] * w[s];
    let served = 0;
    // (the value over teamable slots only: the bound)
    let tight = value;
    for (let c = 0; c < m.C; c++) {
      this.subproblem(c, budget);
      const slot = this.pickSlot;
      this.votes[c * (m.S + 1) + (slot < 0 ? m.S : slot)] += this.voteCount + 1;
      tight += this.pickTight;
      if (slot < 0) continue;
      value += this.pickValue;
      opened[slot]++;
      served += m.priority[c];
      for (let j = 0; j < this.pickSize; j++) {
        count[this.team[j]]++;
        countIn[this.team[j] * m.S + slot]++;
      }
    }
    this.record(value, tight);
    return { value, served };
  }

  /**
   * Counts one evaluation of the Lagrangian function: its value, the best bound, and whether the step halves. (A method
   * of its own: the first halving comes after V8 has optimised `evaluate`, and code it has not seen run there would
   * throw that work away.)
   */
  private record(value: number, tight: number): void {
    this.voteCount++;
    this.iterations++;
    if (this.readsAll) {
      this.best = Math.min(this.best, tight);
      this.settling = Math.min(this.settling, value);
    }
    if (value < this.runBest - 1e-9) {
      this.runBest = value;
      this.stale = 0;
    } else if (++this.stale >= this.patience) {
      this.halvings++;
      this.stale = 0;
    }
    this.history.push(this.settling);
  }

  /** One subgradient iteration; false when the multipliers cannot move any more (bound reached or converged). */
  iterate(budget: Budget): boolean {
    const m = this.m;
    const { u, w, count, opened } = this;
    const { value, served } = this.evaluate(budget);
    // Projected subgradient: a multiplier at 0 whose constraint has slack stays at 0, so its component
    // does not count in the step's norm (thousands of idle volunteers would otherwise shrink every step).
    const moves = (x: number, g: number) => (x > 0 || g < 0 ? g * g : 0);
    let norm = moves(this.lambda, served - this.minPriority);
    for (let v = 0; v < m.V; v++) norm += moves(u[v], m.vMax[v] - count[v]);
    const { z, countIn } = this;
    for (const v of this.multi) for (let s = 0; s < m.S; s++) norm += moves(z[v * m.S + s], 1 - countIn[v * m.S + s]);
    for (let s = 0; s < m.S; s++) norm += moves(w[s], m.capacity[s] - opened[s]);
    if (this.halvings > SPENT_HALVINGS && this.restart) {
      this.u.set(this.restart.u);
      this.z.set(this.restart.z);
      this.w.set(this.restart.w);
      this.lambda = -0;
      this.runBest = Infinity;
      this.halvings = 0;
      this.stale = 0;
      this.patience = this.restart.patience;
      this.restart = null;
      // (The votes of the window under way carry on: resetting them, for the restart's first, noisy iterations, gave
      // slightly lower scores with 10 s on two of the three bench hackathon instances, the same on the third.)
      return true;
    }
    if (norm === 0 || this.proven || this.halvings > SPENT_HALVINGS) return false;
    const step = (2 * 0.5 ** this.halvings * Math.max(value - this.target, 1e-6)) / norm;
    for (let v = 0; v < m.V; v++) u[v] = Math.max(0, u[v] - step * (m.vMax[v] - count[v]));
    for (const v of this.multi)
      for (let s = 0; s < m.S; s++) z[v * m.S + s] = Math.max(0, z[v * m.S + s] - step * (1 - countIn[v * m.S + s]));
    for (let s = 0; s < m.S; s++) w[s] = Math.max(0, w[s] - step * (m.capacity[s] - opened[s]));
    this.lambda = Math.max(0, this.lambda - step * (served - this.minPriority));
    return true;
  }

  /**
   * c's best slot and team at the current prices (in pickSlot, pickValue, and the first pickSize entries of
   * `this.team`), or slot −1 when not running is better. One scan of c's pairs, best score first, serves every slot
   * at once and stops as soon as nothing later can enter any slot's team or be a better coverer.
   */
  private subproblem(c: number, budget: Budget): void {
    const m = this.m;
    const { topR, topV, size, covR, covV } = this;
    const slots = this.openable[c];
    const ns = slots.length;
    const req = m.required[c];
    const nr = req.length;
    const { levels, skillCount } = m.volunteers;
    const sc = m.scored[c];
    budget.spend(this.scan(c, ns, nr) + ns * UNITS_PER_SLOT);
    const slotValue = this.slotValue;
    for (let si = 0; si < ns; si++) slotValue[si] = -Infinity;
    let bestVal = this.pinned[c] === 1 ? -Infinity : 0;
    let bestSlot = -1;
    let bestSi = -1;
    let bestT = 0;
    let bestMode = 0;
    let bestR = -1;
    const tight = this.tight[c];
    let bestTight = bestVal;
    for (let si = 0; si < ns; si++) {
      const base = si * TOP;
      const sz = size[si];
      if (sz < m.minSize[c]) continue;
      let t = 0;
      let sum = 0;
      while (t < sz && (t < m.minSize[c] || topR[base + t] > 0)) sum += topR[base + t++];
      // Coverage: the best team covering r is T itself, T plus r's best coverer, or T with its weakest member
      // swapped for that coverer (exact for one required skill; the smallest over skills bounds several).
      let val = sum;
      let mode = 0;
      let modeR = -1;
      for (let r = 0; r < nr; r++) {
        // (the test of `covers`, inline: a call per member and skill costs more than the rest of this loop while cold)
        const skill = sc.reqSkill[req[r]];
        const level = sc.reqLevel[req[r]];
        let covered = false;
        for (let j = 0; j < t && !covered; j++) covered = levels[topV[base + j] * skillCount + skill] >= level;
        if (covered) continue;
        const at = si * nr + r;
        if (covV[at] < 0) {
          val = -Infinity;
          break;
        }
        const add = t < m.maxSize[c] ? sum + covR[at] : -Infinity;
        const swap = sum - topR[base + t - 1] + covR[at];
        const vr = Math.max(add, swap);
        if (vr < val) {
          val = vr;
          mode = add >= swap ? 1 : 2;
          modeR = r;
        }
      }
      slotValue[si] = val;
      const total = val - this.w[slots[si]] + this.lambda * m.priority[c];
      if (tight[si] === 1 && total > bestTight) bestTight = total;
      if (total > bestVal) {
        bestVal = total;
        bestSlot = slots[si];
        bestSi = si;
        bestT = t;
        bestMode = mode;
        bestR = modeR;
      }
    }
    this.pickSlot = bestSlot;
    this.pickValue = bestSlot < 0 ? 0 : bestVal;
    // (a pinned challenge runs in a teamable slot: else it would have been reported in conflict before)
    this.pickTight = bestTight === -Infinity ? this.pickValue : bestTight;
    this.pickSize = 0;
    if (bestSlot < 0) return;
    const base = bestSi * TOP;
    let n = bestMode === 2 ? bestT - 1 : bestT;
    for (let j = 0; j < n; j++) this.team[j] = topV[base + j];
    if (bestMode > 0) this.team[n++] = covV[bestSi * nr + bestR];
    this.pickSize = n;
  }

  /**
   * The scans of c's pairs, best score first, for subproblem: each open slot's best k members by reduced score (topR,
   * topV, size) from all of c's pairs, then each required skill's best coverer in each slot (covR, covV) from the
   * pairs covering it (`coverersAfter`). Each stops as soon as nothing later can enter a slot's team or be a better
   * coverer. Returns what they cost, in search units (budget.ts `PAIR_READS_PER_UNIT`). (One scan for both read every pair down to the last one a rare
   * skill's coverer could beat, testing each in every slot: where teams of one or two must cover several skills at
   * high levels, and at national size, most of the bound's time. A method of its own: V8 compiles this hot loop sooner
   * and faster than the whole subproblem, which runs interpreted meanwhile.)
   */
  private scan(c: number, ns: number, nr: number): number {
    const m = this.m;
    const { u, z, topR, topV, size, covR, covV } = this;
    const { starts, volunteer, score } = this.pairs;
    const slots = this.openable[c];
    const k = Math.min(m.maxSize[c], TOP);
    // (loops, not fill(): a builtin call costs more than these few entries)
    for (let si = 0; si < ns; si++) size[si] = 0;
    const from = starts[c];
    const to = starts[c + 1];
    const available = m.available;
    const S = m.S;
    // no pair after this one reduces to more than its score's bin edge less the smallest volunteer price
    const uLeast = this.uLeast;
    const req = m.required[c];
    const { levels, skillCount } = m.volunteers;
    const sc = m.scored[c];
    for (let j = 0; j < ns * nr; j++) {
      covR[j] = -Infinity;
      covV[j] = -1;
    }
    // No pair whose reduced score before slot prices (z ≥ 0) is at most this can enter a slot's team or be a better
    // coverer anywhere: where teams want more people than there are, most pairs scanned (54–78% at national size).
    let floor = -Infinity;
    let looked = 0;
    let i = from;
    for (; i < to; i++) {
      const raw = score[i];
      if ((i - from) % CHECK_EVERY === 0 && i > from && this.teamsSettled(ns, k, binEdge(raw) - uLeast)) break;
      const v = volunteer[i];
      const redV = raw - u[v];
      if (redV <= floor) continue;
      looked++;
      let changed = false;
      for (let si = 0; si < ns; si++) {
        const at = v * S + slots[si];
        if (available[at] === 0) continue;
        const red = redV - z[at];
        const base = si * TOP;
        const sz = size[si];
        if (sz < k || red > topR[base + k - 1]) {
          let j = sz < k ? size[si]++ : k - 1;
          while (j > 0 && topR[base + j - 1] < red) {
            topR[base + j] = topR[base + j - 1];
            topV[base + j] = topV[base + j - 1];
            j--;
          }
          topR[base + j] = red;
          topV[base + j] = v;
          changed = true;
        }
        for (let r = 0; r < nr; r++) {
          const at = si * nr + r;
          if (red > covR[at] && levels[v * skillCount + sc.reqSkill[req[r]]] >= sc.reqLevel[req[r]]) {
            covR[at] = red;
            covV[at] = v;
            changed = true;
          }
        }
      }
      if (changed) floor = this.scanFloor(ns, nr, k);
    }
    let units = (i - from) / PAIR_READS_PER_UNIT + (looked * ns) / SLOT_LOOKS_PER_UNIT;
    // each required skill's coverers after the pairs scanned, while they can still be better
    if (i < to) {
      const edge = binEdge(score[i]) - uLeast;
      for (let r = 0; r < nr; r++)
        if (!this.coverSettled(ns, nr, r, edge)) units += this.coverersAfter(c, ns, nr, r, i);
    }
    return units;
  }

  /**
   * scan's continuation for required skill r: c's pairs covering r from position `after` on, while they can still be
   * better coverers. Returns the work it did, in search units.
   */
  private coverersAfter(c: number, ns: number, nr: number, r: number, after: number): number {
    const m = this.m;
    const { u, z, covR, covV } = this;
    const { starts, volunteer, score } = this.pairs;
    const slots = this.openable[c];
    const available = m.available;
    const S = m.S;
    const uLeast = this.uLeast;
    const from = starts[c];
    const { bits, last: lastOf } = (this.coverers[c] ??= coverersOf(m, this.pairs, c));
    const last = from + lastOf[r];
    const bit = r < MASK_BITS ? 1 << r : 0;
    const skill = m.required[c][r];
    let looked = 0;
    let skipped = 0;
    let i = after;
    for (; i <= last; i++) {
      if (bit !== 0 ? (bits[i - from] & bit) === 0 : !covers(m, c, skill, volunteer[i])) {
        skipped++;
        continue;
      }
      const raw = score[i];
      if (looked % COVER_CHECK_EVERY === 0 && this.coverSettled(ns, nr, r, binEdge(raw) - uLeast)) break;
      looked++;
      const v = volunteer[i];
      const redV = raw - u[v];
      for (let si = 0; si < ns; si++) {
        const at = v * S + slots[si];
        if (available[at] === 0) continue;
        const red = redV - z[at];
        if (red > covR[si * nr + r]) {
          covR[si * nr + r] = red;
          covV[si * nr + r] = v;
        }
      }
    }
    return (looked + skipped) / PAIR_READS_PER_UNIT + (looked * ns) / SLOT_LOOKS_PER_UNIT;
  }

  /**
   * The smallest volunteer price, `uLeast`: every pair's reduced score is at most its score less it. Where every
   * volunteer is wanted (teams want more people than there are) it is well above 0, and a challenge's scan can stop
   * once its best pairs' reduced scores beat the scores still to come less it, where it otherwise reads every pair.
   */
  private priceFloor(): void {
    let least = Infinity;
    for (let v = 0; v < this.m.V; v++) if (this.u[v] < least) least = this.u[v];
    this.uLeast = this.m.V > 0 ? least : 0;
  }

  /** The least reduced score a pair must beat to enter a slot's team (of k) or be a better coverer in one. */
  private scanFloor(ns: number, nr: number, k: number): number {
    // (at once where a slot's team is not full yet, as for every pair at a scan's start)
    for (let si = 0; si < ns; si++) if (this.size[si] < k) return -Infinity;
    let floor = Infinity;
    for (let si = 0; si < ns; si++) {
      floor = Math.min(floor, this.topR[si * TOP + k - 1]);
      for (let r = 0; r < nr; r++) floor = Math.min(floor, this.covR[si * nr + r]);
    }
    return floor;
  }

  /** No pair reducing to at most `edge` can enter any slot's best k any more. */
  private teamsSettled(ns: number, k: number, edge: number): boolean {
    for (let si = 0; si < ns; si++) if (this.size[si] < k || this.topR[si * TOP + k - 1] < edge) return false;
    return true;
  }

  /** No coverer of required skill r reducing to at most `edge` can be a better coverer in any slot. */
  private coverSettled(ns: number, nr: number, r: number, edge: number): boolean {
    for (let si = 0; si < ns; si++) if (this.covR[si * nr + r] < edge) return false;
    return true;
  }
}

/**
 * Starting multipliers from the heuristic: the team flow's dual prices when it has them (what
 * the teams would lose without each volunteer), else the best surplus a volunteer would bring to
 * a served team over its weakest member.
 */
function startingPrices(m: Model, p: Plan, pairs: Pairs): Float64Array {
  if (p.prices) return p.prices.slice();
  const u = new Float64Array(m.V);
  for (let c = 0; c < m.C; c++) {
    if (p.slotOf[c] < 0) continue;
    const seat = p.team[c].length < m.maxSize[c] ? 0 : Math.min(...p.team[c].map((v) => m.score(c, v)));
    for (let i = pairs.starts[c]; i < pairs.starts[c + 1]; i++) {
      const v = pairs.volunteer[i];
      u[v] = Math.max(u[v], pairs.score[i] - seat);
    }
  }
  return u;
}

/** Every eligible pair: apart from the kept ones where pruned, else the kept ones are all. */
const allPairs = (m: Model): Pairs => m.allPairs ?? m.candidatePairs;

/** Slots where c could run at all: a table exists and each required skill has a coverer available there. */
function servableSlots(m: Model, pairs: Pairs): Int32Array[] {
  return Array.from({ length: m.C }, (_, c) => {
    const slots = m.challengeSlots[c].filter((s) => m.capacity[s] > 0);
    const req = m.required[c];
    // covered[si · |req| + r]: some pair of c available in slots[si] covers required skill r
    const covered = new Uint8Array(slots.length * req.length);
    // (the scan stops once every cell is covered: at national size most challenges' coverers come early among their
    // thousands of pairs)
    let missing = covered.length;
    for (let i = pairs.starts[c]; i < pairs.starts[c + 1] && missing > 0; i++) {
      const v = pairs.volunteer[i];
      for (let r = 0; r < req.length; r++) {
        if (!covers(m, c, req[r], v)) continue;
        for (let si = 0; si < slots.length; si++) {
          const at = si * req.length + r;
          if (covered[at] === 0 && m.available[v * m.S + slots[si]] === 1) {
            covered[at] = 1;
            missing--;
          }
        }
      }
    }
    return slots.filter((_, si) => covered.subarray(si * req.length, (si + 1) * req.length).every((x) => x === 1));
  });
}

/**
 * Per challenge, aligned with its openable slots: 1 where a team of its size can cover its required skills there
 * (`teamableSlots`). Where the pairs read are more than the candidates (at national size), a slot where the
 * candidates cannot form such a team is looked at again over every pair (a few challenges).
 */
function tightFlags(m: Model, pairs: Pairs, openable: Int32Array[]): Uint8Array[] {
  const teamable = teamableSlots(m);
  return openable.map((slots, c) =>
    Uint8Array.from(slots, (s) => {
      if (teamable[c * m.S + s] === 1) return 1;
      if (pairs === m.candidatePairs) return 0;
      const volunteers = pairs.volunteer.subarray(pairs.starts[c], pairs.starts[c + 1]);
      return teamableIn(m, c, s, volunteers, masksFor(m, c, volunteers)) ? 1 : 0;
    }),
  );
}

/** Which required skills each of a challenge's pairs covers, for the bound's scans. */
interface Coverers {
  /** bits[i]: the required skills (the first MASK_BITS) the challenge's i-th pair covers, a bit each (`coverMasks`) */
  bits: Int32Array;
  /** last[r]: the position among the challenge's pairs of the last one covering its r-th required skill (−1: none) */
  last: Int32Array;
}

function coverersOf(m: Model, pairs: Pairs, c: number): Coverers {
  const { starts, volunteer } = pairs;
  const bits =
    pairs === m.candidatePairs ? coverMasks(m)[c] : masksFor(m, c, volunteer.subarray(starts[c], starts[c + 1]));
  const nr = m.required[c].length;
  const last = new Int32Array(nr).fill(-1);
  for (let i = 0; i < bits.length; i++) for (let b = bits[i]; b !== 0; b &= b - 1) last[31 - Math.clz32(b & -b)] = i;
  for (let r = MASK_BITS; r < nr; r++)
    for (let i = bits.length - 1; i >= 0 && last[r] < 0; i--)
      if (covers(m, c, m.required[c][r], volunteer[starts[c] + i])) last[r] = i;
  return { bits, last };
}
