import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { PersonEntity } from '../people/person.entity';

export const VOLUNTEER_REGISTRATION_STATUSES = ['REGISTERED', 'WITHDRAWN'] as const;
export type VolunteerRegistrationStatus = (typeof VOLUNTEER_REGISTRATION_STATUSES)[number];

/** A volunteer's registration for one event; the slots they can attend are in volunteer_registration_slot. */
@Entity('volunteer_registration')
@Index('volunteer_registration_event_person_unique', ['eventId', 'personId'], { unique: true })
@Check('volunteer_registration_max_assignments', `"max_assignments" >= 1`)
export class VolunteerRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Index('volunteer_registration_person')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** How many challenges the volunteer takes at most in this event (never two in one slot). */
  @Column({ name: 'max_assignments', type: 'integer', default: 1 })
  maxAssignments: number;

  @Column({
    type: 'enum',
    enum: VOLUNTEER_REGISTRATION_STATUSES,
    enumName: 'volunteer_registration_status',
    default: 'REGISTERED',
  })
  status: VolunteerRegistrationStatus;

  /** The organizer who registered the volunteer at an assisted intake; null when they registered themselves. */
  @Column({ name: 'registered_by_id', type: 'uuid', nullable: true })
  registeredById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'registered_by_id' })
  registeredBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
