import { type DataSource } from 'typeorm';
import { logger } from '../common/logging/logger';

/**
 * Runs a periodic job in exactly one of however many API processes there are. The job's row in `scheduled_job` is
 * claimed with FOR UPDATE SKIP LOCKED and held for the whole run: a process that finds it locked skips, and one that
 * finds it run less than `intervalMillis` ago waits for the next tick. A crash releases the lock with the connection.
 */
export async function runIfDue(
  dataSource: DataSource,
  name: string,
  intervalMillis: number,
  job: () => Promise<Record<string, unknown>>,
  now = new Date(),
): Promise<'ran' | 'not-due' | 'busy'> {
  await dataSource.query(`INSERT INTO scheduled_job (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const rows = (await runner.query(`SELECT last_run_at FROM scheduled_job WHERE name = $1 FOR UPDATE SKIP LOCKED`, [
      name,
    ])) as { last_run_at: Date | null }[];
    if (rows.length === 0) {
      await runner.rollbackTransaction();
      return 'busy';
    }
    const last = rows[0].last_run_at;
    if (last && now.getTime() - last.getTime() < intervalMillis) {
      await runner.rollbackTransaction();
      return 'not-due';
    }
    const result = await job();
    await runner.query(`UPDATE scheduled_job SET last_run_at = $2, last_result = $3 WHERE name = $1`, [
      name,
      now,
      JSON.stringify(result),
    ]);
    await runner.commitTransaction();
    return 'ran';
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** A timer that asks `tick` every `everyMillis`, first after `firstAfterMillis`; it never keeps the process alive. */
export class Ticker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly tick: () => Promise<unknown>,
    private readonly everyMillis: number,
    private readonly firstAfterMillis: number,
  ) {}

  start(): void {
    this.schedule(this.firstAfterMillis);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(millis: number): void {
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .then(() => undefined)
        .catch((error: unknown) => logger.error({ err: error }, 'scheduled job failed'))
        .finally(() => {
          if (this.timer) this.schedule(this.everyMillis);
        });
    }, millis);
    this.timer.unref();
  }
}
