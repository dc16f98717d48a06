import pg from 'pg';
import { runMigrations } from '../src/database/data-source';
import { ensureDatabase } from '../src/database/postgres-admin';
import { startTestCluster } from './cluster';
import { TEMPLATE_DATABASE } from './database';

/** One real PostgreSQL for the whole run, with a migrated template database that each test file copies. */
export default async function globalSetup(): Promise<void> {
  const cluster = await startTestCluster();
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await client.end();
  const templateUrl = await ensureDatabase(cluster.adminUrl, TEMPLATE_DATABASE);
  await runMigrations(templateUrl);
  process.env.SKILLSHIFT_TEST_PG_ADMIN_URL = cluster.adminUrl;
  (globalThis as { __skillshiftCluster?: typeof cluster }).__skillshiftCluster = cluster;
}
