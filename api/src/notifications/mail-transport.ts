import nodemailer from 'nodemailer';
import { type PoolClient } from 'pg';

/** One outbox row, ready to go out. */
export interface OutgoingMail {
  id: string;
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface MailTransport {
  /**
   * Delivers one mail. `tx` is the worker's open transaction on the outbox row: a transport that writes into the
   * database (the dev mailbox) uses it, so its delivery commits together with the row's "sent" mark.
   */
  send(mail: OutgoingMail, tx: PoolClient): Promise<void>;
  close(): void;
}

/** A delivery the server refused for good (5xx): retrying cannot help. */
export class PermanentMailError extends Error {}

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as import('nodemailer/lib/smtp-transport').Options);
  return {
    async send(mail) {
      try {
        await transporter.sendMail({
          messageId: mail.messageId,
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments.map((attachment) => ({
            filename: attachment.filename,
            contentType: attachment.contentType,
            content: Buffer.from(attachment.content, 'base64'),
          })),
        });
      } catch (error) {
        const responseCode = (error as { responseCode?: number }).responseCode;
        if (responseCode !== undefined && responseCode >= 500 && responseCode < 600) {
          throw new PermanentMailError((error as Error).message);
        }
        throw error;
      }
    },
    close: () => transporter.close(),
  };
}

/** While no SMTP server is configured, mail is kept in the database and shown at /dev/mailbox. */
export function devMailboxTransport(): MailTransport {
  return {
    async send(mail, tx) {
      await tx.query(
        `INSERT INTO dev_mail (id, message_id, to_address, subject, body_text, body_html)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [mail.id, mail.messageId, mail.to, mail.subject, mail.text, mail.html],
      );
    },
    close: () => undefined,
  };
}
