import { Inject, Injectable } from '@nestjs/common';
import { FEEDBACK_LIMITS, toUiLocale, type EventKind, type OutcomeAnswer, type UiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxService } from '../notifications/outbox.service';
import { stillInUseLink } from './feedback-links';
import { type StillInUseSubject } from './feedback-page';

const DAY = 24 * 60 * 60 * 1000;

interface CheckRow {
  id: string;
  expires_at: Date;
  answered_at: Date | null;
  answer: OutcomeAnswer | null;
  comment: string;
  event: string;
  event_kind: EventKind;
  challenge: string;
  locale: string;
}

export interface StillInUseForPage {
  subject: StillInUseSubject;
  locale: UiLocale;
  expiresAt: Date;
}

export type StillInUseOutcome =
  { kind: 'gone' } | { kind: 'expired'; locale: UiLocale } | { kind: 'recorded' | 'answered'; page: StillInUseForPage };

/**
 * The three-month question. A daily job asks every contact of a nonprofit whose challenge was served at an event
 * that ended FEEDBACK_LIMITS.stillInUseAfterMonths ago (up to a year ago, so old events are not asked at first start)
 * whether the solution is still in use, once per challenge and contact; the answer comes through a signed link and is
 * kept once.
 */
@Injectable()
export class StillInUseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends the questions that are due; returns how many went out. */
  run(now = new Date()): Promise<{ asked: number }> {
    return this.dataSource.transaction(async (manager) => {
      const due = (await manager.query(
        `SELECT DISTINCT e.id AS event_id, e.name AS event, c.id AS challenge_id, c.title AS challenge,
                c.nonprofit_id, p.id AS person_id, p.email, p.name, p.locale
           FROM event e
           JOIN challenge c ON c.event_id = e.id
           JOIN nonprofit_contact nc ON nc.nonprofit_id = c.nonprofit_id
           JOIN person p ON p.id = nc.person_id
          WHERE e.status IN ('DONE', 'ARCHIVED')
            AND e.ends_at + make_interval(months => $2) <= $1
            AND e.ends_at + make_interval(months => $2 + 12) > $1
            AND EXISTS (SELECT 1 FROM proposal x WHERE x.challenge_id = c.id AND x.status = 'ACCEPTED')
            AND p.email IS NOT NULL AND p.erased_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM still_in_use_check s WHERE s.challenge_id = c.id AND s.person_id = p.id)
          ORDER BY e.id, c.id, p.id`,
        [now, FEEDBACK_LIMITS.stillInUseAfterMonths],
      )) as {
        event_id: string;
        event: string;
        challenge_id: string;
        challenge: string;
        nonprofit_id: string;
        person_id: string;
        email: string;
        name: string;
        locale: string;
      }[];
      const expiresAt = new Date(now.getTime() + FEEDBACK_LIMITS.stillInUseLinkDays * DAY);
      let asked = 0;
      for (const row of due) {
        const inserted = (await manager.query(
          `INSERT INTO still_in_use_check (event_id, challenge_id, nonprofit_id, person_id, sent_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (challenge_id, person_id) DO NOTHING RETURNING id`,
          [row.event_id, row.challenge_id, row.nonprofit_id, row.person_id, now, expiresAt],
        )) as { id: string }[];
        if (inserted.length === 0) continue;
        const locale = toUiLocale(row.locale);
        await this.outbox.enqueue(manager, {
          to: row.email,
          locale,
          template: 'stillInUseQuestion',
          params: {
            name: row.name || undefined,
            event: row.event,
            challenge: row.challenge,
            url: stillInUseLink(this.config, { id: inserted[0].id, expiresAt }, locale),
          },
          expiresAt,
        });
        asked += 1;
      }
      return { asked };
    });
  }

  async forPage(id: string): Promise<StillInUseForPage | null> {
    const row = await loadCheck(this.dataSource.manager, id, false);
    return row ? toPage(row) : null;
  }

  answer(id: string, answer: OutcomeAnswer, comment: string, now = new Date()): Promise<StillInUseOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await loadCheck(manager, id, true);
      if (!row) return { kind: 'gone' };
      if (row.answered_at) return { kind: 'answered', page: toPage(row) };
      if (row.expires_at <= now) return { kind: 'expired', locale: toUiLocale(row.locale) };
      await manager.query(`UPDATE still_in_use_check SET answered_at = $2, answer = $3, comment = $4 WHERE id = $1`, [
        id,
        now,
        answer,
        comment,
      ]);
      return { kind: 'recorded', page: toPage((await loadCheck(manager, id, false))!) };
    });
  }
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

async function loadCheck(manager: EntityManager, id: string, lock: boolean): Promise<CheckRow | null> {
  if (!isUuid(id)) return null;
  if (lock) await manager.query(`SELECT 1 FROM still_in_use_check WHERE id = $1 FOR UPDATE`, [id]);
  const rows = (await manager.query(
    `SELECT s.id, s.expires_at, s.answered_at, s.answer, s.comment, e.name AS event, e.kind AS event_kind,
            c.title AS challenge, p.locale
       FROM still_in_use_check s JOIN event e ON e.id = s.event_id JOIN challenge c ON c.id = s.challenge_id
       JOIN person p ON p.id = s.person_id
      WHERE s.id = $1`,
    [id],
  )) as CheckRow[];
  return rows[0] ?? null;
}

function toPage(row: CheckRow): StillInUseForPage {
  return {
    locale: toUiLocale(row.locale),
    expiresAt: row.expires_at,
    subject: {
      id: row.id,
      eventName: row.event,
      eventKind: row.event_kind,
      challengeTitle: row.challenge,
      answeredAt: row.answered_at,
      answer: row.answer,
      comment: row.comment,
    },
  };
}
