import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config/app-config';
import { printAppSchema } from '../graphql/schema-file';

/** `npm run schema -w api`: regenerates api/schema.gql from the code. */
const file = path.join(REPO_ROOT, 'api', 'schema.gql');
await writeFile(file, await printAppSchema());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
