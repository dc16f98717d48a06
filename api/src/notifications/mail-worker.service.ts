import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG, DATABASE_URL } from '../config/config.module';
import { requestsInFlight } from '../common/http/requests-in-flight';
import { endPool, resilientPool } from '../database/pool';
import { devMailboxTransport, type MailTransport, smtpTransport } from './mail-transport';
import { MailWorker, mailHealth } from './mail-worker';

/** Runs the mail worker inside the API process and answers the health check's mail question. */
@Injectable()
export class MailWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly pool: pg.Pool;
  private readonly transport: MailTransport;
  private readonly worker: MailWorker;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(DATABASE_URL) databaseUrl: string) {
    this.pool = resilientPool('skillshift-mail', { connectionString: databaseUrl, max: 2 });
    this.transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : devMailboxTransport();
    this.worker = new MailWorker({
      pool: this.pool,
      transport: this.transport,
      from: config.mailFrom,
      messageIdDomain: new URL(config.publicUrl).hostname,
      idleMillis: config.production ? 2000 : 500,
      busy: () => requestsInFlight() > 0,
    });
  }

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  /** Lets the mail in hand finish before the pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.transport.close();
    await endPool(this.pool);
  }

  health(): Promise<'ok' | 'degraded'> {
    return mailHealth(this.pool);
  }

  /** Delivers everything that is due now; for tests and the seed. */
  drain(): Promise<number> {
    return this.worker.drain();
  }
}
