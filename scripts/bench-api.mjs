#!/usr/bin/env node
// `npm run bench:api`: the API under load at hackathon size. Seeds an event with 300 challenges and 1000 volunteers
// on a database of its own (embedded PostgreSQL, thrown away afterwards), starts the built server on it, runs the
// matcher and publishes the run, then loads the server over loopback, bounded in time:
//
//   accept               the accept/decline confirmation (POST of the page behind the mail's link), 300 req/s
//   volunteer-dashboard  the volunteer's dashboard query (myProposals), 300 req/s
//   review-board         the whole review board of the event's run
//   matching-run         a run of the event, from the click to DONE as the page sees it (one measurement)
//
// The two rated scenarios send their requests at a steady 300 req/s, one every 3.3 ms whatever the answers do (an
// open loop, as wrk2 does), and time each answer from the moment its request was due, so a slow server cannot hide
// behind requests it delayed. autocannon's rate limit instead releases each connection's quota at the start of every
// second (24 connections firing at full speed, then a pause): a harsher load at the same average rate, run after
// them as `accept-bursts` and `volunteer-dashboard-bursts`, with the same target.
//
// Prints one line per scenario, `NAME: rps=N p50=Nms p95=Nms errors=N`, and exits 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGETS = {
  accept: { rate: 300, p95: 50 },
  'volunteer-dashboard': { rate: 300, p95: 50 },
  'accept-bursts': { rate: 300, p95: 50 },
  'volunteer-dashboard-bursts': { rate: 300, p95: 50 },
  'review-board': { p95: 300 },
  'matching-run': { millis: 10_000 },
};
const SIZE = { challenges: 300, volunteers: 1000, slots: 4 };
/** BENCH_ONLY=accept,review-board runs only those scenarios (the run is always measured). */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (name) => !ONLY || ONLY.has(name);

const DASHBOARD_QUERY = `query MyProposals { myProposals {
  id status eventId eventName challengeId challengeTitle problem goal nonprofitName
  slot { id label startsAt endsAt place } answerDeadline answeredAt cancelledBy canAnswer canCancel
  team { firstName status skills { skill level } } nonprofitConfirmed contactRevealed
  nonprofitContacts { name email phone }
} }`;

const BOARD_QUERY = `query MatchingBoard($runId: ID!) { matchingBoard(runId: $runId) {
  run { id number status served totalScore engineScore upperBound optimal gapPercent manualChanges challengeCount }
  editable
  slots { id label startsAt endsAt capacity teams {
    challengeId title nonprofitName priority teamMin teamMax languages format
    skills { skill level required coveredBy }
    members { assignmentId volunteerId firstName score origin pinned skills { skill level wanted } }
  } }
  unserved { challengeId title nonprofitName priority code reason slotIds }
  unassigned { volunteerId firstName slotIds maxAssignments languages skills { skill level wanted } }
  pins { challengeId volunteerId firstName challengeTitle }
  exclusions { challengeId volunteerId firstName challengeTitle }
} }`;

const build = spawnSync(
  path.join(root, 'node_modules', '.bin', 'nx'),
  ['run-many', '-t', 'build', '-p', '@skillshift/api', '--output-style=static'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const dist = (file) => import(pathToFileURL(path.join(root, 'api', 'dist', file)).href);
const { startEmbeddedPostgres } = await dist('database/embedded-postgres.js');
const { ensureDatabase, freePort } = await dist('database/postgres-admin.js');
const { runMigrations } = await dist('database/data-source.js');
const { signLink } = await dist('common/signed-links/signed-link.js');
const { SKILLS, CAUSE_AREAS } = await import(pathToFileURL(path.join(root, 'shared', 'dist', 'index.js')).href);
const { default: pg } = await import('pg');
const { default: autocannon } = await import('autocannon');

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'skillshift-bench-api-'));
const secret = randomBytes(32).toString('base64url');
const log = (message) => process.stderr.write(`${message}\n`);
let postgres;
let server;

