import { type EventKind, isEveningEvent, type SkillId, type SkillLevel, type WorkFormat } from '@skillshift/shared';
import { type ChallengeFieldsFragment, type ChallengeInput } from '../../gql/graphql';

/** One skill the challenge needs, as the skill picker holds it. */
export interface NeededSkill {
  skill: SkillId;
  level: SkillLevel;
  required?: boolean;
}

/** The guided form's state: what the inputs hold until it is sent. */
export interface ChallengeFormValues {
  title: string;
  problem: string;
  goal: string;
  beneficiaries: string;
  tools: string;
  skills: NeededSkill[];
  teamMin: number;
  teamMax: number;
  languages: string[];
  format: WorkFormat;
  slotIds: string[];
  decisionMakerPresent: boolean;
  accessReady: boolean;
  fitsOneEvening: boolean;
}

/** A new brief: German if the event speaks it, every slot ticked, so that nobody is left out by a default. */
export function emptyChallenge(event: { languages: readonly string[]; slots: readonly { id: string }[] }) {
  return {
    title: '',
    problem: '',
    goal: '',
    beneficiaries: '',
    tools: '',
    skills: [],
    teamMin: 2,
    teamMax: 3,
    languages: event.languages.includes('de') ? ['de'] : event.languages.slice(0, 1),
    format: 'ONSITE',
    slotIds: event.slots.map((slot) => slot.id),
    decisionMakerPresent: false,
    accessReady: false,
    fitsOneEvening: false,
  } satisfies ChallengeFormValues as ChallengeFormValues;
}

export function fromChallenge(challenge: ChallengeFieldsFragment): ChallengeFormValues {
  return {
    title: challenge.title,
    problem: challenge.problem,
    goal: challenge.goal,
    beneficiaries: challenge.beneficiaries,
    tools: challenge.tools,
    skills: challenge.skills.map((need) => ({
      skill: need.skill,
      level: need.level as SkillLevel,
      required: need.required,
    })),
    teamMin: challenge.teamMin,
    teamMax: challenge.teamMax,
    languages: [...challenge.languages],
    format: challenge.format,
    slotIds: [...challenge.slotIds],
    decisionMakerPresent: challenge.decisionMakerPresent,
    accessReady: challenge.accessReady,
    fitsOneEvening: challenge.fitsOneEvening,
  };
}

export function toChallengeInput(values: ChallengeFormValues): ChallengeInput {
  return {
    ...values,
    skills: values.skills.map((need) => ({ skill: need.skill, level: need.level, required: need.required !== false })),
  };
}

/**
 * The variants of the form's texts that fit (i18n `variantKey`), most specific first: texts that speak to the
 * nonprofit have one for an organizer's voice ("the organisation", `intake`), texts of "the evening" one for events
 * that run for days (`days`), and some both.
 */
export function challengeTextVariants(ofOrganisation: boolean, eventKind: EventKind): string[] {
  const days = !isEveningEvent(eventKind);
  return [ofOrganisation && days && 'intake_days', ofOrganisation && 'intake', days && 'days'].filter(
    (variant): variant is string => Boolean(variant),
  );
}
