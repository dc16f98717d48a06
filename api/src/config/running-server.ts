import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a running `npm start` leaves in its data directory, so that CLI commands find it instead of fighting it. */
export interface ServerRecord {
  pid: number;
  publicUrl: string;
}

const fileIn = (dataDir: string) => path.join(dataDir, 'server.json');

export function writeServerRecord(dataDir: string, record: ServerRecord): void {
  writeFileSync(fileIn(dataDir), `${JSON.stringify(record)}\n`);
}

export function removeServerRecord(dataDir: string): void {
  rmSync(fileIn(dataDir), { force: true });
}

/** The record of a server that is still running (a stale file from a crash is ignored). */
export function liveServerRecord(dataDir: string): ServerRecord | undefined {
  const file = fileIn(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as ServerRecord;
    if (record.pid === process.pid) return undefined;
    process.kill(record.pid, 0);
    return record;
  } catch {
    return undefined;
  }
}
