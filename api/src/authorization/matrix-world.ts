import { type Role } from '@skillshift/shared';
import { gql, type TestApp } from '../../test/app';
import { createEvent } from '../../test/events';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';

/** Contact A's phone number, a personal field of the matrix. */
export const MATRIX_CONTACT_PHONE = '0451 7654321';
/** The volunteer's phone and employer, personal fields of the matrix. */
export const MATRIX_VOLUNTEER_PHONE = '0451 1112223';
export const MATRIX_VOLUNTEER_EMPLOYER = 'Matrix Digital GmbH';

/** The address of body X's help point (public, but named like personal fields). */
export const MATRIX_HELP_POINT_STREET = 'Königstraße 9';
export const MATRIX_HELP_POINT_POSTAL_CODE = '23552';

export const ACTORS = ['anonymous', 'volunteer', 'contactA', 'contactB', 'organizerX', 'organizerY', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

type Grants = { role: Role; organizingBodyId?: string }[];

/**
 * The data the matrix runs against: bodies X and Y, an open event in each (and nothing else shared), nonprofits A
 * and B in body X with one contact each, a volunteer registered for X's event, an organizer per body, an admin.
 */
export interface MatrixWorld {
  app: TestApp;
  bodyX: string;
  bodyY: string;
  eventX: { id: string; slots: { id: string }[] };
  eventY: { id: string; slots: { id: string }[] };
  nonprofitA: string;
  nonprofitB: string;
  people: Record<Exclude<Actor, 'anonymous'>, { id: string; email: string; grants: Grants }>;
  cookies: Record<Actor, string | null>;
  /** A new person with the same roles as `actor`, signed in: for operations that end the caller's sessions. */
  twinOf(actor: Actor): Promise<string | null>;
  /** A new draft event of body X, for operations that use one up. */
  draftEventX(): Promise<{ id: string; slots: { id: string }[] }>;
  /** A unique suffix for names and addresses that must not repeat. */
  unique(): string;
}

export async function setUpWorld(app: TestApp): Promise<MatrixWorld> {
  const { dataSource } = app;
  const bodyX = await createBody(dataSource, 'Matrix Lübeck');
  const bodyY = await createBody(dataSource, 'Matrix Kiel', 'Kiel');
  const grantsOf: Record<Exclude<Actor, 'anonymous'>, Grants> = {
    volunteer: [{ role: 'VOLUNTEER' }],
    contactA: [{ role: 'NONPROFIT_CONTACT' }],
    contactB: [{ role: 'NONPROFIT_CONTACT' }],
    organizerX: [{ role: 'ORGANIZER', organizingBodyId: bodyX }],
    organizerY: [{ role: 'ORGANIZER', organizingBodyId: bodyY }],
    admin: [{ role: 'PLATFORM_ADMIN' }],
  };
  const people = {} as MatrixWorld['people'];
  const cookies = { anonymous: null } as MatrixWorld['cookies'];
  for (const [actor, grants] of Object.entries(grantsOf) as [Exclude<Actor, 'anonymous'>, Grants][]) {
    const email = `${actor.toLowerCase()}@matrix.example`;
    const id = await createPerson(dataSource, email, grants, `Matrix ${actor}`);
    people[actor] = { id, email, grants };
    cookies[actor] = await sessionCookieFor(dataSource, id);
  }
  const openEvent = async (cookie: string, body: string) => {
    const event = await createEvent(app, cookie, body);
    await gql(app, `mutation ($id: ID!) { changeEventStatus(id: $id, status: OPEN) { id } }`, { id: event.id }, cookie);
    return event;
  };
  const eventX = await openEvent(cookies.organizerX!, bodyX);
  const eventY = await openEvent(cookies.organizerY!, bodyY);

  // The volunteer's profile and registration for X's event.
  await dataSource.query(`UPDATE person SET phone = $2 WHERE id = $1`, [people.volunteer.id, MATRIX_VOLUNTEER_PHONE]);
  await dataSource.query(
    `INSERT INTO volunteer_profile (person_id, employer, skills, languages, formats)
     VALUES ($1, $2, '[{"skill": "web.cms.wordpress", "level": 3}]', '{de}', '{ONSITE}')`,
    [people.volunteer.id, MATRIX_VOLUNTEER_EMPLOYER],
  );
  await dataSource.query(
    `WITH r AS (INSERT INTO volunteer_registration (event_id, person_id) VALUES ($1, $2) RETURNING id)
     INSERT INTO volunteer_registration_slot (registration_id, slot_id) SELECT id, $3 FROM r`,
    [eventX.id, people.volunteer.id, eventX.slots[0].id],
  );

  const nonprofit = async (name: string, contact: string) => {
    const rows = (await dataSource.query(
      `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form, street, postal_code, city, district)
       VALUES ($1, $2, lower($2), 'EV', 'Breite Straße 1', '23552', 'Lübeck', 'Innenstadt') RETURNING id`,
      [bodyX, name],
    )) as { id: string }[];
    await dataSource.query(`INSERT INTO nonprofit_contact (nonprofit_id, person_id) VALUES ($1, $2)`, [
      rows[0].id,
      contact,
    ]);
    return rows[0].id;
  };
  const nonprofitA = await nonprofit('Matrix Verein A', people.contactA.id);
  await dataSource.query(`UPDATE person SET phone = $2 WHERE id = $1`, [people.contactA.id, MATRIX_CONTACT_PHONE]);
  const nonprofitB = await nonprofit('Matrix Verein B', people.contactB.id);
  // A help point of body X (public place; its address is a personal-looking field everyone may read).
  await dataSource.query(
    `INSERT INTO help_point (organizing_body_id, name, street, postal_code, city, opening_hours, languages, topics)
     VALUES ($1, 'Matrix Anlaufstelle', $2, $3, 'Lübeck', 'Mo 10–12 Uhr', '{de}', '{DEVICES}')`,
    [bodyX, MATRIX_HELP_POINT_STREET, MATRIX_HELP_POINT_POSTAL_CODE],
  );

  let counter = 0;
  return {
    app,
    bodyX,
    bodyY,
    eventX,
    eventY,
    nonprofitA,
    nonprofitB,
    people,
    cookies,
    unique: () => `${Date.now().toString(36)}${(counter++).toString(36)}`,
    async twinOf(actor) {
      if (actor === 'anonymous') return null;
      const id = await createPerson(dataSource, `twin-${counter++}-${people[actor].email}`, people[actor].grants);
      return sessionCookieFor(dataSource, id);
    },
    draftEventX: () => createEvent(app, cookies.organizerX!, bodyX),
  };
}
