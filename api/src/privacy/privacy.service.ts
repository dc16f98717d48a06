import { Injectable } from '@nestjs/common';
import { type AuditAction } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody } from '../auth/tenant';
import { type FieldProblem, invalidInput, notFound, unauthenticated } from '../common/errors/domain-error';
import { logger } from '../common/logging/logger';
import { fileDate } from '../exports/http-download';
import { type ConsentRecord } from '../volunteers/volunteer.model';
import { assertErasable, bodiesOfPerson, eraseAccount } from './account-erasure';
import { personalDataOf } from './personal-data-export';
import { type BodyPerson } from './privacy.model';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const SEARCH_MIN = 2;
const SEARCH_MAX = 100;
const SEARCH_RESULTS = 20;

/** A download for the browser: the person's data as JSON. */
export interface PersonalDataFile {
  fileName: string;
  contentType: string;
  body: string;
}

/**
 * GDPR rights on the account page and, on a person's request, by organizers of a body they are known to: see the
 * consents, download everything (Art. 15/20), erase the account (Art. 17). Downloads and erasures are audit-logged in
 * every body the person is known to; the entries name the person only by the id of the (then anonymous) row.
 */
@Injectable()
export class PrivacyService {
  constructor(private readonly dataSource: DataSource) {}

  async myConsents(person: SignedInPerson | null): Promise<ConsentRecord[]> {
    if (!person) throw unauthenticated();
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.purpose, c.text_version AS "textVersion", c.method, nullif(r.name, '') AS "recordedByName",
              c.given_at AS "givenAt", c.withdrawn_at AS "withdrawnAt"
         FROM consent_record c LEFT JOIN person r ON r.id = c.recorded_by_id
        WHERE c.person_id = $1 ORDER BY c.given_at DESC, c.id`,
      [person.id],
    )) as ConsentRecord[];
    return rows;
  }

  async myData(person: SignedInPerson | null, now = new Date()): Promise<PersonalDataFile> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const data = await personalDataOf(manager, person.id, now);
      await this.audit(manager, await bodiesOfPerson(manager, person.id), person.id, 'PERSONAL_DATA_EXPORTED', {
        id: person.id,
        name: '',
      });
      return file(data, now);
    });
  }

  async eraseMine(person: SignedInPerson | null, confirm: boolean): Promise<boolean> {
    if (!person) throw unauthenticated();
    assertConfirmed(confirm);
    return this.dataSource.transaction(async (manager) => {
      await assertErasable(manager, person.id, 'SELF');
      const { bodies } = await eraseAccount(manager, person.id);
      // The actor is the person themselves; their name is exactly what must not survive.
      await this.audit(manager, bodies, person.id, 'ACCOUNT_ERASED', { id: person.id, name: '' }, { reason: 'SELF' });
      return true;
    });
  }

  /** People of the body matching a name, address or phone number, for acting on their request. */
  async findInBody(person: SignedInPerson | null, organizingBodyId: string, search: string): Promise<BodyPerson[]> {
    assertActsForBody(person, organizingBodyId);
    const term = search.trim();
    const problems: FieldProblem[] = [];
    if (term.length < SEARCH_MIN)
      problems.push({ path: 'search', messageKey: 'validation.minLength', params: { min: SEARCH_MIN } });
    if (term.length > SEARCH_MAX)
      problems.push({ path: 'search', messageKey: 'validation.maxLength', params: { max: SEARCH_MAX } });
    if (problems.length > 0) throw invalidInput(problems);
    const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const digits = term.replace(/\D/g, '');
    const rows = (await this.dataSource.query(
      `WITH known AS (${KNOWN_TO_BODY})
       SELECT p.id, p.name, p.email, p.phone,
              (SELECT count(*)::int FROM volunteer_registration r JOIN event e ON e.id = r.event_id
                WHERE r.person_id = p.id AND e.organizing_body_id = $1) AS "volunteerRegistrations",
              coalesce((SELECT array_agg(n.name ORDER BY n.name) FROM nonprofit_contact c
                          JOIN nonprofit n ON n.id = c.nonprofit_id
                         WHERE c.person_id = p.id AND n.organizing_body_id = $1), '{}') AS nonprofits,
              EXISTS (SELECT 1 FROM role_assignment a WHERE a.person_id = p.id
                         AND a.role IN ('ORGANIZER', 'PLATFORM_ADMIN')) AS staff
         FROM person p JOIN known k ON k.person_id = p.id
        WHERE p.erased_at IS NULL
          AND (p.name ILIKE $2 OR p.email ILIKE $2
               OR ($3 <> '' AND regexp_replace(coalesce(p.phone, ''), '\\D', '', 'g') LIKE '%' || $3 || '%'))
        ORDER BY lower(p.name), p.email, p.id
        LIMIT ${SEARCH_RESULTS}`,
      [organizingBodyId, pattern, digits.length >= 4 ? digits : ''],
    )) as BodyPerson[];
    return rows;
  }

  async dataForBody(
    person: SignedInPerson | null,
    organizingBodyId: string,
    personId: string,
    now = new Date(),
  ): Promise<PersonalDataFile> {
    assertActsForBody(person, organizingBodyId);
    return this.dataSource.transaction(async (manager) => {
      await assertKnownToBody(manager, organizingBodyId, personId);
      const data = await personalDataOf(manager, personId, now);
      await this.audit(manager, [organizingBodyId], personId, 'PERSONAL_DATA_EXPORTED', person, { reason: 'ASSISTED' });
      return file(data, now);
    });
  }

  async eraseForBody(
    person: SignedInPerson | null,
    organizingBodyId: string,
    personId: string,
    confirm: boolean,
  ): Promise<boolean> {
    assertActsForBody(person, organizingBodyId);
    assertConfirmed(confirm);
    return this.dataSource.transaction(async (manager) => {
      await assertKnownToBody(manager, organizingBodyId, personId);
      await assertErasable(manager, personId, 'ASSISTED');
      const { bodies } = await eraseAccount(manager, personId);
      await this.audit(manager, bodies, personId, 'ACCOUNT_ERASED', person, { reason: 'ASSISTED' });
      return true;
    });
  }

  private async audit(
    manager: EntityManager,
    bodies: string[],
    personId: string,
    action: AuditAction,
    actor: SignedInPerson | { id: string; name: string },
    details: Record<string, unknown> = {},
  ): Promise<void> {
    if (bodies.length === 0) logger.info({ personId, action }, 'privacy action of a person known to no body');
    for (const organizingBodyId of bodies)
      await recordAudit(manager, {
        organizingBodyId,
        eventId: null,
        actor,
        action,
        subjectType: 'PERSON',
        subjectId: personId,
        details,
      });
  }
}

/** Volunteers of the body's events and contacts of its nonprofits; organizers of the body count too. */
const KNOWN_TO_BODY = `
  SELECT r.person_id FROM volunteer_registration r JOIN event e ON e.id = r.event_id WHERE e.organizing_body_id = $1
  UNION SELECT c.person_id FROM nonprofit_contact c JOIN nonprofit n ON n.id = c.nonprofit_id
   WHERE n.organizing_body_id = $1
  UNION SELECT person_id FROM role_assignment WHERE organizing_body_id = $1`;

async function assertKnownToBody(manager: EntityManager, organizingBodyId: string, personId: string): Promise<void> {
  const rows = isUuid(personId)
    ? ((await manager.query(
        `WITH known AS (${KNOWN_TO_BODY})
         SELECT 1 FROM known k JOIN person p ON p.id = k.person_id WHERE k.person_id = $2 AND p.erased_at IS NULL`,
        [organizingBodyId, personId],
      )) as unknown[])
    : [];
  if (rows.length === 0) throw notFound('privacy.personEntity');
}

function assertConfirmed(confirm: boolean): void {
  if (confirm !== true) throw invalidInput([{ path: 'confirm', messageKey: 'privacy.validation.confirmErasure' }]);
}

function file(data: Record<string, unknown>, now: Date): PersonalDataFile {
  return {
    fileName: `skillshift-personal-data-${fileDate(now)}.json`,
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(data, null, 2)}\n`,
  };
}
