import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runIfDue, Ticker } from './job-scheduler';
import { RetentionService } from './retention.service';

const HOUR = 60 * 60 * 1000;
/** The job runs once a day across all processes; each process looks every hour whether it is due. */
export const RETENTION_JOB = {
  name: 'retention',
  intervalMillis: 24 * HOUR,
  checkMillis: HOUR,
  firstAfterMillis: 60_000,
};

/** Runs the retention job inside the API process, like the mail worker. */
@Injectable()
export class RetentionSchedulerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly ticker: Ticker;

  constructor(dataSource: DataSource, retention: RetentionService) {
    this.ticker = new Ticker(
      () =>
        runIfDue(dataSource, RETENTION_JOB.name, RETENTION_JOB.intervalMillis, async () => ({
          ...(await retention.run()),
        })),
      RETENTION_JOB.checkMillis,
      RETENTION_JOB.firstAfterMillis,
    );
  }

  onApplicationBootstrap(): void {
    this.ticker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
  }
}
