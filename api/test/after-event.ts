import { type CauseArea } from '@skillshift/shared';
import { gql, type TestApp } from './app';
import { createEvent } from './events';
import { createPerson } from './people';

/** Factories for the after-the-event specs: a published edition built straight in the database, then finished. */
export interface TeamSpec {
  nonprofit: string;
  causes?: CauseArea[];
  district?: string;
  title: string;
  /** E-mail addresses of volunteers with an accepted place. */
  volunteers: string[];
  /** Volunteers whose proposal was declined (no feedback for them). */
  declined?: string[];
}

export interface Edition {
  id: string;
  slots: { id: string }[];
  challenges: Record<string, string>;
  nonprofits: Record<string, { id: string; contactId: string; contactEmail: string }>;
  people: Record<string, string>;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * An event of the body in PUBLISHED with a run, its publication and accepted proposals for each team; nonprofits are
 * found by name in the body or created with one contact (`contact-<slug>@nonprofit.example`). Volunteers are found or
 * created by address. `extraChallenges` are submitted but not served.
 */
export async function publishedEdition(
  app: TestApp,
  bodyId: string,
  organizerCookie: string,
  spec: { name: string; day: string; teams: TeamSpec[]; unserved?: { nonprofit: string; title: string }[] },
): Promise<Edition> {
  const db = app.dataSource;
  const event = await createEvent(app, organizerCookie, bodyId, {
    name: spec.name,
    nonprofitDeadline: `${spec.day}T08:00:00.000Z`,
    volunteerDeadline: `${spec.day}T09:00:00.000Z`,
    slots: [{ startsAt: `${spec.day}T16:00:00.000Z`, endsAt: `${spec.day}T20:00:00.000Z`, capacity: 20, label: null }],
  });
  await db.query(`UPDATE event SET status = 'PUBLISHED' WHERE id = $1`, [event.id]);
  const [{ id: runId }] = (await db.query(
    `INSERT INTO matching_run (event_id, number, status, weights, instance) VALUES ($1, 1, 'DONE', '{}', '{}') RETURNING id`,
    [event.id],
  )) as { id: string }[];
  const [{ id: publicationId }] = (await db.query(
    `INSERT INTO publication (event_id, run_id, answer_deadline) VALUES ($1, $2, $3) RETURNING id`,
    [event.id, runId, `${spec.day}T10:00:00.000Z`],
  )) as { id: string }[];
  const edition: Edition = { id: event.id, slots: event.slots, challenges: {}, nonprofits: {}, people: {} };
  const nonprofitOf = async (name: string, causes: CauseArea[] = [], district = '') => {
    const existing = (await db.query(`SELECT id FROM nonprofit WHERE organizing_body_id = $1 AND name = $2`, [
      bodyId,
      name,
    ])) as { id: string }[];
    const contactEmail = `contact-${slug(name)}@nonprofit.example`;
    let id = existing[0]?.id;
    if (!id) {
      [{ id }] = (await db.query(
        `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form, causes, city, district)
         VALUES ($1, $2, lower($2), 'EV', $3::cause_area[], 'Lübeck', $4) RETURNING id`,
        [bodyId, name, causes, district],
      )) as { id: string }[];
    }
    const contactId = await createPerson(db, contactEmail, [{ role: 'NONPROFIT_CONTACT' }], `Kontakt ${name}`);
    await db.query(`INSERT INTO nonprofit_contact (nonprofit_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      id,
      contactId,
    ]);
    edition.nonprofits[name] = { id, contactId, contactEmail };
    return id;
  };
  const challengeOf = async (nonprofitId: string, title: string) => {
    const [{ id }] = (await db.query(
      `INSERT INTO challenge (event_id, nonprofit_id, title, status, submitted_at) VALUES ($1, $2, $3, 'ACCEPTED', now())
       RETURNING id`,
      [event.id, nonprofitId, title],
    )) as { id: string }[];
    edition.challenges[title] = id;
    return id;
  };
  for (const team of spec.teams) {
    const challengeId = await challengeOf(await nonprofitOf(team.nonprofit, team.causes, team.district), team.title);
    const people = [
      ...team.volunteers.map((email) => [email, 'ACCEPTED'] as const),
      ...(team.declined ?? []).map((email) => [email, 'DECLINED'] as const),
    ];
    for (const [email, status] of people) {
      const personId = await createPerson(db, email, [{ role: 'VOLUNTEER' }], email.split('@')[0]);
      edition.people[email] = personId;
      await db.query(
        `INSERT INTO proposal (publication_id, event_id, challenge_id, volunteer_id, slot_id, status, answer_deadline, answered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [publicationId, event.id, challengeId, personId, event.slots[0].id, status, `${spec.day}T10:00:00.000Z`],
      );
    }
  }
  for (const extra of spec.unserved ?? []) await challengeOf(await nonprofitOf(extra.nonprofit), extra.title);
  return edition;
}

export const CHANGE_STATUS = `mutation ($id: ID!, $status: EventStatus!) { changeEventStatus(id: $id, status: $status) { id status } }`;

/** Marks the event DONE as its organizer would (feedback requests go out). */
export async function finish(app: TestApp, organizerCookie: string, eventId: string): Promise<void> {
  const response = await gql(app, CHANGE_STATUS, { id: eventId, status: 'DONE' }, organizerCookie);
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
}

/** The feedback link mailed to `email` (path and query), from the newest matching outbox row. */
export async function mailedLink(app: TestApp, email: string, path: 'feedback' | 'still-in-use'): Promise<string> {
  const rows = (await app.dataSource.query(
    `SELECT body_text FROM outbox_message WHERE to_address = $1 AND body_text LIKE $2 ORDER BY created_at DESC LIMIT 1`,
    [email, `%/api/${path}/%`],
  )) as { body_text: string }[];
  const match = rows[0]?.body_text.match(
    new RegExp(`https?://[^/\\s]+(/api/${path}/[0-9a-f-]+\\?token=[^\\s&]+&lang=(de|en))`),
  );
  if (!match) throw new Error(`no ${path} link mailed to ${email}`);
  return match[1];
}

/** Posts the form as a browser would from the page: urlencoded, with our own Origin. */
export function postForm(app: TestApp, path: string, fields: Record<string, string | string[]>, origin?: string) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  const call = app.http.post(path).set('content-type', 'application/x-www-form-urlencoded').send(body.toString());
  return origin === undefined ? call.set('origin', app.config.publicUrl) : origin ? call.set('origin', origin) : call;
}

/** Runs `check` while the event is a hackathon (days, not an evening), then makes it a Nachtschicht again. */
export async function asHackathon(app: TestApp, eventId: string, check: () => Promise<void>): Promise<void> {
  await app.dataSource.query(`UPDATE event SET kind = 'HACKATHON' WHERE id = $1`, [eventId]);
  try {
    await check();
  } finally {
    await app.dataSource.query(`UPDATE event SET kind = 'NACHTSCHICHT' WHERE id = $1`, [eventId]);
  }
}
