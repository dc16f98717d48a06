import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';

export const TEMPLATE_DATABASE = 'skillshift_template';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, copied from the run's template in a few milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.SKILLSHIFT_TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('No test PostgreSQL: run integration tests through jest (globalSetup starts it).');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDataSource {
  database: TestDatabase;
  dataSource: DataSource;
}

/** For the enclosing describe block: a fresh migrated database with an initialised TypeORM DataSource on it. */
export function useTestDataSource(): TestDataSource {
  const context = {} as TestDataSource;
  beforeAll(async () => {
    context.database = await createTestDatabase();
    context.dataSource = await new DataSource(dataSourceOptions(context.database.url)).initialize();
  });
  afterAll(async () => {
    await context.dataSource?.destroy();
    await context.database?.drop();
  });
  return context;
}
