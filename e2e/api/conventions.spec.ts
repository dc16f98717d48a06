import pg from 'pg';
import { graphql, useServerOnTestDatabase } from './server';

describe('API conventions', () => {
  const context = useServerOnTestDatabase();

  it('sets security headers on pages and no-store on GraphQL', async () => {
    const page = await fetch(`${context.server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const api = await graphql(context.server.url, '{ __typename }');
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect(api.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers pages of the web app with 200 and unknown paths with the app’s not-found page and 404', async () => {
    for (const path of ['/', '/dashboard', '/events/any-id'])
      expect({ path, status: (await fetch(`${context.server.url}${path}`)).status }).toEqual({ path, status: 200 });
    const unknown = await fetch(`${context.server.url}/no/such/page`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('text/html');
    expect(await unknown.text()).toContain('<div id="root">');
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(`${context.server.url}/graphql?query=%7B__typename%7D`, { method: 'GET' });
    expect(response.status).toBe(400);
    const form = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
  });

  it('rejects batched requests, deep queries and alias floods with a clear error', async () => {
    const batch = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);

    const deep = `{ __schema { types { fields { type ${'{ ofType '.repeat(14)}{ name }${' }'.repeat(14)} } } } }`;
    const depth = await graphql(context.server.url, deep);
    expect(depth.body.errors?.[0].message).toMatch(/depth/i);

    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: upcomingEvents { id }`).join(' ');
    const flood = await graphql(context.server.url, `{ ${aliases} }`);
    expect(flood.body.errors?.[0].message).toMatch(/alias/i);
  });

  it('keeps the mail worker running beside the API: an outbox row reaches the dev mailbox', async () => {
    const client = new pg.Client({ connectionString: context.database.url });
    await client.connect();
    const { rows } = await client.query(
      `INSERT INTO outbox_message (to_address, locale, template, subject, body_text, body_html)
       VALUES ('ada@example.org', 'en', 'test', 'Hello', 'Open https://example.org/a?b=1 now', '<p>x</p>') RETURNING id`,
    );
    await client.end();
    const deadline = Date.now() + 10_000;
    let mails: { id: string; to: string; links: string[] }[] = [];
    while (Date.now() < deadline) {
      mails = await (await fetch(`${context.server.url}/dev/mailbox.json`)).json();
      if (mails.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(mails[0]).toMatchObject({ id: rows[0].id, to: 'ada@example.org', links: ['https://example.org/a?b=1'] });
  });
});

describe('production mode', () => {
  const context = useServerOnTestDatabase({
    NODE_ENV: 'production',
    SMTP_URL: 'smtp://127.0.0.1:1',
    APP_SECRET: 'a-production-secret-of-sufficient-length-0123456789',
  });

  it('has no dev mailbox, no introspection and no field suggestions', async () => {
    expect((await fetch(`${context.server.url}/dev/mailbox.json`)).status).toBe(404);
    expect((await fetch(`${context.server.url}/dev/mailbox`)).status).toBe(404);
    for (const path of [
      '00000000-0000-4000-8000-000000000000/0',
      'not-an-id/0',
      '00000000-0000-4000-8000-000000000000/x',
    ])
      expect((await fetch(`${context.server.url}/dev/mailbox-attachments/${path}`)).status).toBe(404);
    const introspection = await graphql(context.server.url, '{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);
    const typo = await graphql(context.server.url, '{ upcomingEvent { id } }');
    expect(typo.body.errors?.[0].message).not.toMatch(/did you mean/i);
  });
});
