import { type EntityManager } from 'typeorm';
import { type ConsentMethod, RECORDED_CONSENT_METHODS } from '@skillshift/shared';
import { type ChallengeContent, missingForSubmission, ownContentProblems } from '../challenges/challenge-rules';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';

/** Names are compared without case, accents in different encodings or extra spaces: "Tafel  Lübeck" = "tafel lübeck". */
export function nonprofitNameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
}

/**
 * An organizer's intake: the nonprofit's coordinates, how the consent was given, a way to reach the contact, and what
 * the challenge needs to be submitted. The challenge's rules are here, not only after the event is read, so that one
 * answer names the problems of all three parts (the organizer would otherwise learn of the challenge's afterwards).
 */
export function intakeProblems(input: {
  nonprofit: { latitude?: number | null; longitude?: number | null };
  contact: { email?: string | null; phone?: string | null };
  consentMethod: ConsentMethod;
  challenge: ChallengeContent;
}): FieldProblem[] {
  const problems: FieldProblem[] = [...coordinateProblems(input.nonprofit, 'input.nonprofit')];
  if (!RECORDED_CONSENT_METHODS.some((method) => method === input.consentMethod))
    problems.push({ path: 'input.consentMethod', messageKey: 'nonprofits.validation.intakeMethod' });
  if (!input.contact.email && !input.contact.phone)
    problems.push({ path: 'input.contact.email', messageKey: 'nonprofits.validation.reachable' });
  problems.push(
    ...ownContentProblems(input.challenge, 'input.challenge'),
    ...missingForSubmission(input.challenge, 'input.challenge'),
  );
  return problems;
}

/** A registration needs the person's agreement to the processing of the data. */
export function registrationConsentProblems(input: { consent: boolean }, prefix = 'input'): FieldProblem[] {
  return input.consent ? [] : [{ path: `${prefix}.consent`, messageKey: 'nonprofits.validation.consentRequired' }];
}

/** Latitude and longitude only make sense together. */
export function coordinateProblems(
  input: { latitude?: number | null; longitude?: number | null },
  prefix = 'input',
): FieldProblem[] {
  const hasLatitude = input.latitude !== null && input.latitude !== undefined;
  const hasLongitude = input.longitude !== null && input.longitude !== undefined;
  if (hasLatitude === hasLongitude) return [];
  return [
    {
      path: `${prefix}.${hasLatitude ? 'longitude' : 'latitude'}`,
      messageKey: 'nonprofits.validation.coordinatesTogether',
    },
  ];
}

/**
 * What a taken name tells the one who typed it: a nonprofit's own contact (ask its contact person to add you), or an
 * organizer entering it for someone (assisted intake: add the person to the one registered, or tell the names apart).
 */
export type NameTakenVoice = 'self' | 'intake';
const NAME_TAKEN_KEYS: Record<NameTakenVoice, string> = {
  self: 'nonprofits.validation.nameTaken',
  intake: 'nonprofits.validation.nameTakenIntake',
};

/** A CONFLICT that names the field, so the form shows it beside the name. */
export const nameTaken = (name: string, path: string, voice: NameTakenVoice = 'self') =>
  new DomainError('CONFLICT', 'nonprofits.errors.nameTaken', { name }, [{ path, messageKey: NAME_TAKEN_KEYS[voice] }]);

/** Whether another nonprofit of the body has the name; the unique index catches what races past this. */
async function nameInUse(
  manager: EntityManager,
  organizingBodyId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM nonprofit
      WHERE organizing_body_id = $1 AND name_key = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [organizingBodyId, nonprofitNameKey(name), exceptId],
  )) as unknown[];
  return rows.length > 0;
}

/** Throws when another nonprofit of the body has the name. */
export async function assertNameFree(
  manager: EntityManager,
  organizingBodyId: string,
  name: string,
  path: string,
  exceptId: string | null = null,
): Promise<void> {
  if (await nameInUse(manager, organizingBodyId, name, exceptId)) throw nameTaken(name.trim(), path);
}

/** A name already taken as a problem of its field, for a refusal that names it together with the other problems. */
export async function nameProblems(
  manager: EntityManager,
  organizingBodyId: string,
  name: string,
  path: string,
  voice: NameTakenVoice = 'self',
): Promise<FieldProblem[]> {
  return (await nameInUse(manager, organizingBodyId, name, null)) ? [{ path, messageKey: NAME_TAKEN_KEYS[voice] }] : [];
}

/** Whether a database error is the unique index on names within a body (two registrations at the same moment). */
export function isNameIndexViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && driverError.constraint === 'nonprofit_name_in_body_unique';
}
