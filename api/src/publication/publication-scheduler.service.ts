import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runIfDue, Ticker } from '../privacy/job-scheduler';
import { PublicationDeadlines } from './publication-deadlines';

/** Reminders and expiry are checked about every minute, by one API process at a time (the scheduled_job row lock). */
export const PUBLICATION_DEADLINES_JOB = {
  name: 'publication-deadlines',
  intervalMillis: 50_000,
  checkMillis: 60_000,
  firstAfterMillis: 20_000,
};

@Injectable()
export class PublicationSchedulerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly ticker: Ticker;

  constructor(dataSource: DataSource, deadlines: PublicationDeadlines) {
    this.ticker = new Ticker(
      () =>
        runIfDue(dataSource, PUBLICATION_DEADLINES_JOB.name, PUBLICATION_DEADLINES_JOB.intervalMillis, async () => ({
          ...(await deadlines.run()),
        })),
      PUBLICATION_DEADLINES_JOB.checkMillis,
      PUBLICATION_DEADLINES_JOB.firstAfterMillis,
    );
  }

  onApplicationBootstrap(): void {
    this.ticker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
  }
}
