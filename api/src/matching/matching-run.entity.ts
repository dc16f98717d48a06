import { MATCHING_RUN_STATUSES, type MatchingRunStatus, type ScoreWeights } from '@skillshift/shared';
import { type MatchingInstance, type MatchingResult, type Unserved } from '@skillshift/shared/matching';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * One run of the matching engine on an event, kept for good: the instance it solved (with the pins and exclusions of
 * that moment), the weights, the engine's result and its metrics. The row is also the job: the worker claims QUEUED
 * rows (matching-worker.ts). `instance` and `result` are large and only read where needed (select: false). Assignments, as later changed by hand, are rows of matching_assignment.
 */
@Entity('matching_run')
@Index('matching_run_event_number_unique', ['eventId', 'number'], { unique: true })
@Index('matching_run_open', ['createdAt'], { where: `"status" IN ('QUEUED', 'RUNNING')` })
@Check('matching_run_number_positive', `"number" > 0`)
export class MatchingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** 1, 2, 3… per event: what organizers call "run 3". */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'enum', enum: MATCHING_RUN_STATUSES, enumName: 'matching_run_status', default: 'QUEUED' })
  status: MatchingRunStatus;

  /** The effective weights of the score factors (the defaults merged with the organizer's, normalised). */
  @Column({ type: 'jsonb' })
  weights: ScoreWeights;

  /** The engine's input as built from the database when the run was started (MATCHING.md). */
  @Column({ type: 'jsonb', select: false })
  instance: MatchingInstance;

  /** The engine's result as it came out (with explanations), before any change by hand. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  result: MatchingResult | null;

  /** The engine's reasons for the challenges it could not serve (small; the board reads them). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  unserved: Unserved[];

  @Column({ name: 'challenge_count', type: 'integer', default: 0 })
  challengeCount: number;

  @Column({ name: 'volunteer_count', type: 'integer', default: 0 })
  volunteerCount: number;

  @Column({ name: 'pin_count', type: 'integer', default: 0 })
  pinCount: number;

  @Column({ name: 'exclusion_count', type: 'integer', default: 0 })
  exclusionCount: number;

  /** Challenges that got a team; kept equal to the assignments by the service (also after moves). */
  @Column({ type: 'integer', nullable: true })
  served: number | null;

  @Column({ name: 'served_priority', type: 'double precision', nullable: true })
  servedPriority: number | null;

  /** Summed pair scores of the assignments as they are now (a move by hand changes it; `result` keeps the engine's). */
  @Column({ name: 'total_score', type: 'double precision', nullable: true })
  totalScore: number | null;

  /** Summed pair scores of the engine's plan, before any change by hand. */
  @Column({ name: 'engine_score', type: 'double precision', nullable: true })
  engineScore: number | null;

  /** The engine's proven bound on the score at this served priority; null when it proved none. */
  @Column({ name: 'upper_bound', type: 'double precision', nullable: true })
  upperBound: number | null;

  /** The engine's plan was proven optimal (its score equals the bound). */
  @Column({ type: 'boolean', nullable: true })
  optimal: boolean | null;

  /** How far the engine's score may be from the best possible, in % of the bound; null without a bound. */
  @Column({ name: 'gap_percent', type: 'double precision', nullable: true })
  gapPercent: number | null;

  /** Wall time of the engine's solve. */
  @Column({ name: 'solve_millis', type: 'integer', nullable: true })
  solveMillis: number | null;

  /** Changes made by hand to this run's assignments. */
  @Column({ name: 'manual_changes', type: 'integer', default: 0 })
  manualChanges: number;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'started_by_id', type: 'uuid', nullable: true })
  startedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'started_by_id' })
  startedBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Why a run FAILED: a catalogue key and its parameters, translated for each reader. */
  @Column({ type: 'jsonb', nullable: true })
  error: { key: string; params: Record<string, unknown> } | null;
}
