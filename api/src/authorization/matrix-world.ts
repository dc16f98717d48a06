import { type Role } from '@skillshift/shared';
import { gql, type TestApp } from '../../test/app';
import { createEvent } from '../../test/events';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';

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
  const nonprofitB = await nonprofit('Matrix Verein B', people.contactB.id);

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
