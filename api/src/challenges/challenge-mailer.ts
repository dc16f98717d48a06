import { Inject, Injectable } from '@nestjs/common';
import { toUiLocale } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxService } from '../notifications/outbox.service';

export type CurationMail =
  | { template: 'challengeQuestion'; question: string }
  | { template: 'challengeAccepted' }
  | { template: 'challengeRejected'; reason: string };

interface Recipient {
  email: string;
  name: string;
  locale: string;
  nonprofit: string;
}

/** Tells every contact of a challenge's nonprofit, each in their own language, what the organizers decided. */
@Injectable()
export class ChallengeMailer {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  challengeUrl(challengeId: string): string {
    return `${this.config.publicUrl}/challenges/${challengeId}`;
  }

  nonprofitUrl(nonprofitId: string): string {
    return `${this.config.publicUrl}/nonprofits/${nonprofitId}`;
  }

  /** Writes the mails with the caller's transaction: they exist exactly when the decision is committed. */
  async notifyContacts(
    manager: EntityManager,
    challenge: { id: string; title: string; nonprofitId: string },
    eventName: string,
    mail: CurationMail,
  ): Promise<void> {
    // People registered on paper or by phone have no address; organizers tell them themselves.
    const recipients = (await manager.query(
      `SELECT p.email, p.name, p.locale, n.name AS nonprofit
         FROM nonprofit_contact nc JOIN person p ON p.id = nc.person_id JOIN nonprofit n ON n.id = nc.nonprofit_id
        WHERE nc.nonprofit_id = $1 AND p.email IS NOT NULL
        ORDER BY p.email`,
      [challenge.nonprofitId],
    )) as Recipient[];
    for (const recipient of recipients) {
      const base = { to: recipient.email, locale: toUiLocale(recipient.locale) };
      const params = {
        name: recipient.name || undefined,
        challenge: challenge.title,
        nonprofit: recipient.nonprofit,
        event: eventName,
        url: this.challengeUrl(challenge.id),
      };
      if (mail.template === 'challengeQuestion')
        await this.outbox.enqueue(manager, {
          ...base,
          template: mail.template,
          params: { ...params, question: mail.question },
        });
      else if (mail.template === 'challengeRejected')
        await this.outbox.enqueue(manager, {
          ...base,
          template: mail.template,
          params: { ...params, reason: mail.reason },
        });
      else await this.outbox.enqueue(manager, { ...base, template: mail.template, params });
    }
  }
}
