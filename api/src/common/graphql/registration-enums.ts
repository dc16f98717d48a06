import { registerEnumType } from '@nestjs/graphql';
import {
  CAUSE_AREAS,
  type CauseArea,
  CHALLENGE_STATUSES,
  type ChallengeStatus,
  CONSENT_METHODS,
  type ConsentMethod,
  LEGAL_FORMS,
  type LegalForm,
  WORK_FORMATS,
  type WorkFormat,
} from '@skillshift/shared';

/**
 * The registration vocabularies from @skillshift/shared as GraphQL enums, registered once here: nonprofits,
 * challenges and volunteers all use some of them, and a schema may name each type only once.
 */
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const CauseAreaEnum = asEnum<CauseArea>(CAUSE_AREAS);
export const LegalFormEnum = asEnum<LegalForm>(LEGAL_FORMS);
export const WorkFormatEnum = asEnum<WorkFormat>(WORK_FORMATS);
export const ChallengeStatusEnum = asEnum<ChallengeStatus>(CHALLENGE_STATUSES);
export const ConsentMethodEnum = asEnum<ConsentMethod>(CONSENT_METHODS);

registerEnumType(CauseAreaEnum, {
  name: 'CauseArea',
  description: 'The cause areas of nonprofits (shared vocabulary).',
});
registerEnumType(LegalFormEnum, { name: 'LegalForm' });
registerEnumType(WorkFormatEnum, { name: 'WorkFormat', description: 'Onsite, remote or hybrid work.' });
registerEnumType(ChallengeStatusEnum, { name: 'ChallengeStatus' });
registerEnumType(ConsentMethodEnum, {
  name: 'ConsentMethod',
  description: 'How consent was given: online, or recorded by an organizer (phone, paper, in person).',
});
