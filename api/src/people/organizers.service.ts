import { Injectable } from '@nestjs/common';
import { type Role, type UiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type FieldProblem, invalidInput, notFound, unauthenticated } from '../common/errors/domain-error';
import { isValidEmail, normalizeEmail } from '../auth/email-address';
import { SignInService } from '../auth/sign-in.service';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, organizingBodiesOf } from '../auth/tenant';

export const NAME_MAX_LENGTH = 120;

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
      const result = await this.invite(manager, bodies[0], { ...invitation, email });
      return { ...result, createdBody: false };
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
