import { type Pool } from 'pg';
import { logger } from '../common/logging/logger';
import { type MailTransport, PermanentMailError } from './mail-transport';

export interface MailWorkerOptions {
  pool: Pool;
  transport: MailTransport;
  from: string;
  /** The domain part of Message-IDs, e.g. the public host. */
  messageIdDomain: string;
  /** How long to sleep when there is nothing to send. */
  idleMillis?: number;
  /** First retry delay; doubles per attempt up to `maxBackoffMillis`. */
  baseBackoffMillis?: number;
  maxBackoffMillis?: number;
  /**
   * True while people are waiting for answers from this process: the worker then waits (up to `giveWayMillis`, 25 ms by
   * default) before each mail, so deliveries fill the gaps between requests instead of competing with them.
   */
  busy?: () => boolean;
  giveWayMillis?: number;
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string;
  attachments: { filename: string; contentType: string; content: string }[];
  attempts: number;
  expired: boolean;
}

export const messageIdFor = (id: string, domain: string) => `<outbox.${id}@${domain}>`;

/**
 * Delivers outbox rows one at a time. Each row is claimed with FOR UPDATE SKIP LOCKED inside a transaction that stays
 * open while the mail is handed to the server and commits together with the "sent" mark, so several workers never
 * send the same row, and a crash before the commit leaves the row pending. The only possible repeat is a crash between
 * the server's acceptance and the commit; the repeat carries the same Message-ID. The commit does not wait for the
 * disk (asynchronous commit, PostgreSQL flushes within a fraction of a second): that widens the same window a little
 * (a crash of the database right after a delivery may send that mail again) and keeps the worker's bookkeeping from
 * queueing at the disk with the answers and changes people are waiting for.
 */
export class MailWorker {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private pauseMillis = 0;

  constructor(private readonly options: MailWorkerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the mail in hand, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Sends until nothing is due; returns how many rows were handled. Used by the loop and by tests. */
  async drain(): Promise<number> {
    let handled = 0;
    while (await this.deliverOne()) handled += 1;
    return handled;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let worked = false;
      try {
        await this.giveWay();
        worked = await this.deliverOne();
      } catch (error) {
        logger.warn({ err: error }, 'mail worker could not reach the database');
        this.pauseMillis = Math.min(this.maxBackoff, Math.max(this.baseBackoff, this.pauseMillis * 2));
      }
      if (!this.running) break;
      if (!worked || this.pauseMillis > 0) {
        await this.sleep(worked ? this.pauseMillis : Math.max(this.pauseMillis, this.options.idleMillis ?? 1000));
      }
    }
  }

  private async giveWay(): Promise<void> {
    const busy = this.options.busy;
    if (!busy) return;
    const until = Date.now() + (this.options.giveWayMillis ?? 25);
    while (this.running && busy() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  private sleep(millis: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, millis);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private get baseBackoff() {
    return this.options.baseBackoffMillis ?? 5_000;
  }

  private get maxBackoff() {
    return this.options.maxBackoffMillis ?? 10 * 60_000;
  }

  private async deliverOne(): Promise<boolean> {
    const client = await this.options.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL synchronous_commit = off');
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, to_address, subject, body_text, body_html, attachments, attempts,
                (expires_at IS NOT NULL AND expires_at <= now()) AS expired
           FROM outbox_message
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, created_at
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
      );
      const row = rows[0];
      if (!row) {
        await client.query('COMMIT');
        return false;
      }
      if (row.expired) {
        await client.query(`UPDATE outbox_message SET status = 'EXPIRED' WHERE id = $1`, [row.id]);
        await client.query('COMMIT');
        logger.info({ outboxId: row.id }, 'mail expired before it could be delivered');
        return true;
      }
      await this.attempt(client, row);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async attempt(client: import('pg').PoolClient, row: OutboxRow): Promise<void> {
    try {
      await this.options.transport.send(
        {
          id: row.id,
          messageId: messageIdFor(row.id, this.options.messageIdDomain),
          from: this.options.from,
          to: row.to_address,
          subject: row.subject,
          text: row.body_text,
          html: row.body_html,
          attachments: row.attachments,
        },
        client,
      );
      await client.query(
        `UPDATE outbox_message SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL
          WHERE id = $1`,
        [row.id],
      );
      this.pauseMillis = 0;
      logger.debug({ outboxId: row.id }, 'mail delivered');
    } catch (error) {
      const permanent = error instanceof PermanentMailError;
      const attempts = row.attempts + 1;
      const delay = Math.min(this.maxBackoff, this.baseBackoff * 2 ** Math.min(attempts - 1, 20));
      await client.query(
        `UPDATE outbox_message
            SET attempts = $2, last_error = $3, status = $4,
                next_attempt_at = now() + ($5::int * interval '1 millisecond')
          WHERE id = $1`,
        [row.id, attempts, String((error as Error).message).slice(0, 500), permanent ? 'FAILED' : 'PENDING', delay],
      );
      // The server is likely down for every message, not just this one: pause the worker too.
      if (!permanent) this.pauseMillis = Math.min(this.maxBackoff, Math.max(this.baseBackoff, this.pauseMillis * 2));
      logger.warn({ outboxId: row.id, attempts, permanent, err: error }, 'mail delivery failed');
    }
  }
}

/** `degraded` while deliveries keep failing: three waiting mails have failed, or one has failed three times. */
export async function mailHealth(pool: Pool): Promise<'ok' | 'degraded'> {
  const { rows } = await pool.query<{ failing: boolean }>(
    `SELECT count(*) >= 3 OR coalesce(max(attempts), 0) >= 3 AS failing
       FROM outbox_message WHERE status = 'PENDING' AND attempts >= 1`,
  );
  return rows[0]?.failing ? 'degraded' : 'ok';
}
