import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { dataSourceOptions } from './data-source';
import { preparedQuery } from './prepared-query';

describe('prepared queries', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ ...dataSourceOptions(database.url), extra: { max: 1 } }).initialize();
    await dataSource.query(`CREATE TABLE prepared_probe (id int PRIMARY KEY, label text NOT NULL)`);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const INSERT = `INSERT INTO prepared_probe (id, label) VALUES ($1, $2) RETURNING id, label`;
  const COUNT = `SELECT count(*)::int AS n FROM prepared_probe`;

  it('prepares each statement once per connection and runs it again with new values', async () => {
    expect(await preparedQuery(dataSource.manager, INSERT, [1, 'eins'])).toEqual([{ id: 1, label: 'eins' }]);
    expect(await preparedQuery(dataSource.manager, INSERT, [2, 'zwei'])).toEqual([{ id: 2, label: 'zwei' }]);
    const prepared = (await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE 'INSERT INTO prepared_probe%'`,
    )) as { n: number }[];
    // One pooled connection: the statement was prepared there once and reused.
    expect(prepared[0].n).toBe(1);
  });

  it('runs inside the caller’s transaction: a rolled-back change leaves nothing behind', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await preparedQuery(manager, INSERT, [3, 'drei']);
        expect(await preparedQuery(manager, COUNT, [])).toEqual([{ n: 3 }]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await preparedQuery(dataSource.manager, COUNT, [])).toEqual([{ n: 2 }]);
  });

  it('goes through the data source’s logger like every other query', async () => {
    const seen: string[] = [];
    const original = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (query, parameters, runner) => {
      seen.push(query);
      return original(query, parameters, runner);
    };
    try {
      await preparedQuery(dataSource.manager, COUNT, []);
    } finally {
      dataSource.logger.logQuery = original;
    }
    expect(seen).toEqual([COUNT]);
  });
});
