import {
  CHALLENGE_STATUSES,
  type ChallengeStatus,
  type SkillLevel,
  WORK_FORMATS,
  type WorkFormat,
} from '@skillshift/shared';
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
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { PersonEntity } from '../people/person.entity';

/** A skill a challenge asks for: taxonomy id, the least level that helps, and whether the team must have it. */
export interface ChallengeSkillNeed {
  skill: string;
  level: SkillLevel;
  required: boolean;
}

/** A nonprofit's digital problem for one event, in its own words; the slots it can attend are in challenge_slot. */
@Entity('challenge')
@Index('challenge_event_status', ['eventId', 'status'])
@Check('challenge_team_size', `"team_min" >= 1 AND "team_min" <= "team_max"`)
@Check('challenge_priority_positive', `"priority" > 0`)
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Index('challenge_nonprofit')
  @Column({ name: 'nonprofit_id', type: 'uuid' })
  nonprofitId: string;

  @ManyToOne(() => NonprofitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nonprofit_id' })
  nonprofit?: NonprofitEntity;

  @Column({ type: 'text' })
  title: string;

  /** What hurts today. */
  @Column({ type: 'text', default: '' })
  problem: string;

  /** What should work after the evening. */
  @Column({ type: 'text', default: '' })
  goal: string;

  /** Who benefits. */
  @Column({ type: 'text', default: '' })
  beneficiaries: string;

  /** Tools and systems in use. */
  @Column({ type: 'text', default: '' })
  tools: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: ChallengeSkillNeed[];

  @Column({ name: 'team_min', type: 'integer', default: 1 })
  teamMin: number;

  @Column({ name: 'team_max', type: 'integer', default: 3 })
  teamMax: number;

  /** ISO 639-1 codes; every team member speaks one of them. Empty: no constraint. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'enum', enum: WORK_FORMATS, enumName: 'work_format', default: 'ONSITE' })
  format: WorkFormat;

  /** The one-evening checklist. */
  @Column({ name: 'decision_maker_present', type: 'boolean', default: false })
  decisionMakerPresent: boolean;

  @Column({ name: 'access_ready', type: 'boolean', default: false })
  accessReady: boolean;

  @Column({ name: 'fits_one_evening', type: 'boolean', default: false })
  fitsOneEvening: boolean;

  @Column({ type: 'enum', enum: CHALLENGE_STATUSES, enumName: 'challenge_status', default: 'DRAFT' })
  status: ChallengeStatus;

  /** Set by organizers: 1 by default, higher for groups that are hard to reach. */
  @Column({ type: 'integer', default: 1 })
  priority: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