try {
  postgres = await startEmbeddedPostgres({ dir: path.join(dataDir, 'pg'), persistent: false });
  const databaseUrl = await ensureDatabase(postgres.adminUrl, 'skillshift');
  await runMigrations(databaseUrl);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  log('seeding a hackathon-size event …');
  const seeded = await seed(db);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_FLAGS passes flags to the server's node (e.g. `--cpu-prof` to see where its time goes).
  const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  server = spawn(process.execPath, [...flags, path.join(root, 'api', 'dist', 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      // As deployed: production mode (libraries skip their development checks; the session cookie is __Host-).
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      APP_SECRET: secret,
      PUBLIC_URL: base,
      SKILLSHIFT_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(async () => (await fetch(`${base}/health`).catch(() => null))?.ok === true, 120_000, 'the server');

  const graphql = async (cookie, query, variables = {}) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  // A run of the event, end to end: the click, the background solve, the page seeing DONE.
  const started = performance.now();
  const { startMatchingRun } = await graphql(
    seeded.organizerCookie,
    `
      mutation ($id: ID!) {
        startMatchingRun(eventId: $id) {
          id
        }
      }
    `,
    { id: seeded.eventId },
  );
  let run;
  await waitFor(
    async () => {
      run = (
        await graphql(
          seeded.organizerCookie,
          `
            query ($id: ID!) {
              matchingRun(id: $id) {
                status
                served
              }
            }
          `,
          {
            id: startMatchingRun.id,
          },
        )
      ).matchingRun;
      if (run.status === 'FAILED') throw new Error('the run failed');
      return run.status === 'DONE';
    },
    60_000,
    'the matching run',
    100,
  );
  const runMillis = performance.now() - started;
  log(`run: ${run.served} of ${SIZE.challenges} challenges served`);

  const publishing = performance.now();
  await graphql(
    seeded.organizerCookie,
    `
      mutation ($runId: ID!, $deadline: DateTime!) {
        publishMatchingRun(runId: $runId, input: { answerDeadline: $deadline }) {
          counts {
            proposed
          }
        }
      }
    `,
    { runId: startMatchingRun.id, deadline: seeded.deadline },
  );
  log(`published in ${Math.round(performance.now() - publishing)} ms; waiting for the mails to leave the outbox …`);
  await waitFor(
    async () =>
      (await db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE status = 'PENDING'`)).rows[0].n === 0,
    300_000,
    'the outbox',
    500,
  );

  const proposals = (
    await db.query(
      `SELECT p.id, p.answer_deadline AS deadline, p.volunteer_id AS "volunteerId" FROM proposal p WHERE p.event_id = $1`,
      [seeded.eventId],
    )
  ).rows;
  const answers = proposals.map((proposal) => ({
    path: `/api/proposals/${proposal.id}/accept`,
    body: new URLSearchParams({
      token: signLink(secret, { purpose: 'proposal-answer', subject: proposal.id, expiresAt: proposal.deadline }),
      lang: 'de',
    }).toString(),
  }));
  const withProposal = new Set(proposals.map((proposal) => proposal.volunteerId));
  // Volunteers with a proposal first: the dashboard query has something to show for most of them.
  const cookies = [
    ...seeded.volunteers.filter((volunteer) => withProposal.has(volunteer.id)),
    ...seeded.volunteers.filter((volunteer) => !withProposal.has(volunteer.id)),
  ].map((volunteer) => volunteer.cookie);

  // A fresh server compiles its hot paths during its first seconds: warm it up with the pages behind the links (GET,
  // which changes nothing) and the dashboard, so that the figures below are the steady state, not the JIT's.
  await load('warm-up', {
    url: base,
    rate: 200,
    seconds: 4,
    request: (i) =>
      i % 2 === 0
        ? { method: 'GET', path: `${answers[i % answers.length].path}?${answers[i % answers.length].body}` }
        : {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', cookie: cookies[i % cookies.length] },
            body: JSON.stringify({ query: DASHBOARD_QUERY }),
          },
  });
  const results = {};
  const acceptRequest = (i) => ({
    method: 'POST',
    path: answers[i % answers.length].path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
    body: answers[i % answers.length].body,
  });
  const dashboardRequest = (i) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', cookie: cookies[i % cookies.length] },
    body: JSON.stringify({ query: DASHBOARD_QUERY }),
  });
  // BENCH_DEBUG: how much WAL the first answers write, and whether a checkpoint fell into the window.
  const walStats = async () =>
    (
      await db.query(
        `SELECT w.wal_records, w.wal_fpi, w.wal_bytes, c.num_timed + c.num_requested AS checkpoints
           FROM pg_stat_wal w, pg_stat_checkpointer c`,
      )
    ).rows[0];
  const walBefore = process.env.BENCH_DEBUG ? await walStats() : null;
  if (wanted('accept'))
    results.accept = await paced('accept', { url: base, rate: TARGETS.accept.rate, request: acceptRequest });
  if (walBefore) log(`  WAL during the window: ${JSON.stringify(walBefore)} -> ${JSON.stringify(await walStats())}`);
  if (wanted('volunteer-dashboard'))
    results['volunteer-dashboard'] = await paced('volunteer-dashboard', {
      url: base,
      rate: TARGETS['volunteer-dashboard'].rate,
      request: dashboardRequest,
    });
  // The same requests again, as autocannon sends them at that rate (bursts). Every answer is given by now, so
  // `accept-bursts` measures repeated clicks only.
  if (wanted('accept'))
    results['accept-bursts'] = await load('accept-bursts', {
      url: base,
      rate: TARGETS.accept.rate,
      request: acceptRequest,
    });
  if (wanted('volunteer-dashboard'))
    results['volunteer-dashboard-bursts'] = await load('volunteer-dashboard-bursts', {
      url: base,
      rate: TARGETS['volunteer-dashboard'].rate,
      request: dashboardRequest,
    });
  if (wanted('review-board'))
    results['review-board'] = await load('review-board', {
      url: base,
      connections: 2,
      request: () => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', cookie: seeded.organizerCookie },
        body: JSON.stringify({ query: BOARD_QUERY, variables: { runId: startMatchingRun.id } }),
      }),
    });
  results['matching-run'] = { rps: 1000 / runMillis, p50: runMillis, p95: runMillis, errors: 0 };
  await db.end();

  const missed = [];
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name}: rps=${round(result.rps)} p50=${Math.round(result.p50)}ms p95=${Math.round(result.p95)}ms errors=${result.errors}`,
    );
    const target = TARGETS[name];
    if (result.errors > 0) missed.push(`${name}: ${result.errors} errors`);
    if (target.p95 !== undefined && result.p95 > target.p95)
      missed.push(`${name}: p95 ${Math.round(result.p95)} ms > ${target.p95} ms`);
    if (target.rate !== undefined && result.rps < target.rate * 0.95)
      missed.push(`${name}: ${round(result.rps)} req/s < ${target.rate} req/s`);
    if (target.millis !== undefined && result.p95 > target.millis)
      missed.push(`${name}: ${Math.round(result.p95)} ms > ${target.millis} ms`);
  }
  if (missed.length > 0) {
    console.error(`Missed: ${missed.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    await exited;
  }
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
// Stopping PostgreSQL leaves handles behind; the verdict is in exitCode.
process.exit(process.exitCode ?? 0);

/**
 * One rated scenario as an open loop: request i is due at start + i / rate and is sent then, whether or not earlier
 * ones were answered (keep-alive connections, as many as are busy); its latency runs from when it was due to the end
 * of its answer, so delays on the sending side count against the server, never for it.
 */
async function paced(name, { url, rate, seconds = SECONDS, request }) {
  log(`${name}: ${seconds} s at ${rate} req/s, evenly spaced …`);
  const { hostname, port } = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const times = [];
  const statuses = new Map();
  const perSecond = [];
  let errors = 0;
  let finished = 0;
  const cpuBefore = cpuSeconds();
  const start = performance.now() + 20;
  await new Promise((resolve) => {
    const settle = () => {
      if (++finished === total) resolve();
    };
    const send = (i, retried = false) => {
      const due = start + i * interval;
      const { method, path: requestPath, headers = {}, body } = request(i);
      const outgoing = http.request(
        {
          agent,
          hostname,
          port,
          method,
          path: requestPath,
          headers: { ...headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
          timeout: 10_000,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            const millis = performance.now() - due;
            times.push(millis);
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            if (response.statusCode >= 400) errors++;
            if (process.env.BENCH_DEBUG) (perSecond[Math.floor((due - start) / 1000)] ??= []).push(millis);
            settle();
          });
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
      outgoing.on('error', (error) => {
        // A kept-alive connection the server closed just as it was reused: send again, once (as Node's docs advise).
        if (outgoing.reusedSocket && error.code === 'ECONNRESET' && !retried) return send(i, true);
        errors++;
        settle();
      });
      outgoing.end(body);
    };
    let sent = 0;
    const tick = () => {
      while (sent < total && start + sent * interval <= performance.now()) send(sent++);
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  if (process.env.BENCH_DEBUG) {
    logPerSecond(perSecond);
    logCpu(cpuBefore, total);
  }
  if (errors > 0) log(`  ${name}: ${errors} errors, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  return { rps: total / Math.max(elapsed, seconds), ...percentiles(times), errors };
}

/** One scenario: `request(i)` gives the i-th request; the rate (when given) is held for SECONDS seconds. */
async function load(name, { url, rate, connections = 24, seconds = SECONDS, request }) {
  log(`${name}: ${seconds} s${rate ? ` at ${rate} req/s` : ''} …`);
  let counter = 0;
  const times = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [{ setupRequest: (raw) => ({ ...raw, ...request(counter++) }) }],
  });
  const startedAt = Date.now();
  const perSecond = [];
  const statuses = new Map();
  instance.on('response', (_client, status, _bytes, responseTime) => {
    times.push(responseTime);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (process.env.BENCH_DEBUG) (perSecond[Math.floor((Date.now() - startedAt) / 1000)] ??= []).push(responseTime);
  });
  const result = await instance;
  if (process.env.BENCH_DEBUG) logPerSecond(perSecond);
  if (result.errors + result.timeouts + result.non2xx > 0)
    log(
      `  ${name}: ${result.errors} errors, ${result.timeouts} timeouts, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  return {
    rps: result.requests.total / (result.duration || seconds),
    ...percentiles(times),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function percentiles(times) {
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/** CPU seconds used so far by the server's process and by PostgreSQL's (Linux: /proc), for BENCH_DEBUG. */
function cpuSeconds() {
  const ticks = { server: 0, postgres: 0 };
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const used = Number(fields[11]) + Number(fields[12]);
      if (Number(pid) === server?.pid) ticks.server += used;
      else if (comm === 'postgres') ticks.postgres += used;
    } catch {
      // gone meanwhile
    }
  }
  return { server: ticks.server / 100, postgres: ticks.postgres / 100 };
}

function logCpu(before, requests) {
  const after = cpuSeconds();
  const per = (key) => `${(((after[key] - before[key]) * 1000) / requests).toFixed(2)} ms`;
  log(`  CPU per request: server ${per('server')}, PostgreSQL ${per('postgres')}`);
}

/** BENCH_DEBUG: p50 and p95 of each second of a window. */
function logPerSecond(perSecond) {
  for (const [second, list] of perSecond.entries())
    if (list) {
      const { p50, p95 } = percentiles(list);
      log(`  ${second}s: n=${list.length} p50=${Math.round(p50)} p95=${Math.round(p95)}`);
    }
}

async function waitFor(check, timeoutMillis, what, every = 200) {
  const until = Date.now() + timeoutMillis;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

function round(value) {
  return value >= 10 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** A seeded random source, so every bench run seeds the same event. */
function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const sample = (items, count) => {
    const pool = [...items];
    const out = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}

/**
 * The event, in bulk SQL: a body with an organizer, four slots over a weekend, 300 nonprofits (one contact each) with
 * an accepted challenge, 1000 volunteers with profiles, registrations and a signed-in session each.
 */
async function seed(db) {
  const rng = prng(20261123);
  const leaves = SKILLS.filter((skill) => !SKILLS.some((other) => other.parent === skill.id));
  const byArea = new Map();
  for (const skill of leaves) {
    const area = skill.id.split('.')[0];
    byArea.set(area, [...(byArea.get(area) ?? []), skill.id]);
  }
  const areas = [...byArea.keys()].filter((area) => byArea.get(area).length >= 3);
  const session = async (personId) => {
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO session (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '7 days')`,
      [createHash('sha256').update(token, 'utf8').digest('hex'), personId],
    );
    // The server runs as in production, where the cookie carries the __Host- prefix.
    return `__Host-skillshift_session=${token}`;
  };
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];

  await db.query('BEGIN');
  const body = await one(`INSERT INTO organizing_body (name, city) VALUES ('Bench Hackathon', 'Lübeck') RETURNING id`);
  const organizer = await one(
    `INSERT INTO person (email, name) VALUES ('organizer@bench.example', 'Bench Organizer') RETURNING id`,
  );
  await db.query(`INSERT INTO role_assignment (person_id, role, organizing_body_id) VALUES ($1, 'ORGANIZER', $2)`, [
    organizer.id,
    body.id,
  ]);
  const day = Date.UTC(2027, 4, 15, 7, 0);
  const slotTimes = [0, 5, 24, 29].map((hours) => [
    new Date(day + hours * 3_600_000),
    new Date(day + (hours + 4) * 3_600_000),
  ]);
  const event = await one(
    `INSERT INTO event (name, kind, status, city, venue, languages, organizing_body_id, starts_at, ends_at)
     VALUES ('Social Hackathon (bench)', 'HACKATHON', 'MATCHING', 'Lübeck', 'Technikzentrum Lübeck', '{de,en}', $1, $2, $3)
     RETURNING id`,
    [body.id, slotTimes[0][0], slotTimes[3][1]],
  );
  const perSlot = (SIZE.challenges * 1.1) / SIZE.slots;
  const slots = [];
  for (const [startsAt, endsAt] of slotTimes) {
    const capacity = Math.max(1, Math.round(perSlot * (0.7 + 0.6 * rng.next())));
    slots.push(
      (
        await one(`INSERT INTO slot (event_id, starts_at, ends_at, capacity) VALUES ($1, $2, $3, $4) RETURNING id`, [
          event.id,
          startsAt,
          endsAt,
          capacity,
        ])
      ).id,
    );
  }

  const nonprofits = [];
  const challenges = [];
  for (let i = 0; i < SIZE.challenges; i++) {
    const area = rng.pick(areas);
    const skills = rng.sample(byArea.get(area), rng.int(1, 3)).map((skill, index) => ({
      skill,
      level: rng.pick([1, 2, 2, 2, 3]),
      required: index === 0 || rng.chance(0.35),
    }));
    const teamMin = rng.chance(0.6) ? 1 : 2;
    nonprofits.push({ name: `Verein ${i + 1}`, causes: rng.sample(CAUSE_AREAS, rng.int(1, 2)) });
    challenges.push({
      title: `Herausforderung ${i + 1}`,
      skills,
      teamMin,
      teamMax: Math.max(teamMin, rng.pick([2, 2, 3, 3, 4, 5])),
      languages: rng.pick([['de'], ['de'], ['de'], ['de', 'en'], []]),
      format: rng.pick(['ONSITE', 'ONSITE', 'REMOTE', 'HYBRID']),
      priority: rng.pick([1, 1, 1, 1, 1, 1, 2, 3]),
      slots: rng.sample(slots, rng.pick([1, 1, 2, 2, 2, 3, 4])),
    });
  }
  const nonprofitIds = new Map(
    (
      await db.query(
        `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form, causes, city)
         SELECT $1, n.name, lower(n.name), 'EV', n.causes::cause_area[], 'Lübeck'
           FROM jsonb_to_recordset($2::jsonb) AS n(name text, causes text[])
         RETURNING id, name`,
        [body.id, JSON.stringify(nonprofits)],
      )
    ).rows.map((row) => [row.name, row.id]),
  );
  const contacts = (
    await db.query(
      `INSERT INTO person (email, name) SELECT 'contact-' || i || '@bench.example', 'Kontakt ' || i
         FROM generate_series(1, $1::int) AS i RETURNING id`,
      [SIZE.challenges],
    )
  ).rows.map((row) => row.id);
  await db.query(
    `INSERT INTO nonprofit_contact (nonprofit_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    [[...nonprofitIds.values()], contacts],
  );
  await db.query(`INSERT INTO role_assignment (person_id, role) SELECT unnest($1::uuid[]), 'NONPROFIT_CONTACT'`, [
    contacts,
  ]);
  const challengeIds = new Map(
    (
      await db.query(
        `INSERT INTO challenge (event_id, nonprofit_id, title, problem, goal, skills, team_min, team_max, languages,
                                format, priority, status, submitted_at)
         SELECT $1, c.nonprofit, c.title, 'Unsere Abläufe sind mühsam.', 'Danach läuft es digital.', c.skills,
                c."teamMin", c."teamMax", c.languages, c.format::work_format, c.priority, 'ACCEPTED', now()
           FROM jsonb_to_recordset($2::jsonb)
                AS c(nonprofit uuid, title text, skills jsonb, "teamMin" int, "teamMax" int, languages text[],
                     format text, priority int)
         RETURNING id, title`,
        [
          event.id,
          JSON.stringify(
            challenges.map((challenge, i) => ({ ...challenge, nonprofit: nonprofitIds.get(nonprofits[i].name) })),
          ),
        ],
      )
    ).rows.map((row) => [row.title, row.id]),
  );
  await db.query(
    `INSERT INTO challenge_slot (challenge_id, slot_id)
     SELECT c.id, s FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, slots uuid[]), unnest(c.slots) AS s`,
    [
      JSON.stringify(
        challenges.map((challenge) => ({ id: challengeIds.get(challenge.title), slots: challenge.slots })),
      ),
    ],
  );

  const volunteers = [];
  for (let i = 0; i < SIZE.volunteers; i++) {
    const home = rng.pick(areas);
    const skills = rng
      .sample(byArea.get(home), rng.int(2, 4))
      .map((skill) => ({ skill, level: rng.pick([1, 2, 2, 3, 3, 4]) }));
    if (rng.chance(0.5)) skills.push({ skill: rng.pick(leaves).id, level: rng.pick([1, 2, 3]) });
    const unique = [...new Map(skills.map((entry) => [entry.skill, entry])).values()];
    const availability = slots.filter(() => rng.chance(0.65));
    volunteers.push({
      email: `volunteer-${i + 1}@bench.example`,
      name: `Freiwillige${i + 1} Bench`,
      skills: unique,
      languages: rng.chance(0.92) ? (rng.chance(0.3) ? ['de', 'en'] : ['de']) : ['en'],
      formats: ['ONSITE', 'REMOTE', 'HYBRID'].filter((_, k) => rng.chance([0.75, 0.7, 0.5][k])),
      causes: rng.sample(CAUSE_AREAS, rng.int(0, 2)),
      slots: availability.length > 0 ? availability : [rng.pick(slots)],
    });
  }
  for (const volunteer of volunteers) if (volunteer.formats.length === 0) volunteer.formats.push('ONSITE');
  const byEmail = new Map(
    (
      await db.query(
        `INSERT INTO person (email, name) SELECT v.email, v.name FROM jsonb_to_recordset($1::jsonb) AS v(email text, name text)
         RETURNING id, email`,
        [JSON.stringify(volunteers)],
      )
    ).rows.map((row) => [row.email, row.id]),
  );
  const personIds = volunteers.map((volunteer) => byEmail.get(volunteer.email));
  await db.query(`INSERT INTO role_assignment (person_id, role) SELECT unnest($1::uuid[]), 'VOLUNTEER'`, [personIds]);
  const rows = volunteers.map((volunteer, i) => ({ ...volunteer, id: personIds[i] }));
  await db.query(
    `INSERT INTO volunteer_profile (person_id, skills, languages, formats, causes)
     SELECT v.id, v.skills, v.languages, v.formats::work_format[], v.causes::cause_area[]
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, skills jsonb, languages text[], formats text[], causes text[])`,
    [JSON.stringify(rows)],
  );
  await db.query(
    `WITH r AS (
       INSERT INTO volunteer_registration (event_id, person_id) SELECT $1, unnest($2::uuid[]) RETURNING id, person_id
     )
     INSERT INTO volunteer_registration_slot (registration_id, slot_id)
     SELECT r.id, s FROM r JOIN jsonb_to_recordset($3::jsonb) AS v(id uuid, slots uuid[]) ON v.id = r.person_id,
            unnest(v.slots) AS s`,
    [event.id, personIds, JSON.stringify(rows.map((row) => ({ id: row.id, slots: row.slots })))],
  );
  const organizerCookie = await session(organizer.id);
  const withCookies = [];
  for (const id of personIds) withCookies.push({ id, cookie: await session(id) });
  await db.query('COMMIT');
  return {
    eventId: event.id,
    organizerCookie,
    volunteers: withCookies,
    // Answers by the evening before the first slot.
    deadline: new Date(day - 12 * 3_600_000).toISOString(),
  };
}
