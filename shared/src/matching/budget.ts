/**
 * Work, not time, decides how far each phase goes: the same instance, seed and time limit then
 * give the same result on a busy machine and an idle one. The time limit is converted into
 * work units once (UNITS_PER_MS, measured on the 2-core target machine); the clock is only
 * an emergency brake, far beyond the limit, for pathological inputs.
 */
/** Local-search work (volunteer options and team seats looked at) per millisecond. */
export const SEARCH_UNITS_PER_MS = 2_000;
/**
 * What the Lagrangian bound's scans cost (bound.ts `subproblem`), fitted to their time per iteration on ten generated
 * instances (hackathon and national, one to twenty slots, teams of one to ten, scarce and surplus, given scores or
 * not; within 0.6–1.25 of it on each): pairs read (≈ 12 ns each: its score and its volunteer's price, or a test of
 * its cover bits), pairs looked at in one of the challenge's open slots (≈ 9 ns: those whose reduced score could still
 * enter a team or cover a skill) and open slots whose best team is made (≈ 0.8 µs). It was pairs read times open
 * slots / 3, over 12: beyond the fitted model's reach by up to 6 times (where most pairs are passed over) and below it
 * by up to 1.7 (where each challenge's scan stops early, as in the second generator's n01).
 */
export const PAIR_READS_PER_UNIT = 42;
export const SLOT_LOOKS_PER_UNIT = 57;
export const UNITS_PER_SLOT = 1.6;

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

  /** A budget of at most `units` of what is left, with the same emergency brake; its work counts in this one too. */
  capped(units: number): Budget {
    return new Budget(Math.min(this.remaining, units), this.emergency, this);
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
