import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { type UiLocale, toUiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidInput, tooManyRequests } from '../common/errors/domain-error';
import { RateLimiter, type RateLimitRule } from '../common/rate-limit/rate-limiter';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxService } from '../notifications/outbox.service';
import { isValidEmail, mailboxKey, normalizeEmail } from './email-address';
import { SessionService } from './session.service';
import { type SignInPurpose } from './sign-in-token.entity';
import { keyedHash, newToken, sha256 } from './tokens';

export const SIGN_IN_OPTIONS = Symbol('SIGN_IN_OPTIONS');

export interface SignInOptions {
  perMailbox: RateLimitRule[];
  perClient: RateLimitRule[];
  /** Every answer to a link request takes at least this long, known address or not (no timing oracle). */
  minimumAnswerMillis: number;
}

export const DEFAULT_SIGN_IN_OPTIONS: SignInOptions = {
  perMailbox: [
    { name: 'sign-in:mailbox', limit: 5, windowSeconds: 15 * 60 },
    { name: 'sign-in:mailbox-day', limit: 20, windowSeconds: 24 * 3600 },
  ],
  // Generous enough for a help point where several people sign in from one network.
  perClient: [{ name: 'sign-in:client', limit: 30, windowSeconds: 15 * 60 }],
  minimumAnswerMillis: 400,
};

/** How long a link works. An invitation waits in an inbox longer than a link someone just asked for. */
export const TOKEN_LIFETIME_MINUTES: Record<SignInPurpose, number> = { SIGN_IN: 10, INVITATION: 3 * 24 * 60 };

export interface LinkRecipient {
  id: string;
  email: string;
  name: string;
}

/** Passwordless sign-in: links by mail that work once, and their exchange for a session. */
@Injectable()
export class SignInService {
  private readonly limiter: RateLimiter;
  private readonly options: SignInOptions;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly sessions: SessionService,
    @Optional() @Inject(SIGN_IN_OPTIONS) options?: SignInOptions,
  ) {
    this.limiter = new RateLimiter(dataSource);
    this.options = options ?? DEFAULT_SIGN_IN_OPTIONS;
  }

  /**
   * Mails a sign-in link when the address belongs to a person, and does nothing else otherwise: the answer, its
   * timing and the rate limits are the same either way, so nobody learns who has an account. Unknown addresses get
   * no mail at all, so this form cannot be used to send mail to strangers.
   */
  async requestLink(rawEmail: string, requestedLocale: string | null | undefined, clientIp: string): Promise<void> {
    const email = normalizeEmail(rawEmail);
    if (!email) throw invalidInput([{ path: 'email', messageKey: 'validation.isNotEmpty' }]);
    if (!isValidEmail(email)) throw invalidInput([{ path: 'email', messageKey: 'validation.isEmail' }]);
    const answerAfter = Date.now() + this.options.minimumAnswerMillis;
    const ipHash = keyedHash(this.config.appSecret, `ip:${clientIp}`);
    await this.enforce(this.options.perClient, ipHash);
    await this.enforce(this.options.perMailbox, keyedHash(this.config.appSecret, `mailbox:${mailboxKey(email)}`));

    await this.dataSource.transaction(async (manager) => {
      const people = (await manager.query(`SELECT id, email, name, locale FROM person WHERE email = $1`, [
        email,
      ])) as (LinkRecipient & { locale: string })[];
      const person = people[0];
      if (!person) return;
      const locale = toUiLocale(requestedLocale ?? person.locale);
      await this.issueLink(manager, person, 'SIGN_IN', locale, ipHash);
    });
    const remaining = answerAfter - Date.now();
    if (remaining > 0) await sleep(remaining);
  }

  /** Creates a token and writes its mail into the outbox with the caller's transaction. */
  async issueLink(
    manager: EntityManager,
    person: LinkRecipient,
    purpose: SignInPurpose,
    locale: UiLocale,
    requestedIpHash: string | null = null,
    organizingBodyName = '',
  ): Promise<void> {
    const token = newToken();
    const minutes = TOKEN_LIFETIME_MINUTES[purpose];
    const rows = (await manager.query(
      `INSERT INTO sign_in_token (token_hash, person_id, purpose, expires_at, requested_ip_hash)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4), $5) RETURNING expires_at`,
      [sha256(token), person.id, purpose, minutes, requestedIpHash],
    )) as { expires_at: Date }[];
    const url = this.verifyUrl(token, locale);
    const base = { to: person.email, locale, expiresAt: rows[0].expires_at };
    const name = person.name || undefined;
    if (purpose === 'INVITATION') {
      const params = { name, url, body: organizingBodyName, days: Math.round(minutes / 1440) };
      await this.outbox.enqueue(manager, { ...base, template: 'organizerInvitation', params });
    } else {
      await this.outbox.enqueue(manager, { ...base, template: 'signInLink', params: { name, url, minutes } });
    }
  }

  /** Read-only: whether the link on a page can still be used. A mail scanner's GET must not use it up. */
  async isUsable(token: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM sign_in_token WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [sha256(token)],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Uses up the token and starts a session, in one transaction. The conditional UPDATE is the lock: of two requests
   * with the same token only one gets a row back, so a link signs in once.
   */
  async redeem(token: string): Promise<{ personId: string; sessionToken: string; expiresAt: Date } | null> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE sign_in_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING person_id`,
        [sha256(token)],
      )) as [{ person_id: string }[], number];
      const personId = rows[0]?.person_id;
      if (!personId) return null;
      const session = await this.sessions.start(manager, personId);
      return { personId, sessionToken: session.token, expiresAt: session.expiresAt };
    });
  }

  private verifyUrl(token: string, locale: UiLocale): string {
    return `${this.config.publicUrl}/auth/verify?token=${encodeURIComponent(token)}&lang=${locale}`;
  }

  private async enforce(rules: RateLimitRule[], subject: string): Promise<void> {
    for (const rule of rules) {
      const result = await this.limiter.hit(rule, subject);
      if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
    }
  }
}
