import { eventPermits, type EventStatus, isSkillId, phoneProblem } from '@skillshift/shared';
import { isValidEmail, normalizeEmail } from '../auth/email-address';
import { type FieldProblem } from '../common/errors/domain-error';

/** What the rules need of a profile input; pure, so they are tested without a database. */
export interface ProfileShape {
  phone?: string | null;
  skills: { skill: string; level: number }[];
  consent?: boolean | null;
}

/**
 * Rules class-validator cannot express. `prefix` is where the profile sits in the operation's variables
 * (`input` or `input.profile`); `consentNeeded` on the first save of a profile.
 */
export function profileProblems(profile: ProfileShape, prefix: string, consentNeeded: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const phone = phoneProblem(profile.phone);
  if (phone) problems.push({ path: `${prefix}.phone`, messageKey: `validation.${phone}` });
  const seen = new Set<string>();
  profile.skills.forEach((offered, index) => {
    const path = `${prefix}.skills[${index}].skill`;
    if (!isSkillId(offered.skill)) problems.push({ path, messageKey: 'volunteers.validation.unknownSkill' });
    else if (seen.has(offered.skill)) problems.push({ path, messageKey: 'volunteers.validation.duplicateSkill' });
    seen.add(offered.skill);
  });
  if (consentNeeded && profile.consent !== true)
    problems.push({ path: `${prefix}.consent`, messageKey: 'volunteers.validation.consentRequired' });
  return problems;
}

/**
 * An organizer's intake, as far as it needs no event: a valid address if one is given, a consent recorded by phone, on
 * paper or in person (not online), and the profile with the consent the person gave. VolunteerIntakeService names
 * these with the fields' format problems and an address that already has an account, in one answer.
 */
export function volunteerIntakeProblems(input: {
  email?: string | null;
  consentMethod: string;
  profile: ProfileShape;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const email = input.email ? normalizeEmail(input.email) : null;
  if (email && !isValidEmail(email)) problems.push({ path: 'input.email', messageKey: 'validation.isEmail' });
  if (input.consentMethod === 'ONLINE')
    problems.push({ path: 'input.consentMethod', messageKey: 'volunteers.validation.intakeMethod' });
  problems.push(
    ...profileProblems(input.profile, 'input.profile', true).map((problem) =>
      problem.messageKey === 'volunteers.validation.consentRequired'
        ? { ...problem, messageKey: 'volunteers.validation.intakeConsent' }
        : problem,
    ),
  );
  return problems;
}

/** Slots must be the event's; a volunteer never takes two challenges in one slot, so at most one per slot chosen. */
export function slotChoiceProblems(
  choice: { slotIds: string[]; maxAssignments: number },
  eventSlotIds: ReadonlySet<string>,
  prefix = 'input',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  choice.slotIds.forEach((slotId, index) => {
    if (!eventSlotIds.has(slotId))
      problems.push({ path: `${prefix}.slotIds[${index}]`, messageKey: 'validation.unknownSlot' });
  });
  const chosen = new Set(choice.slotIds).size;
  if (problems.length === 0 && choice.maxAssignments > chosen)
    problems.push({
      path: `${prefix}.maxAssignments`,
      messageKey: 'volunteers.validation.maxAssignmentsAboveSlots',
      params: { slots: chosen },
    });
  return problems;
}

/** Who changes a registration: the volunteer themself, or an organizer of the event's body on their behalf. */
export type RegistrationActor = 'VOLUNTEER' | 'ORGANIZER';

export interface RegistrationWindowEvent {
  status: EventStatus;
  volunteerDeadline: Date | null;
}

/**
 * Whether registrations of the event can be made or changed now. Volunteers: while the event is open, until the
 * volunteer deadline. Organizers: also after the deadline and while registration is closed (CLOSED), until teams are
 * formed: that is what reopening before matching is for (a late volunteer on the phone).
 */
export function registrationWindow(
  event: RegistrationWindowEvent,
  actor: RegistrationActor,
  now: Date,
): 'OPEN' | 'STATUS' | 'DEADLINE' {
  if (actor === 'ORGANIZER') return event.status === 'OPEN' || event.status === 'CLOSED' ? 'OPEN' : 'STATUS';
  if (!eventPermits(event.status, 'registerVolunteer')) return 'STATUS';
  if (event.volunteerDeadline && now.getTime() > event.volunteerDeadline.getTime()) return 'DEADLINE';
  return 'OPEN';
}

/** Withdrawing is possible until teams are published; after that a proposal is declined instead. */
export const WITHDRAWABLE_STATUSES: readonly EventStatus[] = ['OPEN', 'CLOSED', 'MATCHING'];
