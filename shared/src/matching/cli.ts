// npm run match -- INSTANCE.json [--explain] [--time-limit MS] [--seed N]
// stdout carries the result JSON and nothing else; exit 2 = invalid input, 3 = pins in conflict.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { InvalidInstanceError, parseInstance, PinConflictError, readInstanceJson, solve } from './index';

const USAGE = 'usage: npm run match -- INSTANCE.json [--explain] [--time-limit MS] [--seed N] [--verbose]';

interface Args {
  file: string;
  explain: boolean;
  verbose: boolean;
  timeLimitMs?: number;
  seed?: number;
}

class UsageError extends Error {}

/** Files up to this size are read again by JSON.parse when the reader finds them invalid, for its precise message. */
const REREAD_BYTES = 256 * 2 ** 20;

/** The instance file's JSON, `scores` by column (readInstanceJson: files beyond 512 MB, 16 bytes a given score). */
function readInstanceFile(file: string): unknown {
  const fd = openSync(file, 'r');
  try {
    return readInstanceJson((buffer) => readSync(fd, buffer));
  } catch (e) {
    if (!(e instanceof SyntaxError) || statSync(file).size > REREAD_BYTES) throw e;
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    closeSync(fd);
  }
}

/** One hour: far beyond what any instance needs (a national one takes 5 s). */
const MAX_TIME_LIMIT_MS = 3_600_000;
const MAX_SEED = 4_294_967_295;

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  const args: Omit<Args, 'file'> = { explain: false, verbose: false };
  // Plain decimal digits only: " 5", "0x10", "1e3" and "" are refused, not read as numbers.
  const count = (flag: string, value: string | undefined, min: number, max: number): number => {
    const n = value !== undefined && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) throw new UsageError(`${flag}: must be an integer from ${min} to ${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--explain') args.explain = true;
    else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--time-limit') args.timeLimitMs = count(arg, argv[++i], 1, MAX_TIME_LIMIT_MS);
    else if (arg === '--seed') args.seed = count(arg, argv[++i], 0, MAX_SEED);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`${arg}: unknown flag`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`${arg}: only one instance file`);
  }
  if (file === undefined) throw new UsageError('missing INSTANCE.json');
  return { file, ...args };
}

async function main(): Promise<number> {
  let args: Args;
  let json: unknown;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    json = readInstanceFile(args.file);
  } catch (e) {
    process.stderr.write(`$: cannot read ${args.file} as JSON: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    const instance = parseInstance(json);
    // The JSON's given scores (16 bytes each, ten million at national size) are not needed once parsed.
    json = undefined;
    const onProgress = args.verbose
      ? (e: { stage: string; millis: number; servedPriority: number; totalScore: number }) =>
          process.stderr.write(
            `${String(e.millis).padStart(6)} ms  ${e.stage.padEnd(10)} priority ${e.servedPriority}  score ${e.totalScore.toFixed(4)}\n`,
          )
      : undefined;
    const result = await solve(instance, {
      explain: args.explain,
      timeLimitMs: args.timeLimitMs,
      seed: args.seed,
      onProgress,
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stderr.write(
      `served ${result.metrics.served}, score ${result.metrics.totalScore.toFixed(3)}, ${result.metrics.millis} ms\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof InvalidInstanceError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof PinConflictError) {
      process.stderr.write(`${e.message}\n`);
      return 3;
    }
    throw e;
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
