import { CAUSE_AREAS, type CauseArea, LEGAL_FORMS, type LegalForm } from '@skillshift/shared';
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
import { PersonEntity } from '../people/person.entity';

/**
 * A nonprofit (Verein, gGmbH, initiative) registered with one organizing body; its contacts (nonprofit_contact)
 * describe its challenges. Names are unique per body, compared by `nameKey` (lower case, single spaces).
 */
@Entity('nonprofit')
@Index('nonprofit_name_in_body_unique', ['organizingBodyId', 'nameKey'], { unique: true })
export class NonprofitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('nonprofit_organizing_body')
  @Column({ name: 'organizing_body_id', type: 'uuid' })
  organizingBodyId: string;

  @ManyToOne(() => OrganizingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizing_body_id' })
  organizingBody?: OrganizingBodyEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_key', type: 'text' })
  nameKey: string;

  @Column({ name: 'legal_form', type: 'enum', enum: LEGAL_FORMS, enumName: 'legal_form' })
  legalForm: LegalForm;

  @Column({ type: 'enum', enum: CAUSE_AREAS, enumName: 'cause_area', array: true, default: () => "'{}'" })
  causes: CauseArea[];

  @Column({ type: 'text', default: '' })
  street: string;

  @Column({ name: 'postal_code', type: 'text', default: '' })
  postalCode: string;

  @Column({ type: 'text', default: '' })
  city: string;

  /** The city district (Stadtteil), for the impact figures by district. */
  @Column({ type: 'text', default: '' })
  district: string;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Where the organisation is, for the city's geoportal; set by the nonprofit or an organizer. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /** The nonprofit agreed that name, causes, district and location appear on public maps. */
  @Column({ name: 'publish_on_map', type: 'boolean', default: false })
  publishOnMap: boolean;

  /**
   * Its contacts hear of the body's next editions (next-edition.service.ts). On unless turned off (by a contact, or by
   * an organizer recording the nonprofit's wish; only a contact turns it on again): the nonprofit brought a challenge
   * before, and the invitation is one mail per edition.
   */
  @Column({ name: 'invite_to_next_editions', type: 'boolean', default: true })
  inviteToNextEditions: boolean;

  /** When the invitations were last turned off or on, and by whom (null: as the nonprofit registered). */
  @Column({ name: 'invitations_changed_at', type: 'timestamptz', nullable: true })
  invitationsChangedAt: Date | null;

  @Column({ name: 'invitations_changed_by_id', type: 'uuid', nullable: true })
  invitationsChangedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invitations_changed_by_id' })
  invitationsChangedBy?: PersonEntity;

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
