import { useTestDataSource } from '../../test/database';
import { PERSONAL_DATA_TABLES } from './personal-data-registry';

/**
 * A new table that points at `person` must say what the download shows of it and what erasure does with it: this
 * test lists every foreign key to person in the migrated schema and fails for one that PERSONAL_DATA_TABLES misses.
 */
describe('the register of personal data', () => {
  const db = useTestDataSource();

  it('names every table and column that points at a person', async () => {
    const references = (await db.dataSource.query(
      `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass
        ORDER BY 1, 2`,
    )) as { table: string; column: string }[];
    const registered = new Set(
      PERSONAL_DATA_TABLES.flatMap((entry) => entry.personColumns.map((column) => `${entry.table}.${column}`)),
    );
    expect(references.map((ref) => `${ref.table}.${ref.column}`).filter((name) => !registered.has(name))).toEqual([]);
  });

  it('names only tables and columns that exist', async () => {
    const columns = (await db.dataSource.query(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public'`,
    )) as { name: string }[];
    const existing = new Set(columns.map((column) => column.name));
    const named = PERSONAL_DATA_TABLES.flatMap((entry) =>
      entry.personColumns.map((column) => `${entry.table}.${column}`),
    );
    expect(named.filter((name) => !existing.has(name))).toEqual([]);
  });
});
