import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizingBodyEntity } from '../people/organizing-body.entity';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '@skillshift/shared';

@Entity('event')
@Index(['status', 'startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: EVENT_KINDS, enumName: 'event_kind' })
  kind: EventKind;

  @Column({ type: 'enum', enum: EVENT_STATUSES, enumName: 'event_status', default: 'DRAFT' })
  status: EventStatus;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  /** Online events have no venue but may name the meeting link. */
  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  /** ISO 639-1 codes from EVENT_LANGUAGES. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ name: 'nonprofit_deadline', type: 'timestamptz', nullable: true })
  nonprofitDeadline: Date | null;

  @Column({ name: 'volunteer_deadline', type: 'timestamptz', nullable: true })
  volunteerDeadline: Date | null;

  /**
   * Nullable only for rows older than organizing bodies (the first demo seed); the service requires a body for every
   * event it creates, and a later seed step assigns the demo events to the demo body.
   */
  @Index('event_organizing_body')
  @Column({ name: 'organizing_body_id', type: 'uuid', nullable: true })
  organizingBodyId: string | null;

  @ManyToOne(() => OrganizingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizing_body_id' })
  organizingBody?: OrganizingBodyEntity;

  /**
   * The edition this one was copied from ("copy from last edition"); opening a copy invites the people of earlier
   * editions to register again.
   */
  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copied_from_id' })
  copiedFrom?: EventEntity;

  /** Kept equal to the first slot's start and the last slot's end by the service, so lists need no join. */
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
