import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ENGINE_NODE_FLAGS } from '../src/matching/node-flags';

/** The repository's root, where `npm run match` runs. */
export const repoRoot = resolve(__dirname, '../..');

/** The engine's command line as `npm run match` runs it: the bundle its preflight builds (scripts/preflight.mjs). */
const ENGINE_CLI = 'node_modules/.cache/skillshift/match.mjs';
/** What `npm run match` runs first (package.json). */
export const ENGINE_PREFLIGHT = 'scripts/preflight.mjs --quiet --engine';

/**
 * Builds the engine's command line where its sources changed, as `npm run match` does first, but without the
 * preflight's `npm install` (the tests run after it, several test files at once), into `outdir` when given
 * (SKILLSHIFT_ENGINE_OUT). Returns Node's arguments to run it.
 */
export function engineCliArgs(outdir?: string): string[] {
  const built = spawnSync(process.execPath, [...ENGINE_PREFLIGHT.split(' '), '--no-install'], {
    encoding: 'utf8',
    cwd: repoRoot,
    env: outdir ? { ...process.env, SKILLSHIFT_ENGINE_OUT: outdir } : process.env,
  });
  if (built.status !== 0) throw new Error(`building the engine's command line failed: ${built.stderr}`);
  return [...ENGINE_NODE_FLAGS, outdir ? resolve(outdir, 'match.mjs') : ENGINE_CLI];
}
