import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from './event.entity';

/** A time window of an event; capacity is how many teams can work at the same time in it. */
@Entity('slot')
@Index('slot_event_starts', ['eventId', 'startsAt'])
@Check('slot_ends_after_start', `"ends_at" > "starts_at"`)
@Check('slot_capacity_positive', `"capacity" > 0`)
export class SlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'text', nullable: true })
  label: string | null;
}
