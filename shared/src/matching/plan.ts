import { covers, type Model } from './model';

/**
 * A working solution: which slot each challenge runs in and who is on its team. Mutations
 * keep the per-slot and per-volunteer counters in step; validity of teams (size, coverage)
 * is the caller's business, checked with `valid`.
 */
export class Plan {
  readonly slotOf: Int32Array;
  /** each challenge's members (read-only outside this class: `add` and `remove` change them) */
  readonly team: number[][];
  /** challenges of each volunteer (read-only outside this class, like `team`) */
  readonly assigned: number[][];
  /**
   * Copy on write: a clone shares the source's lists of members and challenges, and whichever plan changes one first
   * copies it (1 when this plan's list is its own). A copy of every list made a clone cost C + V small arrays: on the
   * second generator's h07, where the repairs clone the plan for every try, a tenth of the run went to clones and their
   * garbage.
   */
  private readonly ownTeam: Uint8Array;
  private readonly ownAssigned: Uint8Array;
  readonly used: Int32Array;
  /** challenge + 1 that volunteer v serves in slot s, 0 when free; V x S */
  readonly busy: Int32Array;
  /** dual price of each volunteer from the last team flow (not copied by clone) */
  prices: Float64Array | null = null;
  /** the same for multi-assignment volunteers' seats per slot, over their price (V x S, not copied by clone) */
  slotPrices: Float64Array | null = null;

  constructor(
    readonly m: Model,
    source?: Plan,
  ) {
    if (source) {
      this.slotOf = source.slotOf.slice();
      this.team = source.team.slice();
      this.assigned = source.assigned.slice();
      this.used = source.used.slice();
      this.busy = source.busy.slice();
      source.ownTeam.fill(0);
      source.ownAssigned.fill(0);
      this.ownTeam = new Uint8Array(m.C);
      this.ownAssigned = new Uint8Array(m.V);
    } else {
      this.slotOf = new Int32Array(m.C).fill(-1);
      this.team = Array.from({ length: m.C }, () => []);
      this.assigned = Array.from({ length: m.V }, () => []);
      this.used = new Int32Array(m.S);
      this.busy = new Int32Array(m.V * m.S);
      this.ownTeam = new Uint8Array(m.C).fill(1);
      this.ownAssigned = new Uint8Array(m.V).fill(1);
    }
  }

  clone(): Plan {
    return new Plan(this.m, this);
  }

  open(c: number, s: number): void {
    this.slotOf[c] = s;
    this.used[s]++;
  }

  close(c: number): void {
    for (const v of this.team[c].slice()) this.remove(c, v);
    if (this.slotOf[c] >= 0) this.used[this.slotOf[c]]--;
    this.slotOf[c] = -1;
  }

  add(c: number, v: number): void {
    this.ownedTeam(c).push(v);
    this.ownedAssigned(v).push(c);
    this.busy[v * this.m.S + this.slotOf[c]] = c + 1;
  }

  remove(c: number, v: number): void {
    const t = this.ownedTeam(c);
    t.splice(t.indexOf(v), 1);
    const a = this.ownedAssigned(v);
    a.splice(a.indexOf(c), 1);
    this.busy[v * this.m.S + this.slotOf[c]] = 0;
  }

  private ownedTeam(c: number): number[] {
    if (this.ownTeam[c] === 0) {
      this.team[c] = this.team[c].slice();
      this.ownTeam[c] = 1;
    }
    return this.team[c];
  }

  private ownedAssigned(v: number): number[] {
    if (this.ownAssigned[v] === 0) {
      this.assigned[v] = this.assigned[v].slice();
      this.ownAssigned[v] = 1;
    }
    return this.assigned[v];
  }

  /** v could join a team running in slot s without leaving anything. */
  freeIn(v: number, s: number): boolean {
    const m = this.m;
    return m.available[v * m.S + s] === 1 && this.busy[v * m.S + s] === 0 && this.assigned[v].length < m.vMax[v];
  }

  /** Required skills of c left uncovered by its team, optionally without member `without`. */
  uncovered(c: number, without = -1): number[] {
    const missing: number[] = [];
    for (const r of this.m.required[c]) {
      if (!this.team[c].some((v) => v !== without && covers(this.m, c, r, v))) missing.push(r);
    }
    return missing;
  }

  coveredWithout(c: number, without: number): boolean {
    for (const r of this.m.required[c]) {
      if (!covers(this.m, c, r, without)) continue;
      if (!this.team[c].some((v) => v !== without && covers(this.m, c, r, v))) return false;
    }
    return true;
  }

  /** Leaving keeps c a valid team (size and coverage). */
  canLose(c: number, v: number): boolean {
    return this.team[c].length > this.m.minSize[c] && this.coveredWithout(c, v);
  }

  valid(c: number): boolean {
    const size = this.team[c].length;
    return size >= this.m.minSize[c] && size <= this.m.maxSize[c] && this.uncovered(c).length === 0;
  }

  servedPriority(): number {
    let p = 0;
    for (let c = 0; c < this.m.C; c++) if (this.slotOf[c] >= 0) p += this.m.priority[c];
    return p;
  }

  totalScore(): number {
    let total = 0;
    for (let c = 0; c < this.m.C; c++) for (const v of this.team[c]) total += this.m.score(c, v);
    return total;
  }
}
