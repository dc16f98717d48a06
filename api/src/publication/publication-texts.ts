import { EVENT_TIME_ZONE, type UiLocale } from '@skillshift/shared';
import { type Translate } from '../i18n/i18n';
import { levelName, skillName } from '../matching/matching-texts';
import { type TeamSkill } from './publication.model';

/** How mails and pages of a publication write dates, places, skills, teams and contacts, in the reader's language. */
export const intlLocale = (locale: UiLocale) => (locale === 'de' ? 'de-DE' : 'en-GB');

/** Formatters are costly to make and are asked for on every answer page and mail: one per language and shape. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: UiLocale, shape: 'moment' | 'day' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}:${shape}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions =
      shape === 'moment'
        ? { dateStyle: 'full', timeStyle: 'short' }
        : shape === 'day'
          ? { dateStyle: 'full' }
          : { hour: '2-digit', minute: '2-digit' };
    made = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: EVENT_TIME_ZONE, ...options });
    formatters.set(key, made);
  }
  return made;
}

export function formatMoment(date: Date, locale: UiLocale): string {
  return formatter(locale, 'moment').format(date);
}

/** "Friday, 11 December 2026, 17:05–21:00" (with the slot's label, when it has one). */
export function formatWhen(slot: { startsAt: Date; endsAt: Date; label: string | null }, locale: UiLocale): string {
  const time = formatter(locale, 'time');
  const text = `${formatter(locale, 'day').format(slot.startsAt)}, ${time.format(slot.startsAt)}–${time.format(slot.endsAt)}`;
  return slot.label ? `${slot.label} (${text})` : text;
}

export interface EventPlace {
  venue: string | null;
  city: string;
  online: boolean;
  onlineUrl: string | null;
}

export function placeOf(event: EventPlace, t: Translate): string {
  if (event.online)
    return event.onlineUrl ? t('publication.onlineMeeting', { url: event.onlineUrl }) : t('publication.online');
  if (!event.venue) return event.city;
  return event.venue.includes(event.city) ? event.venue : `${event.venue}, ${event.city}`;
}

/** The skills of a member that answer one of the challenge's needs (the need itself or a narrower skill), best first. */
export function relevantSkills(
  held: readonly { skill: string; level: number }[],
  needs: readonly { skill: string }[],
): TeamSkill[] {
  const answers = (skill: string) => needs.some((need) => skill === need.skill || skill.startsWith(`${need.skill}.`));
  const relevant = held.filter((entry) => answers(entry.skill));
  return (relevant.length > 0 ? relevant : held)
    .map((entry) => ({ skill: entry.skill, level: entry.level }))
    .sort((a, b) => b.level - a.level || a.skill.localeCompare(b.skill))
    .slice(0, 4);
}

export function skillsText(skills: readonly TeamSkill[], locale: UiLocale, t: Translate): string {
  if (skills.length === 0) return t('publication.noSkills');
  return skills
    .map((entry) =>
      t('publication.skillLevel', { skill: skillName(entry.skill, locale), level: levelName(entry.level, locale) }),
    )
    .join(', ');
}

/** "Ada (WordPress (advanced)), Ben (…)": first names and skills, the way teams are introduced before confirming. */
export function teamText(
  members: readonly { firstName: string; skills: readonly TeamSkill[] }[],
  locale: UiLocale,
  t: Translate,
): string {
  return members
    .map((member) =>
      t('publication.memberWithSkills', { name: member.firstName, skills: skillsText(member.skills, locale, t) }),
    )
    .join('; ');
}

export function contactsText(
  contacts: readonly { name: string; email: string | null; phone: string | null }[],
  t: Translate,
): string {
  return contacts
    .map((contact) =>
      t('publication.contactLine', {
        name: contact.name || '–',
        details: [contact.email, contact.phone].filter(Boolean).join(', ') || '–',
      }),
    )
    .join('; ');
}

/** Why a place freed up, as mails and the log say it. */
export function freedBecause(status: string, cancelledBy: string | null, t: Translate): string {
  const key = status === 'CANCELLED' ? `CANCELLED_${cancelledBy ?? 'VOLUNTEER'}` : status;
  return t(`publication.freedBecause.${key}`);
}
