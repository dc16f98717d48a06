import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/** What the database lacks compared with the entities: empty when the migrations describe the entities exactly. */
export async function pendingSchemaChanges(url: string): Promise<SchemaDiff> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((query) => query.query),
      down: log.downQueries.map((query) => query.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}
