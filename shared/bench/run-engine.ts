// Runs the engine once on an instance file in a fresh process and prints
// {"result": …, "maxRssKb": …, "wallMs": …, "readMs": …} on stdout. A process of its own, so that maxRSS is the
// engine's peak (plus Node's baseline) and not the bench's, which holds every instance and baseline.
import { closeSync, openSync, readSync } from 'node:fs';
import { parseInstance, readInstanceJson, solve } from '../src/matching';

async function main(): Promise<void> {
  const [file, limit] = process.argv.slice(2);
  // Read as the CLI reads it: given scores by column.
  const reading = performance.now();
  const fd = openSync(file, 'r');
  const json = readInstanceJson((buffer) => readSync(fd, buffer));
  closeSync(fd);
  const started = performance.now();
  const readMs = started - reading;
  const result = await solve(parseInstance(json), { timeLimitMs: limit ? Number(limit) : undefined, seed: 1 });
  const wallMs = performance.now() - started;
  process.stdout.write(JSON.stringify({ result, wallMs, readMs, maxRssKb: process.resourceUsage().maxRSS }));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
