import { Injectable } from '@nestjs/common';
import { type AuditAction, type UiLocale } from '@skillshift/shared';
import { DataSource } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody } from '../auth/tenant';
import { type FieldProblem, invalidInput } from '../common/errors/domain-error';
import { translator } from '../i18n/i18n';
import { AUDIT_PAGE_MAX, type AuditEntry, type AuditLogFilter, type AuditLogPage } from './audit-log.model';

interface AuditRow {
  id: string;
  at: Date;
  action: AuditAction;
  actorId: string | null;
  actorName: string;
  eventId: string | null;
  eventName: string | null;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
  total: number;
}

/** Reading the audit log: organizers of the body (and platform admins), newest first, filtered. */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    person: SignedInPerson | null,
    organizingBodyId: string,
    filter: AuditLogFilter | null,
    limit: number,
    offset: number,
    locale: UiLocale,
  ): Promise<AuditLogPage> {
    assertActsForBody(person, organizingBodyId);
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX)
      problems.push({
        path: 'limit',
        messageKey: limit < 1 ? 'validation.min' : 'validation.max',
        params: { min: 1, max: AUDIT_PAGE_MAX },
      });
    if (!Number.isInteger(offset) || offset < 0)
      problems.push({ path: 'offset', messageKey: 'validation.min', params: { min: 0 } });
    if (filter?.from && filter.to && filter.from >= filter.to)
      problems.push({ path: 'filter.to', messageKey: 'audit.validation.toAfterFrom' });
    if (problems.length > 0) throw invalidInput(problems);

    const where = ['a.organizing_body_id = $1'];
    const params: unknown[] = [organizingBodyId];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (filter?.eventId) add((p) => `a.event_id = ${p}`, filter.eventId);
    if (filter?.actorId) add((p) => `a.actor_id = ${p}`, filter.actorId);
    if (filter?.actions && filter.actions.length > 0) add((p) => `a.action = ANY(${p}::text[])`, filter.actions);
    if (filter?.from) add((p) => `a.at >= ${p}`, filter.from);
    if (filter?.to) add((p) => `a.at < ${p}`, filter.to);
    params.push(limit, offset);
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.at, a.action, a.actor_id AS "actorId", a.actor_name AS "actorName", a.event_id AS "eventId",
              e.name AS "eventName", a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.details,
              count(*) OVER ()::int AS total
         FROM audit_log a LEFT JOIN event e ON e.id = a.event_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.at DESC, a.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as AuditRow[];
    const totalCount =
      rows[0]?.total ??
      (offset > 0
        ? ((
            (await this.dataSource.query(
              `SELECT count(*)::int AS total FROM audit_log a WHERE ${where.join(' AND ')}`,
              params.slice(0, -2),
            )) as { total: number }[]
          )[0]?.total ?? 0)
        : 0);
    const t = translator(locale);
    return { items: rows.map((row) => toEntry(row, t)), totalCount };
  }
}

function toEntry(row: AuditRow, t: ReturnType<typeof translator>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actorName,
    eventId: row.eventId,
    eventName: row.eventName,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    runId: typeof row.details.runId === 'string' ? row.details.runId : null,
    description: describe(row, t),
  };
}

/** The entry as a sentence: `audit.descriptions.<action>` filled with the details of that moment. */
export function describe(row: Pick<AuditRow, 'action' | 'details'>, t: ReturnType<typeof translator>): string {
  const details = row.details;
  const params: Record<string, unknown> = { ...details };
  // Moves name "without a team" where a side is empty.
  for (const side of ['from', 'to'] as const)
    if (side in details && details[side] === null) params[side] = t('audit.withoutTeam');
  // (gapPercent and totalScore are numbers: the catalogue formats them in the reader's language, 10,12 or 10.12)
  if (details.errorKey && typeof details.errorKey === 'string') {
    // Parameters may be catalogue keys themselves (`{ $t: 'matching.pinRules.validTeam' }`).
    const errorParams = Object.entries((details.errorParams as Record<string, unknown>) ?? {}).map(([name, value]) => [
      name,
      isKeyRef(value) ? t(value.$t) : value,
    ]);
    params.error = t(details.errorKey, Object.fromEntries(errorParams));
  }
  if (row.action === 'DATA_EXPORTED' && typeof details.kind === 'string')
    params.kind = t(`audit.exportKinds.${details.kind}`, { defaultValue: details.kind });
  // "1 row", "48 rows": the catalogue's plural forms by the count
  if (row.action === 'DATA_EXPORTED' && typeof details.rows === 'number') params.count = details.rows;
  // "21 proposals, 20 of them by e-mail": people without an address are told by the organizers themselves
  if (row.action === 'PUBLICATION_PUBLISHED' && typeof details.proposals === 'number') {
    params.count = details.proposals;
    params.mailed = typeof details.mailed === 'number' ? details.mailed : details.proposals;
  }
  const key = `audit.descriptions.${row.action}`;
  const quality =
    row.action === 'MATCHING_RUN_FINISHED'
      ? details.optimal === true
        ? t('audit.optimal')
        : typeof details.gapPercent === 'number'
          ? t('audit.withinGap', { gapPercent: params.gapPercent })
          : ''
      : '';
  const sentence = t(key, { ...params, quality, defaultValue: row.action });
  // An organizer recorded what the volunteer said (by phone, on paper): the entry says so, with their note.
  if (details.onBehalf !== true) return sentence;
  const note = typeof details.note === 'string' && details.note ? details.note : null;
  return `${sentence} ${note ? t('audit.onBehalfWithNote', { note }) : t('audit.onBehalf')}`;
}

const isKeyRef = (value: unknown): value is { $t: string } =>
  typeof value === 'object' && value !== null && typeof (value as { $t?: unknown }).$t === 'string';
