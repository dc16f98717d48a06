import { Controller, Get, Header, Inject, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DevMailEntity } from './dev-mail.entity';

const URL_PATTERN = /https?:\/\/[^\s<>"')]+/g;

/** The dev mailbox as JSON, newest first; only while no SMTP server is configured. */
@Controller('dev')
export class DevMailboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(DevMailEntity) private readonly mails: Repository<DevMailEntity>,
  ) {}

  @Get('mailbox.json')
  @Header('Cache-Control', 'no-store')
  async list() {
    if (this.config.smtpUrl) throw new NotFoundException();
    const mails = await this.mails.find({ order: { createdAt: 'DESC' }, take: 200 });
    // A dev mail has the id of the outbox message it delivered, which keeps the attachments: their names are listed.
    const outbox = (await this.mails.manager.query(
      `SELECT id, attachments FROM outbox_message WHERE id = ANY($1::uuid[])`,
      [mails.map((mail) => mail.id)],
    )) as { id: string; attachments: { filename: string }[] | null }[];
    const attachments = new Map(outbox.map((row) => [row.id, (row.attachments ?? []).map((file) => file.filename)]));
    return mails.map((mail) => ({
      id: mail.id,
      messageId: mail.messageId,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.bodyText,
      html: mail.bodyHtml,
      links: [...new Set(mail.bodyText.match(URL_PATTERN) ?? [])],
      attachments: attachments.get(mail.id) ?? [],
      createdAt: mail.createdAt.toISOString(),
    }));
  }
}
