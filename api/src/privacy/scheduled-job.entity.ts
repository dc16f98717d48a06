import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per periodic job. Whichever API process claims the row (FOR UPDATE SKIP LOCKED) runs the job; the others
 * skip, and `lastRunAt` keeps it from running more often than its interval however many processes there are.
 */
@Entity('scheduled_job')
export class ScheduledJobEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt: Date | null;

  @Column({ name: 'last_result', type: 'jsonb', nullable: true })
  lastResult: Record<string, unknown> | null;
}
