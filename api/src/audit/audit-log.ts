import { type AuditAction } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { type SignedInPerson } from '../auth/signed-in-person';

export interface AuditRecord {
  organizingBodyId: string;
  eventId: string | null;
  /** Null for what the system did by itself. */
  actor: Pick<SignedInPerson, 'id' | 'name' | 'email'> | { id: string | null; name: string } | null;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  /** The names and numbers of that moment; the sentence in the log is made from them (audit.descriptions.*). */
  details?: Record<string, unknown>;
}

/** Writes one audit entry (table audit_log, see AuditLogEntity) with the caller's manager, so it commits or rolls back with the change it describes. */
export async function recordAudit(manager: EntityManager, record: AuditRecord): Promise<void> {
  const actorName =
    record.actor && 'email' in record.actor ? record.actor.name || record.actor.email : (record.actor?.name ?? '');
  await preparedQuery(
    manager,
    `INSERT INTO audit_log (organizing_body_id, event_id, actor_id, actor_name, action, subject_type, subject_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [
      record.organizingBodyId,
      record.eventId,
      record.actor?.id ?? null,
      actorName,
      record.action,
      record.subjectType,
      record.subjectId,
      JSON.stringify(record.details ?? {}),
    ],
  );
}
