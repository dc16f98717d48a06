import { EVENT_TIME_ZONE, type SkillLevel, skillLabel, skillLevelInfo, type UiLocale } from '@skillshift/shared';
import { type TFunction } from 'i18next';
import { intlLocale } from '../../i18n';

/** How the publication's pages write slots and teams (Berlin's clock, the reader's language). */
export function formatWhen(slot: { label?: string | null; startsAt: string; endsAt: string }, language: UiLocale) {
  const start = new Date(slot.startsAt);
  const time = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    // the year where it is not this one (a past edition's team, or one planned beyond New Year)
    ...(start.getFullYear() === new Date().getFullYear() ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: EVENT_TIME_ZONE,
  }).formatRange(start, new Date(slot.endsAt));
  return slot.label ? `${slot.label} (${time})` : time;
}

export function skillsText(
  skills: readonly { skill: string; level: number }[],
  language: UiLocale,
  t: TFunction,
): string {
  return skills
    .map((entry) =>
      t('publication.skillLevel', {
        skill: skillLabel(entry.skill, language) ?? entry.skill,
        level: entry.level >= 1 && entry.level <= 4 ? skillLevelInfo(entry.level as SkillLevel).label[language] : '–',
      }),
    )
    .join(', ');
}

export function teamText(
  members: readonly { firstName: string; skills: readonly { skill: string; level: number }[] }[],
  language: UiLocale,
  t: TFunction,
): string {
  return members
    .map((member) =>
      t('publication.memberWithSkills', { name: member.firstName, skills: skillsText(member.skills, language, t) }),
    )
    .join('; ');
}
