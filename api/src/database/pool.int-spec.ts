import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { endPool, resilientPool } from './pool';

describe('resilientPool', () => {
  let database: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = resilientPool('pool-test', { connectionString: database.url, max: 2 });
  });
  afterAll(async () => {
    await endPool(pool);
    await database.drop();
  });

  async function terminate(pid: number): Promise<void> {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ terminated: boolean }>('SELECT pg_terminate_backend($1) AS terminated', [
        pid,
      ]);
      expect(rows[0].terminated).toBe(true);
    } finally {
      await admin.end();
    }
  }

  it('survives a checked-out connection the server ends (as PostgreSQL does to every one when it shuts down)', async () => {
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const ended = new Promise<void>((resolve) => client.once('end', resolve));
    // No query of its own runs: pg emits the loss on the client, an uncaught exception without a listener.
    await terminate(rows[0].pid);
    await ended;
    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release();

    const again = await pool.query<{ name: string }>('SELECT current_setting($1) AS name', ['application_name']);
    expect(again.rows[0].name).toBe('pool-test');
  });

  it('survives an idle connection the server ends, and queries go on on another', async () => {
    const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(pool.idleCount).toBeGreaterThan(0);
    const lost = new Promise<void>((resolve) => pool.once('error', () => resolve()));
    await terminate(rows[0].pid);
    await lost;
    const next = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(next.rows[0].pid).not.toBe(rows[0].pid);
  });

  it('ends only once every connection has closed, so that a server stopped right after sees none', async () => {
    const own = resilientPool('pool-end-test', { connectionString: database.url, max: 2 });
    const closed: boolean[] = [];
    own.on('connect', (client) => {
      const at = closed.push(false) - 1;
      client.once('end', () => (closed[at] = true));
    });
    const [a, b] = await Promise.all([own.connect(), own.connect()]);
    a.release();
    b.release();
    await endPool(own);
    // pool.end() alone resolves while both are still closing
    expect(closed).toEqual([true, true]);
  });
});
