import { MATCHING_ASSIGNMENT_ORIGINS, type MatchingAssignmentOrigin } from '@skillshift/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { SlotEntity } from '../events/slot.entity';
import { PersonEntity } from '../people/person.entity';
import { MatchingRunEntity } from './matching-run.entity';

/**
 * One volunteer in one challenge's team in one slot, as a run proposes it. Each row has its own id, so that a
 * published run's proposals can be mailed, answered and replaced one by one. The unique indexes hold two hard rules in
 * the database itself: a pair appears once per run, and nobody is in two teams of one slot.
 */
@Entity('matching_assignment')
@Index('matching_assignment_pair_unique', ['runId', 'challengeId', 'volunteerId'], { unique: true })
@Index('matching_assignment_volunteer_slot_unique', ['runId', 'volunteerId', 'slotId'], { unique: true })
export class MatchingAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @ManyToOne(() => MatchingRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: MatchingRunEntity;

  @Index('matching_assignment_challenge')
  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** The volunteer's person (their registration for the event is unique per person). */
  @Index('matching_assignment_volunteer')
  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: PersonEntity;

  @Index('matching_assignment_slot')
  @Column({ name: 'slot_id', type: 'uuid' })
  slotId: string;

  @ManyToOne(() => SlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot?: SlotEntity;

  /** The engine's pair score in [0, 1]. */
  @Column({ type: 'double precision' })
  score: number;

  /** ENGINE as solved, MANUAL when an organizer moved the volunteer here. */
  @Column({
    type: 'enum',
    enum: MATCHING_ASSIGNMENT_ORIGINS,
    enumName: 'matching_assignment_origin',
    default: 'ENGINE',
  })
  origin: MatchingAssignmentOrigin;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
