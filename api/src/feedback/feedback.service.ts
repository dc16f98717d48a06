import { Inject, Injectable } from '@nestjs/common';
import {
  FEEDBACK_LIMITS,
  toUiLocale,
  type EventKind,
  type FeedbackRole,
  type FollowUpKind,
  type UiLocale,
} from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { openFollowUpTasks } from '../follow-ups/follow-up-requests';
import { OutboxService } from '../notifications/outbox.service';
import { formatMoment } from '../publication/publication-texts';
import { type FeedbackAnswer } from './feedback-form';
import { feedbackLink } from './feedback-links';
import { type FeedbackSubject } from './feedback-page';

const DAY = 24 * 60 * 60 * 1000;

interface Recipient {
  person_id: string;
  email: string;
  name: string;
  locale: string;
  role: FeedbackRole;
  challenge_id: string;
  challenge: string;
  nonprofit_id: string;
  nonprofit: string;
}

interface RequestRow {
  id: string;
  role: FeedbackRole;
  person_id: string;
  event_id: string;
  organizing_body_id: string | null;
  challenge_id: string;
  nonprofit_id: string;
  expires_at: Date;
  answered_at: Date | null;
  rating: number | null;
  solved: FeedbackSubject['solved'];
  hours: string | null;
  next_steps: string;
  comment: string;
  event: string;
  event_kind: EventKind;
  challenge: string;
  nonprofit: string;
  locale: string;
  follow_ups: FollowUpKind[];
  help_topic: FeedbackSubject['helpTopic'];
  follow_up_note: string;
}

export interface FeedbackForPage {
  subject: FeedbackSubject;
  locale: UiLocale;
  expiresAt: Date;
}

export type FeedbackOutcome =
  { kind: 'gone' } | { kind: 'expired'; locale: UiLocale } | { kind: 'recorded' | 'answered'; page: FeedbackForPage };

/**
 * Feedback after the event. When an event becomes DONE, every volunteer with an accepted place and every contact of a
 * nonprofit whose challenge was served (it had an accepted place) gets one request per challenge, with a signed link.
 * The answer is given once: a second submit shows what was saved (a changed answer would make the impact figures
 * drift after a report went out). A nonprofit's answer may open follow-up tasks in the same transaction.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs in the transaction that marks the event DONE (its row is locked); returns how many requests went out. */
  async requestFeedback(manager: EntityManager, eventId: string, now = new Date()): Promise<number> {
    const recipients = (await manager.query(
      `WITH served AS (
         SELECT DISTINCT p.challenge_id FROM proposal p WHERE p.event_id = $1 AND p.status = 'ACCEPTED'
       ), wanted AS (
         SELECT DISTINCT p.volunteer_id AS person_id, 'VOLUNTEER'::feedback_role AS role, p.challenge_id
           FROM proposal p WHERE p.event_id = $1 AND p.status = 'ACCEPTED'
         UNION
         SELECT nc.person_id, 'NONPROFIT'::feedback_role, c.id
           FROM challenge c JOIN served s ON s.challenge_id = c.id
           JOIN nonprofit_contact nc ON nc.nonprofit_id = c.nonprofit_id
       )
       SELECT w.person_id, w.role, p.email, p.name, p.locale, c.id AS challenge_id, c.title AS challenge,
              n.id AS nonprofit_id, n.name AS nonprofit
         FROM wanted w JOIN person p ON p.id = w.person_id
         JOIN challenge c ON c.id = w.challenge_id JOIN nonprofit n ON n.id = c.nonprofit_id
        WHERE p.email IS NOT NULL AND p.erased_at IS NULL
        ORDER BY w.role DESC, c.title, p.id`,
      [eventId],
    )) as Recipient[];
    if (recipients.length === 0) return 0;
    const [event] = (await manager.query(`SELECT name FROM event WHERE id = $1`, [eventId])) as { name: string }[];
    const expiresAt = new Date(now.getTime() + FEEDBACK_LIMITS.linkDays * DAY);
    let sent = 0;
    for (const recipient of recipients) {
      const inserted = (await manager.query(
        `INSERT INTO feedback_request (event_id, challenge_id, nonprofit_id, person_id, role, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (event_id, person_id, challenge_id, role) DO NOTHING RETURNING id`,
        [eventId, recipient.challenge_id, recipient.nonprofit_id, recipient.person_id, recipient.role, expiresAt],
      )) as { id: string }[];
      if (inserted.length === 0) continue;
      const locale = toUiLocale(recipient.locale);
      await this.outbox.enqueue(manager, {
        to: recipient.email,
        locale,
        template: 'feedbackRequest',
        params: {
          name: recipient.name || undefined,
          role: recipient.role,
          event: event.name,
          challenge: recipient.challenge,
          nonprofit: recipient.nonprofit,
          until: formatMoment(expiresAt, locale),
          url: feedbackLink(this.config, { id: inserted[0].id, expiresAt }, locale),
        },
        expiresAt,
      });
      sent += 1;
    }
    return sent;
  }

  async forPage(id: string): Promise<FeedbackForPage | null> {
    const row = await loadRequest(this.dataSource.manager, id, false);
    return row ? toPage(row) : null;
  }

  /** Records the answer once, with its follow-up tasks; a request already answered stays as it was. */
  answer(id: string, answer: FeedbackAnswer, now = new Date()): Promise<FeedbackOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await loadRequest(manager, id, true);
      if (!row) return { kind: 'gone' };
      if (row.answered_at) return { kind: 'answered', page: toPage(row) };
      if (row.expires_at <= now) return { kind: 'expired', locale: toUiLocale(row.locale) };
      await manager.query(
        `UPDATE feedback_request SET answered_at = $2, rating = $3, solved = $4, hours = $5, next_steps = $6, comment = $7
          WHERE id = $1`,
        [id, now, answer.rating, answer.solved, answer.hours, answer.nextSteps, answer.comment],
      );
      if (row.role === 'NONPROFIT' && row.organizing_body_id && answer.followUps.length > 0)
        await openFollowUpTasks(
          manager,
          {
            organizingBodyId: row.organizing_body_id,
            eventId: row.event_id,
            nonprofitId: row.nonprofit_id,
            challengeId: row.challenge_id,
            feedbackRequestId: row.id,
            kinds: answer.followUps,
            helpTopic: answer.helpTopic,
            note: answer.followUpNote,
            requestedById: row.person_id,
          },
          now,
        );
      return { kind: 'recorded', page: toPage((await loadRequest(manager, id, false))!) };
    });
  }
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

