import { type EntityManager } from 'typeorm';
import { notFound } from '../common/errors/domain-error';
import { MAIL_TABLES, mailsTo, PERSONAL_DATA_TABLES } from './personal-data-registry';

/** The version of the download's layout; raise it when sections change meaning (new sections do not). */
export const PERSONAL_DATA_FORMAT = 'skillshift-personal-data/1';

/**
 * Everything held about a person (GDPR Art. 15 and 20), one section per table of PERSONAL_DATA_TABLES, plus the mails
 * sent to their address. Token hashes, address hashes and mail bodies are left out: they are keys, not information.
 */
export async function personalDataOf(
  manager: EntityManager,
  personId: string,
  now = new Date(),
): Promise<Record<string, unknown>> {
  const people = (await manager.query(`SELECT email, erased_at FROM person WHERE id = $1`, [personId])) as {
    email: string | null;
    erased_at: Date | null;
  }[];
  if (people.length === 0 || people[0].erased_at) throw notFound('privacy.personEntity');
  const sections: Record<string, unknown> = {};
  for (const table of PERSONAL_DATA_TABLES)
    if (table.section && table.exportRows) sections[table.section] = await table.exportRows(manager, personId);
  sections.mails = await mailsTo(manager, people[0].email);
  return {
    format: PERSONAL_DATA_FORMAT,
    exportedAt: now.toISOString(),
    tables: [...PERSONAL_DATA_TABLES.map((table) => table.table), ...MAIL_TABLES],
    ...sections,
  };
}
