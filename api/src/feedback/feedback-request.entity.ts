import { FEEDBACK_ROLES, OUTCOME_ANSWERS, type FeedbackRole, type OutcomeAnswer } from '@skillshift/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { EventEntity } from '../events/event.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * One feedback mail and its answer: sent when the event became DONE to a volunteer with an accepted place on a
 * challenge, or to a contact of a nonprofit whose challenge was served. The signed link names this row. The answer is
 * given once (`answered_at`); afterwards the link shows it. On erasure the free texts go, the numbers stay.
 */
@Entity('feedback_request')
@Index('feedback_request_unique', ['eventId', 'personId', 'challengeId', 'role'], { unique: true })
export class FeedbackRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('feedback_request_event')
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

  @Index('feedback_request_person')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: FEEDBACK_ROLES, enumName: 'feedback_role' })
  role: FeedbackRole;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  /** Until then the link works. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'enum', enum: OUTCOME_ANSWERS, enumName: 'outcome_answer', nullable: true })
  solved: OutcomeAnswer | null;

  /** To the hundredth, as typed: quarter hours (3,25) are common and must not become 3,3. */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  hours: string | null;

  /** What should happen next, in the person's words. */
  @Column({ name: 'next_steps', type: 'text', default: '' })
  nextSteps: string;

  @Column({ type: 'text', default: '' })
  comment: string;
}
