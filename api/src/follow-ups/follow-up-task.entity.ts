import {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_STATUSES,
  HELP_TOPICS,
  type FollowUpKind,
  type FollowUpStatus,
  type HelpTopic,
} from '@skillshift/shared';
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
import { ChallengeEntity } from '../challenges/challenge.entity';
import { EventEntity } from '../events/event.entity';
import { HelpPointEntity } from '../help-points/help-point.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { OrganizingBodyEntity } from '../people/organizing-body.entity';
import { PersonEntity } from '../people/person.entity';
import { FeedbackRequestEntity } from '../feedback/feedback-request.entity';

/**
 * What a nonprofit asked for after an event (another session, a mentorship, a referral to a help point), on the list
 * of the body's organizers: who owns it, its status and due date, their notes. A referral ends with a mail to the
 * nonprofit that names the help point.
 */
@Entity('follow_up_task')
@Index('follow_up_task_body_status', ['organizingBodyId', 'status'])
export class FollowUpTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organizing_body_id', type: 'uuid' })
  organizingBodyId: string;

  @ManyToOne(() => OrganizingBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizing_body_id' })
  organizingBody?: OrganizingBodyEntity;

  @Index('follow_up_task_event')
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'nonprofit_id', type: 'uuid' })
  nonprofitId: string;

  @ManyToOne(() => NonprofitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nonprofit_id' })
  nonprofit?: NonprofitEntity;

  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId: string | null;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ name: 'feedback_request_id', type: 'uuid', nullable: true })
  feedbackRequestId: string | null;

  @ManyToOne(() => FeedbackRequestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'feedback_request_id' })
  feedbackRequest?: FeedbackRequestEntity;

  @Column({ type: 'enum', enum: FOLLOW_UP_KINDS, enumName: 'follow_up_kind' })
  kind: FollowUpKind;

  @Column({ type: 'enum', enum: FOLLOW_UP_STATUSES, enumName: 'follow_up_status', default: 'OPEN' })
  status: FollowUpStatus;

  /** For a referral: what the nonprofit needs help with; the organizer picks a help point for it. */
  @Column({ name: 'help_topic', type: 'enum', enum: HELP_TOPICS, enumName: 'help_topic', nullable: true })
  helpTopic: HelpTopic | null;

  @Column({ name: 'help_point_id', type: 'uuid', nullable: true })
  helpPointId: string | null;

  @ManyToOne(() => HelpPointEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'help_point_id' })
  helpPoint?: HelpPointEntity;

  /** The help point's name when the referral went out, so the task still says it if the point is removed. */
  @Column({ name: 'help_point_name', type: 'text', default: '' })
  helpPointName: string;

  @Column({ name: 'referral_sent_at', type: 'timestamptz', nullable: true })
  referralSentAt: Date | null;

  /** What the nonprofit wrote when asking. */
  @Column({ name: 'request_note', type: 'text', default: '' })
  requestNote: string;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: PersonEntity;

  /** An organizer of the body. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: PersonEntity;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
