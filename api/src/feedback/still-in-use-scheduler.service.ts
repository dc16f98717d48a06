import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runIfDue, Ticker } from '../privacy/job-scheduler';
import { StillInUseService } from './still-in-use.service';

const HOUR = 60 * 60 * 1000;
/** The three-month question goes out once a day across all processes (scheduled_job row `still-in-use`). */
export const STILL_IN_USE_JOB = {
  name: 'still-in-use',
  intervalMillis: 24 * HOUR,
  checkMillis: HOUR,
  firstAfterMillis: 90_000,
};

@Injectable()
export class StillInUseSchedulerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly ticker: Ticker;

  constructor(dataSource: DataSource, stillInUse: StillInUseService) {
    this.ticker = new Ticker(
      () =>
        runIfDue(dataSource, STILL_IN_USE_JOB.name, STILL_IN_USE_JOB.intervalMillis, async () => ({
          ...(await stillInUse.run()),
        })),
      STILL_IN_USE_JOB.checkMillis,
      STILL_IN_USE_JOB.firstAfterMillis,
    );
  }

  onApplicationBootstrap(): void {
    this.ticker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
  }
}
