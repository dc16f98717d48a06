import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../config/app-config';
import { runMigrations } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { ensureDatabase } from '../database/postgres-admin';
import { pendingSchemaChanges } from '../database/schema-drift';

/**
 * `npm run db:migration:generate -- Name`: applies the existing migrations to a throw-away PostgreSQL, compares the
 * result with the entities and writes the difference as a new migration. Read it like code before committing.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error('Usage: npm run db:migration:generate -- NameInPascalCase');
    process.exit(2);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'skillshift-migration-'));
  const postgres = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false, fast: true });
  try {
    const url = await ensureDatabase(postgres.adminUrl, 'skillshift');
    await runMigrations(url);
    const diff = await pendingSchemaChanges(url);
    if (diff.up.length === 0) {
      console.log('The migrations already match the entities: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileName = `${timestamp}-${name}`;
    await writeFile(path.join(REPO_ROOT, 'migrations', 'src', `${fileName}.ts`), render(className, diff));
    await registerMigration(className, fileName);
    console.log(`Wrote migrations/src/${fileName}.ts`);
  } finally {
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function render(className: string, diff: { up: string[]; down: string[] }): string {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(diff.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(diff.down)}
  }
}
`;
}

async function registerMigration(className: string, fileName: string): Promise<void> {
  const indexFile = path.join(REPO_ROOT, 'migrations', 'src', 'index.ts');
  const source = await readFile(indexFile, 'utf8');
  const withImport = source.replace(
    /(import \{ type MigrationInterface \} from 'typeorm';\n)/,
    `$1import { ${className} } from './${fileName}';\n`,
  );
  const withEntry = withImport.replace(/= \[([^\]]*)\];/, (_, list: string) => {
    const entries = list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    return `= [${[...entries, className].join(', ')}];`;
  });
  await writeFile(indexFile, withEntry);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
