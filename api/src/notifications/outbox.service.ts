import { Injectable } from '@nestjs/common';
import { type UiLocale } from '@skillshift/shared';
import { EntityManager } from 'typeorm';
import { type MailTemplate, renderMail } from './mail-layout';
import { MAIL_TEMPLATES, type MailTemplateName, type MailTemplateParams } from './mail-templates';
import { preparedQuery } from '../database/prepared-query';

export interface MailRequest<N extends MailTemplateName> {
  to: string;
  locale: UiLocale;
  template: N;
  params: MailTemplateParams<N>;
  /** After this instant the mail is useless and is marked expired instead of being sent late. */
  expiresAt?: Date;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

@Injectable()
export class OutboxService {
  /**
   * Writes a mail into the outbox with the caller's transaction (`manager`), so the mail exists exactly when the change
   * that causes it is committed. The worker delivers it later, with retries.
   */
  async enqueue<N extends MailTemplateName>(manager: EntityManager, request: MailRequest<N>): Promise<string> {
    // TypeScript cannot narrow the union of templates by the generic name; the request's type ties them together.
    const template = MAIL_TEMPLATES[request.template] as MailTemplate<MailTemplateParams<N>>;
    const rendered = renderMail(template, request.locale, request.params);
    const attachments = (request.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content.toString('base64'),
    }));
    // One plain INSERT (table outbox_message, see OutboxMessageEntity), prepared: answers and publications write
    // hundreds of these in a row.
    const [row] = await preparedQuery<{ id: string }>(
      manager,
      `INSERT INTO outbox_message (to_address, locale, template, subject, body_text, body_html, attachments, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) RETURNING id`,
      [
        request.to,
        request.locale,
        request.template,
        rendered.subject,
        rendered.text,
        rendered.html,
        JSON.stringify(attachments),
        request.expiresAt ?? null,
      ],
    );
    return row.id;
  }
}
