import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { MatchingRunEntity } from '../matching/matching-run.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * The one published run of an event: when, by whom, until when volunteers answer, and whether freed places are filled
 * at once by the engine (auto backfill). Its row is also the lock that serializes backfills of the event.
 */
@Entity('publication')
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** An event is published once (the unique index holds it even if two requests race past the status check). */
  @Index('publication_event_unique', { unique: true })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Index('publication_run_unique', { unique: true })
  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @ManyToOne(() => MatchingRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: MatchingRunEntity;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: PersonEntity;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  /** Proposals of the publication are answered by then; later ones (replacements) may get a later deadline. */
  @Column({ name: 'answer_deadline', type: 'timestamptz' })
  answerDeadline: Date;

  /** When a place frees up, the engine's next-best candidate is proposed at once and the organizers are told. */
  @Column({ name: 'auto_backfill', type: 'boolean', default: false })
  autoBackfill: boolean;
}
