import { OUTCOME_ANSWERS, type OutcomeAnswer } from '@skillshift/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { EventEntity } from '../events/event.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * The three-month question to a contact of a served nonprofit: "is the solution still in use?". Asked once per
 * challenge and contact (the scheduled job), answered once through the signed link; the answer is kept.
 */
@Entity('still_in_use_check')
@Index('still_in_use_check_unique', ['challengeId', 'personId'], { unique: true })
export class StillInUseCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('still_in_use_check_event')
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ name: 'nonprofit_id', type: 'uuid' })
  nonprofitId: string;

  @ManyToOne(() => NonprofitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nonprofit_id' })
  nonprofit?: NonprofitEntity;

  @Index('still_in_use_check_person')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'enum', enum: OUTCOME_ANSWERS, enumName: 'outcome_answer', nullable: true })
  answer: OutcomeAnswer | null;

  @Column({ type: 'text', default: '' })
  comment: string;
}
