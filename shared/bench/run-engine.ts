// Runs the engine once on an instance file in a fresh process and prints
// {"result": …, "maxRssKb": …, "wallMs": …, "readMs": …} on stdout. A process of its own, so that maxRSS is the
// engine's peak (plus Node's baseline) and not the bench's, which holds every instance and baseline.
import { closeSync, openSync, readSync } from 'node:fs';
import { type MatchingInstance, parseInstance, readInstanceJson, solve } from '../src/matching';

/**
 * The instance, read as the CLI reads it (given scores by column) and parsed; `started` is when parsing began (the
 * engine's time includes it). The JSON goes out of scope here, as in the CLI: its given scores are not needed after.
 */
function load(file: string): { instance: MatchingInstance; readMs: number; started: number } {
  const reading = performance.now();
  const fd = openSync(file, 'r');
  let json: unknown;
  try {
    json = readInstanceJson((buffer) => readSync(fd, buffer));
  } finally {
    closeSync(fd);
  }
  const started = performance.now();
  return { instance: parseInstance(json), readMs: started - reading, started };
}

async function main(): Promise<void> {
  const [file, limit] = process.argv.slice(2);
  const { instance, readMs, started } = load(file);
  const result = await solve(instance, { timeLimitMs: limit ? Number(limit) : undefined, seed: 1 });
  const wallMs = performance.now() - started;
  process.stdout.write(JSON.stringify({ result, wallMs, readMs, maxRssKb: process.resourceUsage().maxRSS }));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
