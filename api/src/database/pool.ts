import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { logger } from '../common/logging/logger';

/** The connections of each resilient pool that are still open (until their socket has closed). */
const openConnections = new WeakMap<pg.Pool, Set<pg.ClientBase>>();

/**
 * A pg pool (for code that uses pg without TypeORM, which guards its own) that outlives its database connections: a
 * connection the server closes (a restart, a failover, PostgreSQL shutting down) is logged and dropped, and the next
 * query opens a new one. pg reports the loss on the pool while the connection is idle, and on the client itself while
 * it is checked out with no query running; with no listener there, it would take the process down. End it with
 * `endPool`.
 */
export function resilientPool(name: string, config: pg.PoolConfig): pg.Pool {
  const open = new Set<pg.ClientBase>();
  const pool = new pg.Pool({
    application_name: name,
    ...config,
    onConnect: (client) => {
      open.add(client);
      client.once('end', () => open.delete(client));
      client.on('error', (error) => logger.debug({ pool: name, err: error }, 'checked-out database connection lost'));
    },
  });
  openConnections.set(pool, open);
  pool.on('error', (error) => logger.warn({ pool: name, err: error }, 'idle database connection lost'));
  return pool;
}

/**
 * Ends a pool and waits until its connections have closed. `pool.end()` resolves once every client is released and
 * asked to end, before the server has seen them go: a PostgreSQL stopped right after it (the embedded one, on
 * shutdown) would still terminate them. `waitMs` bounds the wait for a server that does not answer.
 */
export async function endPool(pool: pg.Pool, waitMs = 2000): Promise<void> {
  await pool.end();
  const open = [...(openConnections.get(pool) ?? [])];
  if (open.length === 0) return;
  // (the timer does not keep the process up; listeners left on a client that never ends go with it)
  await Promise.race([
    Promise.all(open.map((client) => once(client, 'end').catch(() => undefined))),
    sleep(waitMs, undefined, { ref: false }),
  ]);
}
