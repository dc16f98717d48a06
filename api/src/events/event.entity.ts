import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
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

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
