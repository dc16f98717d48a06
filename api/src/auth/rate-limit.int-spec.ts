import { DataSource } from 'typeorm';
import { testConfig } from '../../test/config';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createPerson } from '../../test/people';
import { DomainError } from '../common/errors/domain-error';
import { RateLimiter } from '../common/rate-limit/rate-limiter';
import { dataSourceOptions } from '../database/data-source';
import { OutboxService } from '../notifications/outbox.service';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

describe('rate limits on sign-in links', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let signIn: SignInService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    signIn = new SignInService(dataSource, testConfig(), new OutboxService(), new SessionService(dataSource), {
      perMailbox: [{ name: 'mailbox', limit: 3, windowSeconds: 900 }],
      perClient: [{ name: 'client', limit: 6, windowSeconds: 900 }],
      minimumAnswerMillis: 0,
    });
    await createPerson(dataSource, 'grace@gmail.com');
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
  beforeEach(() => dataSource.query(`DELETE FROM rate_limit_counter`));

  const outcome = (promise: Promise<void>) =>
    promise.then(
      () => 'ok',
      (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
    );

  it('counts +tag aliases, dots and googlemail.com against one mailbox, with a translated TOO_MANY_REQUESTS', async () => {
    const variants = ['grace@gmail.com', 'Grace+work@gmail.com', 'g.r.a.c.e@googlemail.com', 'grace+x@gmail.com'];
    const results = [];
    for (const [i, email] of variants.entries())
      results.push(await outcome(signIn.requestLink(email, 'en', `10.0.0.${i}`)));
    expect(results).toEqual(['ok', 'ok', 'ok', 'TOO_MANY_REQUESTS']);
    const error = await signIn.requestLink('grace@gmail.com', 'en', '10.0.0.9').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'errors.tooManyRequests',
      params: { minutes: expect.any(Number) },
    });
    // Another mailbox is not affected.
    expect(await outcome(signIn.requestLink('someone.else@gmail.com', 'en', '10.0.0.10'))).toBe('ok');
  });

  it('limits one client asking for many different addresses, known or not, the same way', async () => {
    const results = [];
    for (let i = 0; i < 8; i += 1)
      results.push(await outcome(signIn.requestLink(`person${i}@example.org`, 'de', '198.51.100.7')));
    expect(results).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    expect(await outcome(signIn.requestLink('person0@example.org', 'de', '198.51.100.8'))).toBe('ok');
  });

  it('stores no address or IP in the counters', async () => {
    await signIn.requestLink('grace@gmail.com', 'en', '192.0.2.44');
    const keys = (await dataSource.query(`SELECT key FROM rate_limit_counter`)) as { key: string }[];
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) {
      expect(key).not.toContain('grace');
      expect(key).not.toContain('192.0.2');
    }
  });

  it('holds under concurrent requests from several connections (one upsert counts and reads)', async () => {
    const limiter = new RateLimiter(dataSource);
    const rule = { name: 'burst', limit: 10, windowSeconds: 600 };
    const results = await Promise.all(Array.from({ length: 40 }, () => limiter.hit(rule, 'same-subject')));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    expect(results.every((result) => result.retryAfterSeconds > 0 && result.retryAfterSeconds <= 600)).toBe(true);
  });
});
