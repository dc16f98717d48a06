import { type Role } from '@skillshift/shared';
import { type DataSource } from 'typeorm';
import { ensurePerson, grantRole } from '../src/people/organizers.service';

/** Factories: people with roles and organizing bodies, written straight into the test's database. */
export async function createBody(dataSource: DataSource, name: string, city = 'Lübeck'): Promise<string> {
  const rows = (await dataSource.query(`INSERT INTO organizing_body (name, city) VALUES ($1, $2) RETURNING id`, [
    name,
    city,
  ])) as { id: string }[];
  return rows[0].id;
}

export async function createPerson(
  dataSource: DataSource,
  email: string,
  roles: { role: Role; organizingBodyId?: string }[] = [],
  name = '',
): Promise<string> {
  return dataSource.transaction(async (manager) => {
    const { person } = await ensurePerson(manager, { email, name });
    for (const grant of roles) await grantRole(manager, person.id, grant.role, grant.organizingBodyId ?? null);
    return person.id;
  });
}

/** The token of the newest sign-in link mailed to `email`, read from the outbox row's text. */
export async function latestLinkFor(dataSource: DataSource, email: string): Promise<string | undefined> {
  const rows = (await dataSource.query(
    `SELECT body_text FROM outbox_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  )) as { body_text: string }[];
  return rows[0]?.body_text.match(/\/auth\/verify\?token=([A-Za-z0-9_-]+)/)?.[1];
}

/** A signed-in browser for the person, without the mail round trip: the session cookie as `name=value`. */
export async function sessionCookieFor(dataSource: DataSource, personId: string): Promise<string> {
  const { SessionService } = await import('../src/auth/session.service');
  const session = await dataSource.transaction((manager) => new SessionService(dataSource).start(manager, personId));
  return `skillshift_session=${session.token}`;
}
