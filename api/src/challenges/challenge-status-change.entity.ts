import { CHALLENGE_STATUSES, type ChallengeStatus } from '@skillshift/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ChallengeEntity } from './challenge.entity';

/**
 * One step in a challenge's status history, with what was said: the organizer's question (NEEDS_INFO), the
 * nonprofit's answer (back to SUBMITTED) or the reason of a rejection. Rows are only ever added.
 */
@Entity('challenge_status_change')
@Index('challenge_status_change_challenge', ['challengeId', 'createdAt'])
export class ChallengeStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ name: 'from_status', type: 'enum', enum: CHALLENGE_STATUSES, enumName: 'challenge_status', nullable: true })
  fromStatus: ChallengeStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: CHALLENGE_STATUSES, enumName: 'challenge_status' })
  toStatus: ChallengeStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
