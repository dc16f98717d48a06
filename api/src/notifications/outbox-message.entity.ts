import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'EXPIRED', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * A mail that must go out because something changed. It is written in the same transaction as that change and
 * rendered at once, so the worker only delivers: what the person reads is fixed when the cause happened.
 */
@Entity('outbox_message')
@Index('outbox_message_due', ['status', 'nextAttemptAt'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  /** Attachments such as calendar invitations: [{ filename, contentType, content (base64) }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: { filename: string; contentType: string; content: string }[];

  @Column({ type: 'enum', enum: OUTBOX_STATUSES, enumName: 'outbox_status', default: 'PENDING' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** After this instant the mail is useless (a sign-in link that has expired) and is not sent late. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
