import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A mail "delivered" while no SMTP server is configured; the dev mailbox shows these. */
@Entity('dev_mail')
export class DevMailEntity {
  /** The outbox message's id: a repeated delivery overwrites instead of duplicating. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
