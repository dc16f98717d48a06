import { type DataSource } from 'typeorm';

export interface RateLimitRule {
  /** Part of the key, so that rules with different windows never share a counter. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the current window ends (when a refused request may try again). */
  retryAfterSeconds: number;
}

/** One in this many hits also deletes expired counters, so the table stays small without a separate job. */
const CLEANUP_EVERY = 50;

/**
 * Fixed-window counters in PostgreSQL. One upsert counts and reads in a single statement, so concurrent requests on
 * several API processes cannot both slip under the limit; windows are aligned on the database clock.
 */
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
    const rows = (await this.dataSource.query(
      `WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS start)
       INSERT INTO rate_limit_counter (key, window_start, hits, expires_at)
       SELECT $1, w.start, 1, w.start + make_interval(secs => $2) FROM w
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counter.hits + 1
       RETURNING hits, ceil(extract(epoch FROM expires_at - now()))::int AS retry_after`,
      [`${rule.name}/${rule.windowSeconds}:${subject}`, rule.windowSeconds],
    )) as { hits: number; retry_after: number }[];
    if (Math.random() * CLEANUP_EVERY < 1) {
      await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE expires_at < now()`);
    }
    const { hits, retry_after: retryAfter } = rows[0];
    return { allowed: hits <= rule.limit, retryAfterSeconds: Math.max(1, retryAfter) };
  }
}
