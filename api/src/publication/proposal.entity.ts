import { PROPOSAL_PARTIES, PROPOSAL_STATUSES, type ProposalParty, type ProposalStatus } from '@skillshift/shared';
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
import { SlotEntity } from '../events/slot.entity';
import { MatchingAssignmentEntity } from '../matching/matching-assignment.entity';
import { PersonEntity } from '../people/person.entity';
import { PublicationEntity } from './publication.entity';

/**
 * A place in a team offered to one volunteer: an assignment of the published run, or a replacement for a place that
 * freed up. The mail links are bound to this row's id. A volunteer holds at most one active place per slot (the
 * partial unique index), and a freed place is replaced at most once (`replaces_id` is unique).
 */
@Entity('proposal')
@Index('proposal_active_volunteer_slot_unique', ['eventId', 'volunteerId', 'slotId'], {
  unique: true,
  where: `"status" IN ('PROPOSED', 'ACCEPTED')`,
})
@Index('proposal_due', ['answerDeadline'], { where: `"status" = 'PROPOSED'` })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('proposal_publication')
  @Column({ name: 'publication_id', type: 'uuid' })
  publicationId: string;

  @ManyToOne(() => PublicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'publication_id' })
  publication?: PublicationEntity;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Index('proposal_challenge')
  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Index('proposal_volunteer')
  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: PersonEntity;

  @Column({ name: 'slot_id', type: 'uuid' })
  slotId: string;

  @ManyToOne(() => SlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot?: SlotEntity;

  /** The run's assignment this proposal publishes; null for replacements. */
  @Index('proposal_assignment_unique', { unique: true })
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @ManyToOne(() => MatchingAssignmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: MatchingAssignmentEntity;

  /** The freed place this proposal fills. */
  @Index('proposal_replaces_unique', { unique: true })
  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaces_id' })
  replaces?: ProposalEntity;

  @Column({ type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status', default: 'PROPOSED' })
  status: ProposalStatus;

  /** The engine's pair score when proposed. */
  @Column({ type: 'double precision', default: 0 })
  score: number;

  /** Until then the volunteer answers (and the mail links work); afterwards an unanswered proposal is EXPIRED. */
  @Column({ name: 'answer_deadline', type: 'timestamptz' })
  answerDeadline: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'enum', enum: PROPOSAL_PARTIES, enumName: 'proposal_party', nullable: true })
  cancelledBy: ProposalParty | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  /** The nonprofit confirmed this member of its team. */
  @Column({ name: 'nonprofit_confirmed_at', type: 'timestamptz', nullable: true })
  nonprofitConfirmedAt: Date | null;

  @Column({ name: 'nonprofit_confirmed_by_id', type: 'uuid', nullable: true })
  nonprofitConfirmedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'nonprofit_confirmed_by_id' })
  nonprofitConfirmedBy?: PersonEntity;

  /** When both sides had confirmed, so contact data became visible to the other side (while ACCEPTED). */
  @Column({ name: 'revealed_at', type: 'timestamptz', nullable: true })
  revealedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
