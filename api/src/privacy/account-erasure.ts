import { type EntityManager } from 'typeorm';
import { conflict, notFound } from '../common/errors/domain-error';
import { PERSONAL_DATA_TABLES } from './personal-data-registry';

export type ErasureReason = 'SELF' | 'ASSISTED' | 'RETENTION';

/** The organizing bodies a person is known to: registrations, nonprofit memberships, organizer roles. */
export async function bodiesOfPerson(manager: EntityManager, personId: string): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT e.organizing_body_id AS id FROM volunteer_registration r JOIN event e ON e.id = r.event_id
      WHERE r.person_id = $1 AND e.organizing_body_id IS NOT NULL
     UNION
     SELECT n.organizing_body_id FROM nonprofit_contact c JOIN nonprofit n ON n.id = c.nonprofit_id
      WHERE c.person_id = $1
     UNION
     SELECT organizing_body_id FROM role_assignment WHERE person_id = $1 AND organizing_body_id IS NOT NULL`,
    [personId],
  )) as { id: string }[];
  return rows.map((row) => row.id).sort();
}

/**
 * Whether the person may be erased this way. Staff accounts keep bodies running: nobody erases the last organizer of
 * a body or the last platform admin, and organizers erase only volunteers and nonprofit contacts on request (an
 * organizer's own account is erased by that organizer).
 */
export async function assertErasable(manager: EntityManager, personId: string, reason: ErasureReason): Promise<void> {
  const roles = (await manager.query(
    `SELECT r.role, r.organizing_body_id, b.name AS body,
            (SELECT count(*)::int FROM role_assignment o
              WHERE o.role = r.role AND o.person_id <> r.person_id
                AND o.organizing_body_id IS NOT DISTINCT FROM r.organizing_body_id) AS others
       FROM role_assignment r LEFT JOIN organizing_body b ON b.id = r.organizing_body_id
      WHERE r.person_id = $1 AND r.role IN ('ORGANIZER', 'PLATFORM_ADMIN')`,
    [personId],
  )) as {
    role: 'ORGANIZER' | 'PLATFORM_ADMIN';
    organizing_body_id: string | null;
    body: string | null;
    others: number;
  }[];
  if (roles.length === 0) return;
  if (reason !== 'SELF') throw conflict('privacy.errors.staffAccount');
  const lastOrganizer = roles.find((role) => role.role === 'ORGANIZER' && role.others === 0);
  if (lastOrganizer) throw conflict('privacy.errors.lastOrganizer', { body: lastOrganizer.body ?? '' });
  if (roles.some((role) => role.role === 'PLATFORM_ADMIN' && role.others === 0))
    throw conflict('privacy.errors.lastAdmin');
}

/**
 * Erases an account inside the caller's transaction: every table of PERSONAL_DATA_TABLES by its rule, the mails to
 * the address, and last the person row, which stays as an anonymous tombstone. Returns the bodies the person was
 * known to (read before anything changes), for the audit log.
 */
export async function eraseAccount(manager: EntityManager, personId: string): Promise<{ bodies: string[] }> {
  const people = (await manager.query(`SELECT email, erased_at FROM person WHERE id = $1 FOR UPDATE`, [personId])) as {
    email: string | null;
    erased_at: Date | null;
  }[];
  if (people.length === 0 || people[0].erased_at) throw notFound('privacy.personEntity');
  const email = people[0].email;
  const bodies = await bodiesOfPerson(manager, personId);
  for (const table of PERSONAL_DATA_TABLES) {
    if (table.erasure === 'ANONYMISE') continue;
    await table.erase?.(manager, personId);
    if (table.erasure === 'DELETE')
      for (const column of table.personColumns)
        await manager.query(`DELETE FROM ${table.table} WHERE ${column} = $1`, [personId]);
  }
  if (email) {
    await manager.query(`DELETE FROM outbox_message WHERE to_address = $1`, [email]);
    await manager.query(`DELETE FROM dev_mail WHERE to_address = $1`, [email]);
  }
  await manager.query(
    `UPDATE person SET name = '', email = NULL, phone = NULL, last_active_at = NULL, erased_at = now() WHERE id = $1`,
    [personId],
  );
  return { bodies };
}
