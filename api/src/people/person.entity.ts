import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('person')
// Addresses are stored lower-cased, so the plain unique index is case-insensitive without an extension (citext).
@Check('person_email_lowercase', `"email" = lower("email")`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * Null only for people an organizer registered at an assisted intake who have no address (a phone call, a paper
   * form); they cannot sign in, and organizers act for them.
   */
  @Index('person_email_unique', { unique: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Empty until the person or whoever invited them gives one. */
  @Column({ type: 'text', default: '' })
  name: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** The language of mails to this person. */
  @Column({ type: 'text', default: 'de' })
  locale: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /**
   * When the person last kept their account without signing in (the link in the retention warning). Sign-ins and
   * registrations are read from their own tables; the retention job takes the latest of all.
   */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true })
  lastActiveAt: Date | null;

  /** Set when the account was erased (by the person, an organizer on request, or the retention job). */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
