import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MatchingWorker } from './matching-worker';

/** Runs the matching worker inside the API process, started and stopped with the app like the mail worker. */
@Injectable()
export class MatchingWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly worker: MatchingWorker;

  constructor(@Inject(APP_CONFIG) config: AppConfig, dataSource: DataSource) {
    this.worker = new MatchingWorker({ dataSource, idleMillis: config.production ? 2000 : 500 });
  }

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  /** Lets the run in hand finish and be stored before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }

  wake(): void {
    this.worker.wake();
  }

  /** Solves everything that is queued now; for tests and the seed. */
  drain(): Promise<number> {
    return this.worker.drain();
  }
}
