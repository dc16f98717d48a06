import path from 'node:path';
import { type AppConfig } from '../config/app-config';
import { liveServerRecord } from '../config/running-server';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from '../database/embedded-postgres';
import { ensureDatabase } from '../database/postgres-admin';

export interface CliDatabase {
  url: string;
  /** Base of links in mails: the running server's address when one runs and PUBLIC_URL is not set. */
  publicUrl: string;
  close(): Promise<void>;
}

/**
 * The database a command-line tool works on: DATABASE_URL; else the embedded PostgreSQL of a running `npm start`
 * (joined, never stopped); else the embedded one, started for the command and stopped after it.
 */
export async function openCliDatabase(config: AppConfig, env: NodeJS.ProcessEnv = process.env): Promise<CliDatabase> {
  const server = liveServerRecord(config.dataDir);
  const publicUrl = env.PUBLIC_URL ? config.publicUrl : (server?.publicUrl ?? config.publicUrl);
  if (config.databaseUrl) return { url: config.databaseUrl, publicUrl, close: async () => undefined };
  const dir = path.join(config.dataDir, 'pg');
  const attached = runningEmbeddedPostgres(dir);
  const embedded = attached ? undefined : await startEmbeddedPostgres({ dir });
  const url = await ensureDatabase((attached ?? embedded)!.adminUrl, 'skillshift');
  return { url, publicUrl, close: async () => embedded?.stop() };
}
