import { EVENT_TIME_ZONE, type UiLocale } from '@skillshift/shared';
import { intlLocale } from '../../i18n';

/** "Thursday, 4 March 2027, 17:00–19:30", on Berlin's clock wherever the reader is. */
export function formatSlotTime(startsAt: string, endsAt: string, language: UiLocale): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: EVENT_TIME_ZONE,
  }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** A slot as volunteers read it: its time, and its name when it has one. */
export function slotText(slot: { startsAt: string; endsAt: string; label?: string | null }, language: UiLocale) {
  const time = formatSlotTime(slot.startsAt, slot.endsAt, language);
  return slot.label ? `${time} (${slot.label})` : time;
}
