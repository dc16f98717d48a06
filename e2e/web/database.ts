import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/**
 * The journeys' server database (the embedded PostgreSQL that `npm start` runs in its data directory), for what no
 * person can do through the app: letting time pass. PostgreSQL writes its port into postmaster.pid.
 */
async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const dataDir = process.env.SKILLSHIFT_E2E_DATA_DIR;
  if (!dataDir) throw new Error('SKILLSHIFT_E2E_DATA_DIR is set by playwright.config.ts');
  const port = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const client = new pg.Client({
    connectionString: `postgres://postgres:skillshift-embedded@127.0.0.1:${port}/skillshift`,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Moves an event's slots (and its start and end) `days` earlier: the evening has taken place. */
export function moveEventBack(eventId: string, days: number): Promise<void> {
  return withDatabase(async (client) => {
    const shift = `make_interval(days => $2)`;
    await client.query(
      `UPDATE slot SET starts_at = starts_at - ${shift}, ends_at = ends_at - ${shift} WHERE event_id = $1`,
      [eventId, days],
    );
    await client.query(
      `UPDATE event SET starts_at = starts_at - ${shift}, ends_at = ends_at - ${shift} WHERE id = $1`,
      [eventId, days],
    );
  });
}
