import { loadAppConfig } from '../config/app-config';
import { ConfigError } from '../config/config.schema';
import { runMigrations } from '../database/data-source';
import { openCliDatabase } from './cli-database';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in .data/. */
async function main(): Promise<void> {
  const database = await openCliDatabase(loadAppConfig());
  try {
    const applied = await runMigrations(database.url);
    console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
