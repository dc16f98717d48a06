import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printAppSchema } from './schema-file';

describe('api/schema.gql', () => {
  it('is what the code generates (run `npm run build -w api && npm run schema -w api` after changing the API)', async () => {
    const committed = readFileSync(path.join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});
