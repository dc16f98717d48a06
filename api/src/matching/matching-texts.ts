import { skillLabel, SKILL_LEVELS, type UiLocale } from '@skillshift/shared';
import { type Unserved } from '@skillshift/shared/matching';
import { type Translate, translator } from '../i18n/i18n';
import { type BoardUnservedCode } from './matching.model';

/** A stored message (catalogue key + parameters, parameters possibly keys themselves) in the reader's language. */
export function translateMessage(t: Translate, key: string, params: Record<string, unknown> = {}): string {
  return t(
    key,
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isKeyRef(value) ? t(value.$t) : value])),
  );
}

const isKeyRef = (value: unknown): value is { $t: string } =>
  typeof value === 'object' && value !== null && typeof (value as { $t?: unknown }).$t === 'string';

export const skillName = (skill: string, locale: UiLocale) => skillLabel(skill, locale) ?? skill;

export const levelName = (level: number, locale: UiLocale) =>
  SKILL_LEVELS.find((info) => info.level === level)?.label[locale] ?? String(level);

/**
 * The engine's reason for an unserved challenge in the reader's language: its code and parameters, with skill ids,
 * levels and slot ids turned into names (matching.unserved.*).
 */
export function unservedReasonText(
  unserved: Pick<Unserved, 'params'> & { code: BoardUnservedCode },
  locale: UiLocale,
  slotNames: Map<string, string>,
): string {
  const t = translator(locale);
  const params: Record<string, unknown> = { ...unserved.params };
  const slot = (id: unknown) => slotNames.get(String(id)) ?? String(id);
  const list = (value: unknown) =>
    String(value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  if ('skill' in params) params.skill = skillName(String(params.skill), locale);
  if ('level' in params) params.level = levelName(Number(params.level), locale);
  if ('slot' in params) params.slot = slot(params.slot);
  if ('slots' in params) params.slots = list(params.slots).map(slot).join(', ');
  if ('skills' in params)
    params.skills = list(params.skills)
      .map((skill) => skillName(skill, locale))
      .join(', ');
  // Nobody compatible although some people pass its language, format and slot rules: the exclusions are why.
  if (unserved.code === 'NO_COMPATIBLE_VOLUNTEER' && Number(params.matching) > 0) params.context = 'excluded';
  // Some people cover the skill, but a rule of the challenge rules them all out: name the rule that rules out the most.
  if (unserved.code === 'SKILL_NOT_COVERED' && Number(params.coverers) > 0) {
    params.context = String(params.ruledOut);
    params.count = Number(params.coverers);
    params.format = t(`matching.formats.${String(params.format)}`);
  }
  if (unserved.code === 'TOO_FEW_VOLUNTEERS') params.count = Number(params.available);
  return t(`matching.unserved.${unserved.code}`, params);
}
