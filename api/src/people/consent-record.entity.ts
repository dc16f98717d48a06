import { CONSENT_METHODS, CONSENT_PURPOSES, type ConsentMethod, type ConsentPurpose } from '@skillshift/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/**
 * A consent a person gave: for what, to which version of the text, when and how (online, or recorded by an
 * organizer at an assisted intake). Rows are only added; a withdrawal sets `withdrawnAt`.
 */
@Entity('consent_record')
@Index('consent_record_person', ['personId', 'givenAt'])
export class ConsentRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: CONSENT_PURPOSES, enumName: 'consent_purpose' })
  purpose: ConsentPurpose;

  @Column({ name: 'text_version', type: 'text' })
  textVersion: string;

  @Column({ type: 'enum', enum: CONSENT_METHODS, enumName: 'consent_method' })
  method: ConsentMethod;

  /** The organizer who recorded a consent given by phone, on paper or in person. */
  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: PersonEntity;

  @CreateDateColumn({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
