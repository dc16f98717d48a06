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

  /**
   * Tells the organizer who asked back (the last question's author) that the nonprofit answered, with the answer:
   * otherwise the challenge only reappeared among the submitted ones. Where that person no longer organizes the body
   * (or has no address), every organizer of the body with an address is told. With the caller's transaction.
   */
  async notifyAsker(
    manager: EntityManager,
    challenge: { id: string; title: string; nonprofitId: string; eventId: string },
    answer: string,
  ): Promise<void> {
    const rows = (await manager.query(
      `WITH body AS (
         SELECT e.organizing_body_id AS id, e.name AS event FROM event e WHERE e.id = $2
       ), organizers AS (
         SELECT p.id, p.email, p.name, p.locale
           FROM role_assignment r JOIN person p ON p.id = r.person_id, body
          WHERE r.role = 'ORGANIZER' AND r.organizing_body_id = body.id AND p.email IS NOT NULL
       ), asker AS (
         SELECT actor_id AS id FROM challenge_status_change
          WHERE challenge_id = $1 AND to_status = 'NEEDS_INFO' ORDER BY created_at DESC LIMIT 1
       )
       SELECT o.email, o.name, o.locale, body.event, n.name AS nonprofit
         FROM organizers o, body, nonprofit n
        WHERE n.id = $3
          AND (o.id IN (SELECT id FROM asker) OR NOT EXISTS (SELECT 1 FROM organizers WHERE id IN (SELECT id FROM asker)))
        ORDER BY o.email`,
      [challenge.id, challenge.eventId, challenge.nonprofitId],
    )) as (Omit<Recipient, 'nonprofit'> & { event: string; nonprofit: string })[];
    for (const recipient of rows)
      await this.outbox.enqueue(manager, {
        to: recipient.email,
        locale: toUiLocale(recipient.locale),
        template: 'challengeAnswered',
        params: {
          name: recipient.name || undefined,
          challenge: challenge.title,
          nonprofit: recipient.nonprofit,
          event: recipient.event,
          url: this.challengeUrl(challenge.id),
          answer,
        },
      });
  }
}
