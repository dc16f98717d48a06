import {
  Controller,
  Get,
  Header,
  HttpStatus,
  Inject,
  NotFoundException,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Res,
} from '@nestjs/common';
import { type Response } from 'express';
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

  /**
   * A mail's attachment as the recipient's mail program would save it (the calendar invitation of a proposal, say), so
   * that what it holds can be opened and checked without a real mail server.
   */
  @Get('mailbox-attachments/:mailId/:index')
  async attachment(
    // (An id that cannot be one names no attachment: not found, as when SMTP is configured and the mailbox is off.)
    @Param('mailId', new ParseUUIDPipe({ errorHttpStatusCode: HttpStatus.NOT_FOUND })) mailId: string,
    @Param('index', new ParseIntPipe({ errorHttpStatusCode: HttpStatus.NOT_FOUND })) index: number,
    @Res() response: Response,
  ): Promise<void> {
    if (this.config.smtpUrl) throw new NotFoundException();
    const [row] = (await this.mails.manager.query(
      `SELECT o.attachments -> $2::int AS file FROM outbox_message o JOIN dev_mail d ON d.id = o.id WHERE o.id = $1`,
      [mailId, index],
    )) as { file: { filename: string; contentType: string; content: string } | null }[];
    if (!row?.file) throw new NotFoundException();
    response
      .status(200)
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Type', row.file.contentType)
      .attachment(row.file.filename)
      .send(Buffer.from(row.file.content, 'base64'));
  }
}
