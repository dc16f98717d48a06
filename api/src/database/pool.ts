import pg from 'pg';
import { logger } from '../common/logging/logger';

/**
 * A pg pool (for code that uses pg without TypeORM, which guards its own) that outlives its database connections: a
 * connection the server closes (a restart, a failover, PostgreSQL shutting down) is logged and dropped, and the next
 * query opens a new one. pg reports the loss on the pool while the connection is idle, and on the client itself while
 * it is checked out with no query running; with no listener there, it would take the process down.
 */
export function resilientPool(name: string, config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({
    application_name: name,
    ...config,
    onConnect: (client) => {
      client.on('error', (error) => logger.debug({ pool: name, err: error }, 'checked-out database connection lost'));
    },
  });
  pool.on('error', (error) => logger.warn({ pool: name, err: error }, 'idle database connection lost'));
  return pool;
}
