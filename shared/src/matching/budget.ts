/**
 * Work, not time, decides how far each phase goes: the same instance, seed and time limit then
 * give the same result on a busy machine and an idle one. The time limit is converted into
 * work units once (UNITS_PER_MS, measured on the 2-core target machine); the clock is only
 * an emergency brake, far beyond the limit, for pathological inputs.
 */
/** Local-search work (volunteer options and team seats looked at) per millisecond. */
export const SEARCH_UNITS_PER_MS = 2_000;
/** Pairs the Lagrangian bound scans in the time of one local-search unit. */
export const PAIRS_PER_UNIT = 12;
/**
 * Open slots per challenge PAIRS_PER_UNIT holds for (it was measured on generated instances with 2–2.6): a scan looks
 * at each pair in each of them, so a challenge with six slots costs twice as much per pair. (Uncharged, the bound's
 * iterations of a national instance with five slots per challenge ran 1.7 s beyond the limit.)
 */
export const SLOTS_PER_UNIT = 3;

/** What compiling an instance of this size costs, in milliseconds (it is not budgeted, only planned for). */
export const compileMillis = (challenges: number, volunteers: number) => 30 + (challenges * volunteers) / 10_000;

/**
 * What the unbudgeted start of a heuristic-only run costs, in milliseconds: compiling, the first serve and its team
 * flow, and the first Lagrangian plan (a plan and its flow after 20 iterations: ≈ 220 ms at 300 × 1000, ≈ 270 ms at
 * 300 × 1500, in a fresh process on the 2-core machine). Planned for, so that a limit covers them. The first plan now
 * waits for 40–80 iterations (solve.ts FIRST_WINDOW), ≈ 20–40 ms more, which this does not plan for: at the default
 * hackathon limit nothing after the first plan is budgeted anyway, and longer limits only lose a little search.
 */
export const startMillis = (challenges: number, volunteers: number) => 140 + (challenges * volunteers) / 3000;

export class Budget {
  private used = 0;
  private checks = 0;
  private braked = false;

  constructor(
    readonly units: number,
    private readonly emergency: number,
    private readonly parent: Budget | null = null,
  ) {}

  /** A budget of `share` of what is left, with the same emergency brake; its work counts in this one too. */
  part(share: number): Budget {
    return new Budget(Math.max(0, this.remaining * share), this.emergency, this);
  }

  /** A budget of a fixed number of units, with the same emergency brake (not counted here). */
  limited(units: number): Budget {
    return new Budget(units, this.emergency);
  }

  /** Records work; false once the budget is spent. */
  spend(units = 1): boolean {
    this.used += units;
    this.parent?.spend(units);
    if (++this.checks % 64 === 0 && Date.now() > this.emergency) this.braked = true;
    return !this.over();
  }

  get remaining(): number {
    return this.braked ? 0 : Math.max(0, this.units - this.used);
  }

  get spent(): number {
    return this.used;
  }

  over(): boolean {
    return this.used >= this.units || this.braked;
  }

  /** Seconds until the emergency brake, for solvers that only take a time limit. */
  secondsLeft(): number {
    return Math.max(0.01, (this.emergency - Date.now()) / 1000);
  }
}
