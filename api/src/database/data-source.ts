import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@skillshift/migrations';
import { ENTITIES } from './entities';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // The schema changes only through reviewed migrations.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension a managed service may refuse.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: false,
    extra: { max: 10, application_name: 'skillshift' },
  };
}

/** Applies every pending migration, each in its own transaction; several processes may call it at once. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const runner = dataSource.createQueryRunner();
    // An advisory lock keeps two API processes that start together from applying the same migration twice.
    await runner.query('SELECT pg_advisory_lock(814207)');
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(814207)');
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
