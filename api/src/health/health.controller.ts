import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailWorkerService } from '../notifications/mail-worker.service';

const DB_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailWorkerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 200 while the database answers; 503 with `db: "down"` when it does not. */
  @Get()
  @Header('Cache-Control', 'no-store')
  async check(@Res({ passthrough: true }) response: Response) {
    const db = await withTimeout(this.dataSource.query('SELECT 1'), DB_TIMEOUT_MS).then(
      () => 'ok' as const,
      () => 'down' as const,
    );
    const mail = db === 'ok' ? await this.mail.health().catch(() => 'degraded' as const) : ('degraded' as const);
    if (db === 'down') response.status(503);
    return { status: db === 'ok' ? 'ok' : 'error', db, mail, version: this.config.version };
  }
}

function withTimeout<T>(promise: Promise<T>, millis: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), millis).unref()),
  ]);
}
