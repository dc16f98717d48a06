import path from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig } from './config/app-config';
import { logger } from './common/logging/logger';
import { runMigrations } from './database/data-source';
import { type RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { ensureDatabase } from './database/postgres-admin';
import { seedDemoData } from './seed/demo-seed';
import { removeServerRecord, writeServerRecord } from './config/running-server';
import { createApp } from './server';

export interface RunningServer {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  /** Drains requests, stops the workers, then the embedded PostgreSQL (if one was started). */
  close(): Promise<void>;
}

/**
 * Everything `npm start` does after the build: the database (embedded unless DATABASE_URL is set), pending
 * migrations, the demo data on first start, then the HTTP server on PORT.
 */
export async function boot(config: AppConfig, options: { seed?: boolean } = {}): Promise<RunningServer> {
  let embedded: RunningPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'pg') });
    databaseUrl = await ensureDatabase(embedded.adminUrl, 'skillshift');
  }
  try {
    const applied = await runMigrations(databaseUrl);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    // No Nest shutdown hooks: main.ts owns the signals, so the app closes before PostgreSQL stops, never in parallel.
    const app = await createApp(config, databaseUrl);
    await app.init();
    if (options.seed ?? true) await seedDemoData(app.get(DataSource));
    await app.listen(config.port, config.host);
    if (embedded) writeServerRecord(config.dataDir, { pid: process.pid, publicUrl: config.publicUrl });
    const close = async () => {
      const server = app.getHttpServer() as import('node:http').Server;
      // Keep-alive connections would hold close() open; requests in flight still finish.
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const hardStop = setTimeout(() => server.closeAllConnections(), 10_000);
      try {
        await app.close();
      } finally {
        clearInterval(idle);
        clearTimeout(hardStop);
        if (embedded) removeServerRecord(config.dataDir);
        await embedded?.stop();
      }
    };
    return { app, url: `http://localhost:${config.port}`, databaseUrl, close };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
