import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ENGINE_NODE_FLAGS } from '../src/matching/node-flags';

/** The repository's root, where `npm run match` runs. */
export const repoRoot = resolve(__dirname, '../..');

/** The engine's command line as `npm run match` runs it: the bundle its preflight builds (scripts/preflight.mjs). */
export const ENGINE_CLI = 'node_modules/.cache/skillshift/match.mjs';
export const ENGINE_PREFLIGHT = 'scripts/preflight.mjs --quiet --engine';

/** Builds the command line when its sources are newer (as `npm run match` does first); Node's arguments to run it. */
export function engineCliArgs(): string[] {
  const built = spawnSync(process.execPath, ENGINE_PREFLIGHT.split(' '), { encoding: 'utf8', cwd: repoRoot });
  if (built.status !== 0) throw new Error(`building the engine's command line failed: ${built.stderr}`);
  return [...ENGINE_NODE_FLAGS, ENGINE_CLI];
}
