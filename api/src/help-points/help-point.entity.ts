import { HELP_TOPICS, type HelpTopic } from '@skillshift/shared';
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
import { OrganizingBodyEntity } from '../people/organizing-body.entity';

/**
 * A help point for digital participation that an organizing body refers people to: a public place (library,
 * neighbourhood centre, senior office), so nothing here is personal data.
 */
@Entity('help_point')
export class HelpPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('help_point_organizing_body')
  @Column({ name: 'organizing_body_id', type: 'uuid' })
  organizingBodyId: string;

  @ManyToOne(() => OrganizingBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizing_body_id' })
  organizingBody?: OrganizingBodyEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  street: string;

  @Column({ name: 'postal_code', type: 'text', default: '' })
  postalCode: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', default: '' })
  district: string;

  /** Free text in the body's words ("Mo–Do 10–16 Uhr, Fr nach Vereinbarung"). */
  @Column({ name: 'opening_hours', type: 'text' })
  openingHours: string;

  /** ISO 639-1 codes of the languages spoken there. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'enum', enum: HELP_TOPICS, enumName: 'help_topic', array: true, default: () => "'{}'" })
  topics: HelpTopic[];

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
