import { CAUSE_AREAS, type CauseArea, type SkillLevel, WORK_FORMATS, type WorkFormat } from '@skillshift/shared';
import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/** A skill a volunteer offers: taxonomy id and the level they rate themselves at. */
export interface VolunteerSkill {
  skill: string;
  level: SkillLevel;
}

/** What a volunteer offers, kept from event to event; the person's name, e-mail and phone are on person. */
@Entity('volunteer_profile')
export class VolunteerProfileEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text', nullable: true })
  employer: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: VolunteerSkill[];

  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'enum', enum: WORK_FORMATS, enumName: 'work_format', array: true, default: () => "'{}'" })
  formats: WorkFormat[];

  @Column({ type: 'enum', enum: CAUSE_AREAS, enumName: 'cause_area', array: true, default: () => "'{}'" })
  causes: CauseArea[];

  /** The person agreed to be invited to later editions. */
  @Column({ name: 'invite_to_next_editions', type: 'boolean', default: true })
  inviteToNextEditions: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
