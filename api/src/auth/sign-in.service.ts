import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { type UiLocale, toUiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type FieldProblem, invalidInput, tooManyRequests } from '../common/errors/domain-error';
import { RateLimiter, type RateLimitRule } from '../common/rate-limit/rate-limiter';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxService } from '../notifications/outbox.service';
import { REGISTRATION_LIMITS } from '@skillshift/shared';
import { isValidEmail, mailboxKey, normalizeEmail } from './email-address';
import { safeRedirectPath } from './redirect-path';
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

/** The limits for one address follow SIGN_IN_LINKS_PER_ADDRESS (5 by default, four times as many a day). */
export const signInOptionsFor = (linksPerAddress: number): SignInOptions => ({
  perMailbox: [
    { name: 'sign-in:mailbox', limit: linksPerAddress, windowSeconds: 15 * 60 },
    { name: 'sign-in:mailbox-day', limit: linksPerAddress * 4, windowSeconds: 24 * 3600 },
  ],
  // Generous enough for a help point where several people sign in from one network.
  perClient: [{ name: 'sign-in:client', limit: 30, windowSeconds: 15 * 60 }],
  minimumAnswerMillis: 400,
});

/** How long a link works. An invitation waits in an inbox longer than a link someone just asked for. */
export const TOKEN_LIFETIME_MINUTES: Record<SignInPurpose, number> = { SIGN_IN: 10, INVITATION: 3 * 24 * 60 };

export interface LinkRecipient {
  id: string;
  email: string;
  name: string;
}

