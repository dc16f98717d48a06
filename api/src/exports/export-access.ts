import { type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, organizingBodiesOf } from '../auth/tenant';
import { forbidden, notFound, unauthenticated } from '../common/errors/domain-error';

export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export interface ExportedEvent {
  id: string;
  name: string;
  organizingBodyId: string;
}

/** The event if the caller organizes its body; people who organize nothing learn nothing, not even whether it exists. */
export async function eventForExport(
  manager: EntityManager,
  person: SignedInPerson | null,
  eventId: string,
): Promise<ExportedEvent> {
  if (!person) throw unauthenticated();
  const bodies = organizingBodiesOf(person);
  if (bodies !== 'all' && bodies.length === 0) throw forbidden();
  const rows = isUuid(eventId)
    ? ((await manager.query(`SELECT id, name, organizing_body_id FROM event WHERE id = $1`, [eventId])) as {
        id: string;
        name: string;
        organizing_body_id: string | null;
      }[])
    : [];
  if (rows.length === 0) throw notFound('entities.event');
  // Events from before organizing bodies belong to no body: only platform admins export them.
  assertActsForBody(person, rows[0].organizing_body_id ?? '');
  return { id: rows[0].id, name: rows[0].name, organizingBodyId: rows[0].organizing_body_id ?? '' };
}

/** The body's name if the caller organizes it. */
export async function bodyForExport(
  manager: EntityManager,
  person: SignedInPerson | null,
  organizingBodyId: string,
): Promise<{ id: string; name: string }> {
  if (!person) throw unauthenticated();
  if (!isUuid(organizingBodyId)) {
    assertActsForBody(person, organizingBodyId);
    throw notFound('entities.organizingBody');
  }
  assertActsForBody(person, organizingBodyId);
  const rows = (await manager.query(`SELECT id, name FROM organizing_body WHERE id = $1`, [organizingBodyId])) as {
    id: string;
    name: string;
  }[];
  if (rows.length === 0) throw notFound('entities.organizingBody');
  return rows[0];
}

/**
 * A file name part from a display name: ASCII letters and digits, words joined by hyphens; German umlauts as they are
 * written without them ("Lübeck" → "luebeck", not "lubeck"), other accents dropped.
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'export';
}
