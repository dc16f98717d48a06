import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { dataSourceOptions } from './data-source';
import { pendingSchemaChanges } from './schema-drift';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('describe the entities exactly: nothing is left to generate after they ran', async () => {
    const diff = await pendingSchemaChanges(database.url);
    expect(diff.up).toEqual([]);
  });

  it('can all be reverted and applied again', async () => {
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const applied = dataSource.migrations.length;
      expect(applied).toBeGreaterThan(0);
      for (let i = 0; i < applied; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      const reapplied = await dataSource.runMigrations({ transaction: 'each' });
      expect(reapplied).toHaveLength(applied);
    } finally {
      await dataSource.destroy();
    }
  });
});
