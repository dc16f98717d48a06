import path from 'node:path';
import { loadAppConfig } from '../config/app-config';
import { ConfigError } from '../config/config.schema';
import { runMigrations } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { ensureDatabase } from '../database/postgres-admin';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in .data/. */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'pg') });
  try {
    const url = config.databaseUrl ?? (await ensureDatabase(embedded!.adminUrl, 'skillshift'));
    const applied = await runMigrations(url);
    console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
