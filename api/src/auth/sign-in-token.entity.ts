import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

export const SIGN_IN_PURPOSES = ['SIGN_IN', 'INVITATION'] as const;
export type SignInPurpose = (typeof SIGN_IN_PURPOSES)[number];

/** A link sent by mail. Only the SHA-256 of the token is kept: a copy of the table signs nobody in. */
@Entity('sign_in_token')
export class SignInTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('sign_in_token_hash_unique', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Index('sign_in_token_person')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: SIGN_IN_PURPOSES, enumName: 'sign_in_purpose', default: 'SIGN_IN' })
  purpose: SignInPurpose;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Where the person goes after signing in (a path of the web app), e.g. the registration form they started. */
  @Column({ name: 'redirect_path', type: 'text', nullable: true })
  redirectPath: string | null;

  /** HMAC of the requesting client's address: enough to trace abuse, useless as a list of addresses. */
  @Column({ name: 'requested_ip_hash', type: 'text', nullable: true })
  requestedIpHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