async function loadRequest(manager: EntityManager, id: string, lock: boolean): Promise<RequestRow | null> {
  if (!isUuid(id)) return null;
  if (lock) await manager.query(`SELECT 1 FROM feedback_request WHERE id = $1 FOR UPDATE`, [id]);
  const rows = (await manager.query(
    `SELECT f.id, f.role, f.person_id, f.event_id, e.organizing_body_id, f.challenge_id, f.nonprofit_id, f.expires_at,
            f.answered_at, f.rating, f.solved, f.hours, f.next_steps, f.comment, e.name AS event, e.kind AS event_kind,
            c.title AS challenge,
            n.name AS nonprofit, p.locale,
            coalesce((SELECT array_agg(t.kind::text ORDER BY t.kind) FROM follow_up_task t WHERE t.feedback_request_id = f.id),
                     '{}') AS follow_ups,
            (SELECT t.help_topic FROM follow_up_task t WHERE t.feedback_request_id = f.id AND t.kind = 'REFERRAL' LIMIT 1)
              AS help_topic,
            coalesce((SELECT t.request_note FROM follow_up_task t WHERE t.feedback_request_id = f.id LIMIT 1), '')
              AS follow_up_note
       FROM feedback_request f JOIN event e ON e.id = f.event_id JOIN challenge c ON c.id = f.challenge_id
       JOIN nonprofit n ON n.id = f.nonprofit_id JOIN person p ON p.id = f.person_id
      WHERE f.id = $1`,
    [id],
  )) as RequestRow[];
  return rows[0] ?? null;
}

function toPage(row: RequestRow): FeedbackForPage {
  return {
    locale: toUiLocale(row.locale),
    expiresAt: row.expires_at,
    subject: {
      id: row.id,
      role: row.role,
      eventName: row.event,
      eventKind: row.event_kind,
      challengeTitle: row.challenge,
      nonprofitName: row.nonprofit,
      answeredAt: row.answered_at,
      rating: row.rating,
      solved: row.solved,
      hours: row.hours === null ? null : Number(row.hours),
      nextSteps: row.next_steps,
      comment: row.comment,
      followUps: row.follow_ups,
      helpTopic: row.help_topic,
      followUpNote: row.follow_up_note,
    },
  };
}
