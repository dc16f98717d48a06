import { covers, type Model } from './model';

/**
 * A working solution: which slot each challenge runs in and who is on its team. Mutations
 * keep the per-slot and per-volunteer counters in step; validity of teams (size, coverage)
 * is the caller's business, checked with `valid`.
 */
export class Plan {
  readonly slotOf: Int32Array;
  readonly team: number[][];
  /** challenges of each volunteer */
  readonly assigned: number[][];
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
      this.team = source.team.map((t) => t.slice());
      this.assigned = source.assigned.map((a) => a.slice());
      this.used = source.used.slice();
      this.busy = source.busy.slice();
    } else {
      this.slotOf = new Int32Array(m.C).fill(-1);
      this.team = Array.from({ length: m.C }, () => []);
      this.assigned = Array.from({ length: m.V }, () => []);
      this.used = new Int32Array(m.S);
      this.busy = new Int32Array(m.V * m.S);
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
    this.team[c].push(v);
    this.assigned[v].push(c);
    this.busy[v * this.m.S + this.slotOf[c]] = c + 1;
  }

  remove(c: number, v: number): void {
    const t = this.team[c];
    t.splice(t.indexOf(v), 1);
    const a = this.assigned[v];
    a.splice(a.indexOf(c), 1);
    this.busy[v * this.m.S + this.slotOf[c]] = 0;
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
