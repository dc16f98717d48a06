import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { OrganizingBodyEntity } from '../people/organizing-body.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * What happened, who did it and when, per organizing body: runs, changes by hand, and later publication, answers,
 * reveals of contact data and backfills. Written in the same transaction as the change it describes; never updated.
 * `details` keeps the names of that moment (challenge titles, first names), so an entry stays readable later.
 */
@Entity('audit_log')
@Index('audit_log_body_at', ['organizingBodyId', 'at'])
@Index('audit_log_event_at', ['eventId', 'at'])
@Index('audit_log_actor_at', ['actorId', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organizing_body_id', type: 'uuid' })
  organizingBodyId: string;

  @ManyToOne(() => OrganizingBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizing_body_id' })
  organizingBody?: OrganizingBodyEntity;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** Null for what the system did by itself (a run finishing in the background). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity;

  /** The actor's name at that moment, so the entry still says who after the person is gone. */
  @Column({ name: 'actor_name', type: 'text', default: '' })
  actorName: string;

  /** One of AUDIT_ACTIONS (shared); text, so later features add actions without a migration. */
  @Column({ type: 'text' })
  action: string;

  /** What the entry is about: `MATCHING_RUN` + run id, `MATCHING_PAIR` + "challengeId:volunteerId", … */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