export interface LinkOptions {
  /** HMAC of the requesting client's address, kept with the token. */
  requestedIpHash?: string | null;
  /** For invitations: the body the person is invited to organize for. */
  organizingBodyName?: string;
  /** A path of the web app to land on after signing in (checked by safeRedirectPath). */
  redirectPath?: string | null;
  /** The mail to send; by default the one that fits the purpose. */
  template?: 'signInLink' | 'signUpLink';
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
    this.options = options ?? signInOptionsFor(config.signInLinksPerAddress);
  }

  /**
   * Mails a sign-in link when the address belongs to a person, and does nothing else otherwise: the answer, its
   * timing and the rate limits are the same either way, so nobody learns who has an account. Unknown addresses get
   * no mail at all, so this form cannot be used to send mail to strangers.
   */
  async requestLink(
    rawEmail: string,
    requestedLocale: string | null | undefined,
    clientIp: string,
    redirectPath: string | null = null,
  ): Promise<void> {
    const email = checkedEmail(rawEmail, []);
    await this.answerEvenly(email, clientIp, async (manager, ipHash) => {
      const person = await findByEmail(manager, email);
      if (!person) return;
      const locale = toUiLocale(requestedLocale ?? person.locale);
      await this.issueLink(manager, person, 'SIGN_IN', locale, { requestedIpHash: ipHash, redirectPath });
    });
  }

  /**
   * The first step of registering: a person new to the platform gives a name and an address and gets a link that
   * confirms the address and signs them in; someone who already has an account gets a plain sign-in link. The answer,
   * its timing and the rate limits are the same either way, so this form does not reveal who has an account either.
   * Both links bring the person back to `redirectPath` (the registration form they started from).
   */
  async signUp(
    rawEmail: string,
    rawName: string,
    requestedLocale: string | null | undefined,
    clientIp: string,
    redirectPath: string | null = null,
  ): Promise<void> {
    const name = rawName.trim();
    const nameProblems: FieldProblem[] = [];
    if (name.length < REGISTRATION_LIMITS.nameMin)
      nameProblems.push({
        path: 'name',
        messageKey: name ? 'validation.minLength' : 'validation.isNotEmpty',
        params: { min: REGISTRATION_LIMITS.nameMin },
      });
    if (name.length > REGISTRATION_LIMITS.nameMax)
      nameProblems.push({
        path: 'name',
        messageKey: 'validation.maxLength',
        params: { max: REGISTRATION_LIMITS.nameMax },
      });
    const email = checkedEmail(rawEmail, nameProblems);
    const locale = toUiLocale(requestedLocale);
    await this.answerEvenly(email, clientIp, async (manager, ipHash) => {
      const created = (await manager.query(
        `INSERT INTO person (email, name, locale) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING
         RETURNING id, email, name`,
        [email, name, locale],
      )) as LinkRecipient[];
      const person = created[0] ?? (await findByEmail(manager, email));
      if (!person) return;
      await this.issueLink(manager, person, 'SIGN_IN', locale, {
        requestedIpHash: ipHash,
        redirectPath,
        template: created[0] ? 'signUpLink' : 'signInLink',
      });
    });
  }

  /** Rate limits, then `work` in a transaction, answered no sooner than the minimum time whatever happened. */
  private async answerEvenly(
    email: string,
    clientIp: string,
    work: (manager: EntityManager, ipHash: string) => Promise<void>,
  ): Promise<void> {
    const answerAfter = Date.now() + this.options.minimumAnswerMillis;
    const ipHash = keyedHash(this.config.appSecret, `ip:${clientIp}`);
    await this.enforce(this.options.perClient, ipHash);
    await this.enforce(this.options.perMailbox, keyedHash(this.config.appSecret, `mailbox:${mailboxKey(email)}`));
    await this.dataSource.transaction((manager) => work(manager, ipHash));
    const remaining = answerAfter - Date.now();
    if (remaining > 0) await sleep(remaining);
  }

  /** Creates a token and writes its mail into the outbox with the caller's transaction. */
  async issueLink(
    manager: EntityManager,
    person: LinkRecipient,
    purpose: SignInPurpose,
    locale: UiLocale,
    options: LinkOptions = {},
  ): Promise<void> {
    const { url, expiresAt, minutes } = await this.createLink(manager, person, purpose, locale, options);
    const base = { to: person.email, locale, expiresAt };
    const name = person.name || undefined;
    if (purpose === 'INVITATION') {
      const params = { name, url, body: options.organizingBodyName ?? '', days: Math.round(minutes / 1440) };
      await this.outbox.enqueue(manager, { ...base, template: 'organizerInvitation', params });
    } else {
      const template = options.template ?? 'signInLink';
      await this.outbox.enqueue(manager, { ...base, template, params: { name, url, minutes } });
    }
  }

  /**
   * Creates a token with the caller's transaction and returns its link, for a caller that writes its own mail around
   * it (e.g. "please review the data an organizer entered for you", which signs the person in to the review page).
   */
  async createLink(
    manager: EntityManager,
    person: { id: string },
    purpose: SignInPurpose,
    locale: UiLocale,
    options: Pick<LinkOptions, 'requestedIpHash' | 'redirectPath'> = {},
  ): Promise<{ url: string; expiresAt: Date; minutes: number }> {
    const token = newToken();
    const minutes = TOKEN_LIFETIME_MINUTES[purpose];
    const rows = (await manager.query(
      `INSERT INTO sign_in_token (token_hash, person_id, purpose, expires_at, requested_ip_hash, redirect_path)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4), $5, $6) RETURNING expires_at`,
      [
        sha256(token),
        person.id,
        purpose,
        minutes,
        options.requestedIpHash ?? null,
        safeRedirectPath(options.redirectPath),
      ],
    )) as { expires_at: Date }[];
    return { url: this.verifyUrl(token, locale), expiresAt: rows[0].expires_at, minutes };
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
  async redeem(
    token: string,
  ): Promise<{ personId: string; sessionToken: string; expiresAt: Date; redirectPath: string | null } | null> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE sign_in_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING person_id, redirect_path`,
        [sha256(token)],
      )) as [{ person_id: string; redirect_path: string | null }[], number];
      const personId = rows[0]?.person_id;
      if (!personId) return null;
      const session = await this.sessions.start(manager, personId);
      return {
        personId,
        sessionToken: session.token,
        expiresAt: session.expiresAt,
        redirectPath: safeRedirectPath(rows[0].redirect_path),
      };
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

/** The normalised address, or an invalid-input error naming it together with the other fields' `problems`. */
function checkedEmail(rawEmail: string, problems: FieldProblem[]): string {
  const email = normalizeEmail(rawEmail);
  const all = [...problems];
  if (!email) all.push({ path: 'email', messageKey: 'validation.isNotEmpty' });
  else if (!isValidEmail(email)) all.push({ path: 'email', messageKey: 'validation.isEmail' });
  if (all.length > 0) throw invalidInput(all);
  return email;
}

async function findByEmail(
  manager: EntityManager,
  email: string,
): Promise<(LinkRecipient & { locale: string }) | undefined> {
  const people = (await manager.query(`SELECT id, email, name, locale FROM person WHERE email = $1`, [
    email,
  ])) as (LinkRecipient & { locale: string })[];
  return people[0];
}
