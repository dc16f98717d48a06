import {
  Button,
  Combobox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  useCombobox,
  VisuallyHidden,
} from '@mantine/core';
import {
  REGISTRATION_LIMITS,
  SKILL_LEVELS,
  type SkillId,
  type SkillLevel,
  searchSkills,
  skillById,
  skillPath,
  type UiLocale,
} from '@skillshift/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

/** One chosen skill: taxonomy id, level (the volunteer's own, or the least a challenge needs), and in 'need' mode whether it is required. */
export interface PickedSkill {
  skill: SkillId;
  level: SkillLevel;
  /** Only meaningful in 'need' mode: true = required, false = nice to have. */
  required?: boolean;
}

export type SkillPickerField = 'skill' | 'level' | 'required';

export interface SkillPickerProps {
  /** 'offer': a volunteer's skills with their level; 'need': a challenge's skills with a least level and required / nice to have. */
  mode: 'offer' | 'need';
  value: readonly PickedSkill[];
  onChange: (value: PickedSkill[]) => void;
  /** Id of the search field (an error summary links here); each row's controls get `skillPickerFieldId(id, index, field)`. */
  id: string;
  /** Visible label of the search field; a sensible default per mode. */
  label?: string;
  description?: string;
  /** An error about the list as a whole (`input.skills`), shown at the search field. */
  error?: string;
  /** An error about one row's field (`input.skills[2].level`). */
  errorFor?: (index: number, field: SkillPickerField) => string | undefined;
  /** Most skills that can be chosen; REGISTRATION_LIMITS.skillsMax ('offer') or .challengeSkillsMax ('need') by default. */
  max?: number;
  /** Skill ids suggested from a text (suggestSkillsFromText); the ones not yet chosen are offered as one-click buttons. */
  suggestions?: readonly SkillId[];
  /** The level a newly added skill starts with. */
  defaultLevel?: SkillLevel;
  disabled?: boolean;
}

/** The id of one row's control, for the error summary: `skillPickerFieldId('volunteer-skills', 2, 'level')`. */
export const skillPickerFieldId = (id: string, index: number, field: SkillPickerField) => `${id}-${index}-${field}`;

const RESULTS_LIMIT = 10;

/**
 * Search-as-you-type over the skill taxonomy (labels and synonyms in German and English) following the ARIA combobox
 * pattern: type, move through the results with the arrow keys, add one with Enter. Each chosen skill is a group named
 * after it with a level select and, for needs, required or nice to have; a live region tells what changed.
 */
