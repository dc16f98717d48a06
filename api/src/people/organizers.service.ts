import { Injectable } from '@nestjs/common';
import { type Role, type UiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type FieldProblem, invalidInput, notFound, unauthenticated } from '../common/errors/domain-error';
import { isValidEmail, normalizeEmail } from '../auth/email-address';
import { SignInService } from '../auth/sign-in.service';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, organizingBodiesOf } from '../auth/tenant';
import { type BodyOrganizerModel, type OrganizingBodyModel } from './organizing-body.model';

export const NAME_MAX_LENGTH = 120;
const BODY_NAME_MIN_LENGTH = 3;

export interface OrganizerInvitation {
  email: string;
  name?: string | null;
  locale?: UiLocale;
}

export interface InvitationResult {
  organizingBodyId: string;
  organizingBodyName: string;
  personId: string;
  createdBody: boolean;
  createdPerson: boolean;
}

/** Organizing bodies (tenants) and their organizers: the first one by the admin command, further ones by organizers. */
@Injectable()
export class OrganizersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signIn: SignInService,
  ) {}

  /** For `npm run admin -- invite-organizer`: creates the body (or reuses one of that name) and invites. */
  async inviteFirstOrganizer(
    body: { name: string; city?: string },
    invitation: OrganizerInvitation,
  ): Promise<InvitationResult> {
    const email = this.validEmail(invitation);
    return this.dataSource.transaction(async (manager) => {
      const existing = (await manager.query(`SELECT id, name FROM organizing_body WHERE lower(name) = lower($1)`, [
        body.name.trim(),
      ])) as { id: string; name: string }[];
      const organizingBody =
        existing[0] ??
        (
          (await manager.query(`INSERT INTO organizing_body (name, city) VALUES ($1, $2) RETURNING id, name`, [
            body.name.trim(),
            body.city?.trim() ?? '',
          ])) as { id: string; name: string }[]
        )[0];
      const result = await this.invite(manager, organizingBody, { ...invitation, email });
      return { ...result, createdBody: !existing[0] };
    });
  }

  /** An organizer invites someone into a body they organize themselves (never into another tenant). */
  async inviteFurtherOrganizer(
    inviter: SignedInPerson | null,
    invitation: OrganizerInvitation & { organizingBodyId?: string | null },
  ): Promise<InvitationResult> {
    if (!inviter) throw unauthenticated();
    const email = this.validEmail(invitation);
    const bodyId = invitation.organizingBodyId ?? onlyBodyOf(inviter);
    assertActsForBody(inviter, bodyId);
    return this.dataSource.transaction(async (manager) => {
      const bodies = (await manager.query(`SELECT id, name FROM organizing_body WHERE id = $1`, [bodyId])) as {
        id: string;
        name: string;
      }[];
      if (!bodies[0]) throw notFound('entities.organizingBody');
      await refuseExistingOrganizer(manager, bodies[0], email, inviter.id);
      const result = await this.invite(manager, bodies[0], { ...invitation, email });
      return { ...result, createdBody: false };
    });
  }

  async bodiesOf(person: SignedInPerson | null): Promise<OrganizingBodyModel[]> {
    if (!person) throw unauthenticated();
    const bodies = organizingBodiesOf(person);
    return (await this.dataSource.query(
      `SELECT id, name, city FROM organizing_body WHERE $1::boolean OR id = ANY($2::uuid[]) ORDER BY name, id`,
      [bodies === 'all', bodies === 'all' ? [] : bodies],
    )) as OrganizingBodyModel[];
  }

  async organizersOf(person: SignedInPerson | null, organizingBodyId: string): Promise<BodyOrganizerModel[]> {
    assertActsForBody(person, organizingBodyId);
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.name, p.email, r.created_at AS since,
              EXISTS (SELECT 1 FROM sign_in_token t WHERE t.person_id = p.id AND t.used_at IS NOT NULL) AS signed_in
         FROM role_assignment r JOIN person p ON p.id = r.person_id
        WHERE r.role = 'ORGANIZER' AND r.organizing_body_id = $1
        ORDER BY lower(p.name), p.email`,
      [organizingBodyId],
    )) as { id: string; name: string; email: string | null; since: Date; signed_in: boolean }[];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      since: row.since,
      hasSignedIn: row.signed_in,
    }));
  }

  /** For platform admins in the web app: a new body with its first organizer; an existing name is an error here. */
  async createBody(
    body: { name: string; city: string },
    invitation: OrganizerInvitation,
  ): Promise<OrganizingBodyModel> {
    const name = body.name.trim();
    const problems: FieldProblem[] = [];
    if (name.length < BODY_NAME_MIN_LENGTH)
      problems.push({
        path: 'name',
        messageKey: name ? 'validation.minLength' : 'validation.isNotEmpty',
        params: { min: BODY_NAME_MIN_LENGTH },
      });
    if (name.length > NAME_MAX_LENGTH)
      problems.push({ path: 'name', messageKey: 'validation.maxLength', params: { max: NAME_MAX_LENGTH } });
    if (body.city.trim().length > NAME_MAX_LENGTH)
      problems.push({ path: 'city', messageKey: 'validation.maxLength', params: { max: NAME_MAX_LENGTH } });
    const email = normalizeEmail(invitation.email ?? '');
    if (!email) problems.push({ path: 'organizerEmail', messageKey: 'validation.isNotEmpty' });
    else if (!isValidEmail(email)) problems.push({ path: 'organizerEmail', messageKey: 'validation.isEmail' });
    if ((invitation.name ?? '').trim().length > NAME_MAX_LENGTH)
      problems.push({ path: 'organizerName', messageKey: 'validation.maxLength', params: { max: NAME_MAX_LENGTH } });
    if (problems.length > 0) throw invalidInput(problems);
    return this.dataSource.transaction(async (manager) => {
      // Serialises body creation, so two admins creating "Kiel" and "kiel" at once get one body and one error.
      await manager.query(`LOCK TABLE organizing_body IN SHARE ROW EXCLUSIVE MODE`);
      const taken = (await manager.query(`SELECT 1 FROM organizing_body WHERE lower(name) = lower($1)`, [
        name,
      ])) as unknown[];
      if (taken.length > 0)
        throw invalidInput([{ path: 'name', messageKey: 'errors.organizingBodyExists', params: { name } }]);
      const created = (await manager.query(
        `INSERT INTO organizing_body (name, city) VALUES ($1, $2) RETURNING id, name, city`,
        [name, body.city.trim()],
      )) as OrganizingBodyModel[];
      await this.invite(manager, created[0], { ...invitation, email });
      return created[0];
    });
  }

  private async invite(
    manager: EntityManager,
    body: { id: string; name: string },
    invitation: OrganizerInvitation & { email: string },
  ): Promise<Omit<InvitationResult, 'createdBody'>> {
    const { person, created } = await ensurePerson(manager, invitation);
    await grantRole(manager, person.id, 'ORGANIZER', body.id);
    const locale = invitation.locale ?? (person.locale === 'en' ? 'en' : 'de');
    await this.signIn.issueLink(manager, person, 'INVITATION', locale, { organizingBodyName: body.name });
    return {
      organizingBodyId: body.id,
      organizingBodyName: body.name,
      personId: person.id,
      createdPerson: created,
    };
  }

  private validEmail(invitation: OrganizerInvitation): string {
    const problems: FieldProblem[] = [];
    const email = normalizeEmail(invitation.email ?? '');
    if (!email) problems.push({ path: 'email', messageKey: 'validation.isNotEmpty' });
    else if (!isValidEmail(email)) problems.push({ path: 'email', messageKey: 'validation.isEmail' });
    if ((invitation.name ?? '').trim().length > NAME_MAX_LENGTH)
      problems.push({ path: 'name', messageKey: 'validation.maxLength', params: { max: NAME_MAX_LENGTH } });
    if (problems.length > 0) throw invalidInput(problems);
    return email;
  }
}

/**
 * Someone who already organizes for the body (the address in any case) gets no second invitation mail; one invited
 * but not signed in yet is told so: the sign-in page sends them a new link.
 */
async function refuseExistingOrganizer(
  manager: EntityManager,
  body: { id: string; name: string },
  email: string,
  inviterId: string,
): Promise<void> {
  const [existing] = (await manager.query(
    `SELECT p.id = $3 OR EXISTS (SELECT 1 FROM sign_in_token t WHERE t.person_id = p.id AND t.used_at IS NOT NULL)
              AS active
       FROM role_assignment r JOIN person p ON p.id = r.person_id
      WHERE r.role = 'ORGANIZER' AND r.organizing_body_id = $1 AND lower(p.email) = $2`,
    [body.id, email, inviterId],
  )) as { active: boolean }[];
  if (!existing) return;
  throw invalidInput([
    {
      path: 'email',
      messageKey: existing.active ? 'errors.alreadyOrganizer' : 'errors.organizerInvitationPending',
      params: { email, body: body.name },
    },
  ]);
}

function onlyBodyOf(inviter: SignedInPerson): string {
  const bodies = organizingBodiesOf(inviter);
  if (bodies !== 'all' && bodies.length === 1) return bodies[0];
  throw invalidInput([{ path: 'organizingBodyId', messageKey: 'errors.organizingBodyRequired' }]);
}

/** Finds the person by address or creates them; a given name fills an empty one but never overwrites. */
export async function ensurePerson(
  manager: EntityManager,
  person: { email: string; name?: string | null; locale?: UiLocale },
): Promise<{ person: { id: string; email: string; name: string; locale: string }; created: boolean }> {
  const email = normalizeEmail(person.email);
  const inserted = (await manager.query(
    `INSERT INTO person (email, name, locale) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING
     RETURNING id, email, name, locale`,
    [email, person.name?.trim() ?? '', person.locale ?? 'de'],
  )) as { id: string; email: string; name: string; locale: string }[];
  if (inserted[0]) return { person: inserted[0], created: true };
  const [rows] = (await manager.query(
    `UPDATE person SET name = CASE WHEN name = '' THEN $2 ELSE name END WHERE email = $1
     RETURNING id, email, name, locale`,
    [email, person.name?.trim() ?? ''],
  )) as [{ id: string; email: string; name: string; locale: string }[], number];
  return { person: rows[0], created: false };
}

export async function grantRole(
  manager: EntityManager,
  personId: string,
  role: Role,
  organizingBodyId: string | null = null,
): Promise<void> {
  await manager.query(
    `INSERT INTO role_assignment (person_id, role, organizing_body_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [personId, role, organizingBodyId],
  );
}
