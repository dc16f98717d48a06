import { Inject, Injectable } from '@nestjs/common';
import { RETENTION_WARNING_DAYS, toUiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { signLink } from '../common/signed-links/signed-link';
import { logger } from '../common/logging/logger';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxService } from '../notifications/outbox.service';
import { eraseAccount } from './account-erasure';

export const KEEP_ACCOUNT_PURPOSE = 'keep-account';
export const KEEP_ACCOUNT_PATH = '/api/account/keep';
const DAY = 24 * 60 * 60 * 1000;

export interface RetentionResult {
  warned: number;
  purged: number;
}

/**
 * The latest sign of life of a person: account created, a sign-in (session use, sign-in link), a registration, a
 * challenge written, or the "keep my account" link. Staff accounts (organizers, admins) are left to their bodies.
 */
const LAST_ACTIVE = `GREATEST(
    p.created_at, p.last_active_at,
    (SELECT max(s.last_seen_at) FROM session s WHERE s.person_id = p.id),
    (SELECT max(t.used_at) FROM sign_in_token t WHERE t.person_id = p.id),
    (SELECT max(r.created_at) FROM volunteer_registration r WHERE r.person_id = p.id),
    (SELECT max(c.updated_at) FROM challenge c WHERE c.created_by_id = p.id))`;
const NOT_STAFF = `NOT EXISTS (SELECT 1 FROM role_assignment a
                    WHERE a.person_id = p.id AND a.role IN ('ORGANIZER', 'PLATFORM_ADMIN'))`;

interface Candidate {
  id: string;
  email: string | null;
  name: string;
  locale: string;
  last_active: Date;
  warned_at: Date | null;
  purge_after: Date | null;
}

/**
 * Retention of contact data (GDPR Art. 5(1)(e)): people inactive longer than RETENTION_INACTIVE_MONTHS are erased
 * like an erasure on request. RETENTION_WARNING_DAYS before, they get a mail whose link keeps the account (so does
 * signing in). People without an address cannot be warned and are erased when the period is over. Every decision is
 * taken again inside the person's own transaction, with the row locked, so activity at the last moment wins.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(now = new Date()): Promise<RetentionResult> {
    const result: RetentionResult = { warned: 0, purged: 0 };
    const candidates = (await this.dataSource.query(
      `SELECT p.id FROM person p
        WHERE p.erased_at IS NULL AND ${NOT_STAFF}
          AND ${LAST_ACTIVE} <= $1::timestamptz - make_interval(months => $2::int) + make_interval(days => $3::int)`,
      [now, this.config.retentionInactiveMonths, RETENTION_WARNING_DAYS],
    )) as { id: string }[];
    for (const { id } of candidates) {
      try {
        const outcome = await this.dataSource.transaction((manager) => this.decide(manager, id, now));
        if (outcome === 'warned') result.warned += 1;
        if (outcome === 'purged') result.purged += 1;
      } catch (error) {
        // One person's problem must not stop the others; the next run tries again.
        logger.error({ err: error, personId: id }, 'retention step failed');
      }
    }
    if (result.warned + result.purged > 0) logger.info(result, 'retention job finished');
    return result;
  }

  private async decide(manager: EntityManager, personId: string, now: Date): Promise<'warned' | 'purged' | null> {
    const rows = (await manager.query(
      `SELECT p.id, p.email, p.name, p.locale, ${LAST_ACTIVE} AS last_active, w.warned_at, w.purge_after
         FROM person p LEFT JOIN retention_warning w ON w.person_id = p.id
        WHERE p.id = $1 AND p.erased_at IS NULL AND ${NOT_STAFF}
          FOR UPDATE OF p`,
      [personId],
    )) as Candidate[];
    const person = rows[0];
    if (!person) return null;
    const limit = subtractMonths(now, this.config.retentionInactiveMonths);
    const warnFrom = new Date(limit.getTime() + RETENTION_WARNING_DAYS * DAY);
    if (person.last_active > warnFrom) return null;
    // A warning counts only for the stretch of inactivity it was sent in.
    const warning = person.warned_at && person.warned_at >= person.last_active ? person : null;
    if (!person.email) {
      if (person.last_active > limit) return null;
      await this.purge(manager, personId);
      return 'purged';
    }
    if (!warning) {
      await this.warn(manager, person, now);
      return 'warned';
    }
    if (warning.purge_after! > now) return null;
    await this.purge(manager, personId);
    return 'purged';
  }

  private async warn(manager: EntityManager, person: Candidate, now: Date): Promise<void> {
    const purgeAfter = new Date(now.getTime() + RETENTION_WARNING_DAYS * DAY);
    await manager.query(
      `INSERT INTO retention_warning (person_id, warned_at, purge_after) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET warned_at = EXCLUDED.warned_at, purge_after = EXCLUDED.purge_after`,
      [person.id, now, purgeAfter],
    );
    const token = signLink(this.config.appSecret, {
      purpose: KEEP_ACCOUNT_PURPOSE,
      subject: person.id,
      expiresAt: purgeAfter,
    });
    const locale = toUiLocale(person.locale);
    await this.outbox.enqueue(manager, {
      to: person.email!,
      locale,
      template: 'retentionWarning',
      params: {
        name: person.name || undefined,
        months: this.config.retentionInactiveMonths,
        date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(purgeAfter),
        url: `${this.config.publicUrl}${KEEP_ACCOUNT_PATH}?token=${encodeURIComponent(token)}&lang=${locale}`,
        signInUrl: `${this.config.publicUrl}/sign-in`,
      },
      expiresAt: purgeAfter,
    });
  }

  private async purge(manager: EntityManager, personId: string): Promise<void> {
    const { bodies } = await eraseAccount(manager, personId);
    for (const organizingBodyId of bodies)
      await recordAudit(manager, {
        organizingBodyId,
        eventId: null,
        actor: null,
        action: 'ACCOUNT_ERASED',
        subjectType: 'PERSON',
        subjectId: personId,
        details: { reason: 'RETENTION' },
      });
  }

  /**
   * The link in the warning mail: the person is active again and the warning void. False when the link is not valid
   * or the account is already gone.
   */
  async keep(personId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = (await manager.query(
        `UPDATE person SET last_active_at = now() WHERE id = $1 AND erased_at IS NULL RETURNING id`,
        [personId],
      )) as [unknown[], number];
      if (result[1] === 0) return false;
      await manager.query(`DELETE FROM retention_warning WHERE person_id = $1`, [personId]);
      return true;
    });
  }
}

/** The same day of the month `months` earlier (clamped to the month's last day), at the same time. */
export function subtractMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
