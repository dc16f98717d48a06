import { type CauseArea, type SkillLevel, type WorkFormat } from '@skillshift/shared';
import { type VolunteerProfileInput } from '../../gql/graphql';
import { type PickedSkill, skillPickerFieldId } from '../skills/SkillPicker';

/** What the profile fields hold while a person edits them. */
export interface ProfileFormValues {
  name: string;
  phone: string;
  employer: string;
  skills: PickedSkill[];
  languages: string[];
  formats: WorkFormat[];
  causes: CauseArea[];
  inviteToNextEditions: boolean;
  consent: boolean;
}

export const SKILLS_FIELD_ID = 'volunteer-skills';

export function emptyProfile(name = ''): ProfileFormValues {
  return {
    name,
    phone: '',
    employer: '',
    skills: [],
    languages: [],
    formats: [],
    causes: [],
    // An opt-in: off until the person ticks it.
    inviteToNextEditions: false,
    consent: false,
  };
}

export function fromProfile(profile: {
  name: string;
  phone?: string | null;
  employer?: string | null;
  skills: readonly { skill: string; level: number }[];
  languages: readonly string[];
  formats: readonly WorkFormat[];
  causes: readonly CauseArea[];
  inviteToNextEditions: boolean;
}): ProfileFormValues {
  return {
    name: profile.name,
    phone: profile.phone ?? '',
    employer: profile.employer ?? '',
    skills: profile.skills.map(({ skill, level }) => ({ skill, level: level as SkillLevel })),
    languages: [...profile.languages],
    formats: [...profile.formats],
    causes: [...profile.causes],
    inviteToNextEditions: profile.inviteToNextEditions,
    consent: false,
  };
}

/** The input the API takes; `consent` only when the form asked for it (first save, or an intake). */
export function toProfileInput(values: ProfileFormValues, askedForConsent: boolean): VolunteerProfileInput {
  return {
    name: values.name,
    phone: values.phone.trim() || null,
    employer: values.employer.trim() || null,
    skills: values.skills.map(({ skill, level }) => ({ skill, level })),
    languages: values.languages,
    formats: values.formats,
    causes: values.causes,
    inviteToNextEditions: values.inviteToNextEditions,
    consent: askedForConsent ? values.consent : null,
  };
}

/**
 * The field a server path names, with the operation's prefix taken off: `input.profile.skills[2].level` and
 * `input.skills[2].level` both become `skills[2].level`; every slot problem belongs to the slot choice as a whole.
 */
export function fieldKey(path: string): string {
  const key = path.replace(/^input\.(profile\.)?/, '').replace(/^input$/, '');
  return key.startsWith('slotIds') ? 'slotIds' : key;
}

/** The id of the control a field key belongs to, for the error summary's links. */
export function fieldId(key: string): string {
  const row = /^skills\[(\d+)\]\.(skill|level)$/.exec(key);
  if (row) return skillPickerFieldId(SKILLS_FIELD_ID, Number(row[1]), row[2] as 'skill' | 'level');
  if (key === 'skills') return SKILLS_FIELD_ID;
  return `volunteer-${key.replace(/[^a-zA-Z0-9]+/g, '-') || 'form'}`;
}