export function SkillPicker({
  mode,
  value,
  onChange,
  id,
  label,
  description,
  error,
  errorFor,
  max = mode === 'offer' ? REGISTRATION_LIMITS.skillsMax : REGISTRATION_LIMITS.challengeSkillsMax,
  suggestions = [],
  defaultLevel = 2,
  disabled = false,
}: SkillPickerProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  // Where focus goes once the list has rendered the change (a removed row's button cannot keep it).
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  }, [value]);

  const chosen = new Set(value.map((picked) => picked.skill));
  const full = value.length >= max;
  const results = query.trim() ? searchSkills(query, locale, RESULTS_LIMIT + chosen.size) : [];
  const options = results.filter((skill) => !chosen.has(skill.id)).slice(0, RESULTS_LIMIT);
  const openSuggestions = suggestions.filter((skill) => skillById(skill) && !chosen.has(skill));
  const name = (skill: SkillId) => skillById(skill)?.label[locale] ?? skill;
  const labelId = `${id}-label`;
  const chosenHeadingId = `${id}-chosen`;

  function add(skill: SkillId) {
    if (chosen.has(skill) || full || !skillById(skill)) return;
    onChange([
      ...value,
      mode === 'need' ? { skill, level: defaultLevel, required: true } : { skill, level: defaultLevel },
    ]);
    setAnnouncement(t('skillPicker.added', { skill: name(skill) }));
  }

  function remove(index: number) {
    const skill = value[index].skill;
    onChange(value.filter((_, i) => i !== index));
    setAnnouncement(t('skillPicker.removed', { skill: name(skill) }));
    focusTarget.current = id;
  }

  function addSuggestion(skill: SkillId) {
    const rest = openSuggestions.filter((other) => other !== skill);
    focusTarget.current = rest.length > 0 && !full ? suggestionId(id, rest[0]) : id;
    add(skill);
  }

  const update = (index: number, change: Partial<PickedSkill>) =>
    onChange(value.map((picked, i) => (i === index ? { ...picked, ...change } : picked)));

  return (
    <Stack gap="sm">
      <Combobox
        store={combobox}
        onOptionSubmit={(skill) => {
          add(skill);
          setQuery('');
          combobox.closeDropdown();
        }}
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            id={id}
            label={label ?? t(`skillPicker.label.${mode}`)}
            labelProps={{ id: labelId }}
            description={description ?? t('skillPicker.help', { max })}
            error={error}
            value={query}
            disabled={disabled}
            autoComplete="off"
            aria-autocomplete="list"
            onChange={(event) => {
              const next = event.currentTarget.value;
              setQuery(next);
              combobox.resetSelectedOption();
              if (next.trim()) combobox.openDropdown();
              else combobox.closeDropdown();
              setAnnouncement(
                !next.trim()
                  ? ''
                  : full
                    ? t('skillPicker.full', { max })
                    : t('skillPicker.results', { count: countOf(next, locale, chosen) }),
              );
            }}
            onKeyDown={(event) => {
              // Enter in the search adds a skill and never sends the form around it (which registered a person
              // without the skill they had just typed): with no result chosen by the arrow keys it takes the best
              // match, the list's first; with no match it does nothing. An empty search leaves Enter to the form.
              if (event.key !== 'Enter' || !query.trim() || event.nativeEvent.isComposing) return;
              if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1) return;
              event.preventDefault();
              if (full || options.length === 0) return;
              add(options[0].id);
              setQuery('');
              combobox.closeDropdown();
            }}
            onFocus={() => query.trim() && combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!query.trim()}>
          <Combobox.Options labelledBy={labelId} mah={320} style={{ overflowY: 'auto' }}>
            {full ? (
              <Combobox.Empty>{t('skillPicker.full', { max })}</Combobox.Empty>
            ) : options.length === 0 ? (
              <Combobox.Empty>{t('skillPicker.noResults', { query: query.trim() })}</Combobox.Empty>
            ) : (
              options.map((skill) => (
                <Combobox.Option key={skill.id} value={skill.id}>
                  <Text size="sm" fw={600} component="span" display="block">
                    {skill.label[locale]}
                  </Text>
                  <Text size="xs" c="dimmed" component="span" display="block">
                    {categoryOf(skill.id, locale)}
                  </Text>
                </Combobox.Option>
              ))
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>

      <div role="status" aria-live="polite" aria-atomic="true">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>

      {openSuggestions.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600} id={`${id}-suggestions`}>
            {t('skillPicker.suggestions')}
          </Text>
          <Group gap="xs" role="group" aria-labelledby={`${id}-suggestions`}>
            {openSuggestions.map((skill) => (
              <Button
                key={skill}
                id={suggestionId(id, skill)}
                size="compact-sm"
                variant="light"
                disabled={disabled || full}
                onClick={() => addSuggestion(skill)}
              >
                {t('skillPicker.addSuggestion', { skill: name(skill) })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}

      <details className="skill-levels-help">
        <summary>{t('skillPicker.levelsHelp')}</summary>
        <dl className="skill-levels">
          {SKILL_LEVELS.map((level) => (
            <LevelDefinition key={level.level} level={level.level} locale={locale} />
          ))}
        </dl>
      </details>

      <Text fw={600} id={chosenHeadingId}>
        {t('skillPicker.chosen', { count: value.length, max })}
      </Text>
      {value.length === 0 ? (
        <Text size="sm">{t(`skillPicker.none.${mode}`)}</Text>
      ) : (
        <ul className="plain-list skill-picker-list" aria-labelledby={chosenHeadingId}>
          {value.map((picked, index) => (
            <li key={picked.skill}>
              <Fieldset legend={name(picked.skill)} disabled={disabled}>
                <Stack gap="xs">
                  {categoryOf(picked.skill, locale) && (
                    <Text size="xs" c="dimmed">
                      {categoryOf(picked.skill, locale)}
                    </Text>
                  )}
                  {errorFor?.(index, 'skill') && (
                    <Text size="sm" c="red.9" id={skillPickerFieldId(id, index, 'skill')} tabIndex={-1}>
                      {errorFor(index, 'skill')}
                    </Text>
                  )}
                  <NativeSelect
                    id={skillPickerFieldId(id, index, 'level')}
                    label={t(`skillPicker.level.${mode}`)}
                    description={SKILL_LEVELS[picked.level - 1]?.description[locale]}
                    value={String(picked.level)}
                    error={errorFor?.(index, 'level')}
                    onChange={(event) => update(index, { level: Number(event.currentTarget.value) as SkillLevel })}
                    data={SKILL_LEVELS.map((level) => ({
                      value: String(level.level),
                      label: t('skillPicker.levelOption', { level: level.level, label: level.label[locale] }),
                    }))}
                  />
                  {mode === 'need' && (
                    <Radio.Group
                      label={t('skillPicker.required.label')}
                      value={picked.required === false ? 'nice' : 'required'}
                      onChange={(next) => update(index, { required: next === 'required' })}
                      error={errorFor?.(index, 'required')}
                    >
                      <Group gap="md" mt={4}>
                        <Radio
                          id={skillPickerFieldId(id, index, 'required')}
                          value="required"
                          label={t('skillPicker.required.required')}
                        />
                        <Radio value="nice" label={t('skillPicker.required.nice')} />
                      </Group>
                    </Radio.Group>
                  )}
                  <Group>
                    <Button
                      variant="default"
                      size="compact-sm"
                      aria-label={t('skillPicker.removeSkill', { skill: name(picked.skill) })}
                      onClick={() => remove(index)}
                    >
                      {t('skillPicker.remove')}
                    </Button>
                  </Group>
                </Stack>
              </Fieldset>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function LevelDefinition({ level, locale }: { level: SkillLevel; locale: UiLocale }) {
  const { t } = useTranslation();
  const info = SKILL_LEVELS[level - 1];
  return (
    <>
      <dt>{t('skillPicker.levelOption', { level, label: info.label[locale] })}</dt>
      <dd>{info.description[locale]}</dd>
    </>
  );
}

const suggestionId = (id: string, skill: SkillId) => `${id}-suggest-${skill.replace(/[^a-z0-9-]/gi, '-')}`;

/** "Websites & CMS › Content management systems": where a skill sits, so that equal names can be told apart. */
function categoryOf(skill: SkillId, locale: UiLocale): string {
  return skillPath(skill)
    .slice(0, -1)
    .map((ancestor) => ancestor.label[locale])
    .join(' › ');
}

function countOf(query: string, locale: UiLocale, chosen: Set<SkillId>): number {
  return searchSkills(query, locale, RESULTS_LIMIT + chosen.size)
    .filter((skill) => !chosen.has(skill.id))
    .slice(0, RESULTS_LIMIT).length;
}
