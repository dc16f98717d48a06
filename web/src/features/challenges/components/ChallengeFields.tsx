import { Checkbox, Fieldset, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  type EventKind,
  type EventLanguage,
  REGISTRATION_LIMITS,
  suggestSkillsFromText,
  WORK_FORMATS,
} from '@skillshift/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, variantKey } from '../../../i18n';
import { fieldIdFor } from '../../../lib/field-ids';
import { SkillPicker, skillPickerFieldId, type SkillPickerField } from '../../skills/SkillPicker';
import { challengeTextVariants, type ChallengeFormValues } from '../challenge-form-values';
import { formatSlot } from '../format';
import { GROUP_FIELD, NAMES_ITS_FIELDS } from '../../../components/ui/ErrorSummary';

export interface ChallengeFormEvent {
  /** An evening (NACHTSCHICHT) is spoken of as one; other kinds last longer and are called the event. */
  kind: EventKind;
  languages: readonly string[];
  slots: readonly { id: string; startsAt: string; endsAt: string; label?: string | null }[];
}

interface ChallengeFieldsProps {
  values: ChallengeFormValues;
  onChange: (values: ChallengeFormValues) => void;
  event: ChallengeFormEvent;
  /** Where the API names this form's fields: `input` (own form) or `input.challenge` (assisted intake). */
  prefix: string;
  errorFor: (path: string) => string | undefined;
  /** `own`: the nonprofit describes its challenge; `intake`: an organizer enters it for the nonprofit. */
  voice?: 'own' | 'intake';
}

type TextField = 'title' | 'problem' | 'goal' | 'beneficiaries' | 'tools';
const TEAM_SIZES = Array.from(
  { length: REGISTRATION_LIMITS.teamSizeMax - REGISTRATION_LIMITS.teamSizeMin + 1 },
  (_, index) => String(REGISTRATION_LIMITS.teamSizeMin + index),
);
const CHECKLIST = ['decisionMakerPresent', 'accessReady', 'fitsOneEvening'] as const;

/**
 * The guided challenge brief: each question in plain words with a short help text and an example, skills from the
 * taxonomy (with suggestions from the words of the description), team, languages, format, slots and the checklist
 * for one evening. Controlled, so the nonprofit's own form and the organizers' intake share it.
 */
export function ChallengeFields({ values, onChange, event, prefix, errorFor, voice = 'own' }: ChallengeFieldsProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  // Texts that speak to the nonprofit, or of "the evening", have variants for an intake and for events of days.
  const variants = challengeTextVariants(voice === 'intake', event.kind);
  const say = (key: Parameters<typeof variantKey>[1]) =>
    t(variantKey(i18n, key, variants), { min: REGISTRATION_LIMITS.challengeTextMin });
  const set = <K extends keyof ChallengeFormValues>(key: K, value: ChallengeFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const path = (field: string) => `${prefix}.${field}`;
  const suggestionText = `${values.problem} ${values.goal} ${values.tools}`;
  const suggestions = useMemo(
    () => suggestSkillsFromText(suggestionText, language, 6).map((suggestion) => suggestion.skill.id),
    [suggestionText, language],
  );

  const text = (field: TextField) => ({
    id: fieldIdFor(path(field)),
    label: say(`challenges.form.fields.${field}.label`),
    description: (
      <>
        {say(`challenges.form.fields.${field}.help`)}
        <br />
        {t('challenges.form.example', { text: t(`challenges.form.fields.${field}.example`) })}
      </>
    ),
    value: values[field],
    error: errorFor(path(field)),
    onChange: (change: { currentTarget: { value: string } }) => set(field, change.currentTarget.value),
  });
  // A list of checkboxes shows its error below the group, which is marked invalid and described by it.
  const listErrorId = (field: string) => `${fieldIdFor(path(field))}-error`;
  const groupState = (field: string) =>
    errorFor(path(field)) ? { 'aria-invalid': true, 'aria-describedby': listErrorId(field) } : {};
  const listError = (field: string) => {
    const message = errorFor(path(field));
    return message ? (
      <Text c="red.9" size="sm" mt="xs" id={listErrorId(field)}>
        {message}
      </Text>
    ) : null;
  };
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((item) => item !== value);

  return (
    <Stack gap="lg">
      <TextInput {...text('title')} maxLength={REGISTRATION_LIMITS.shortTextMax} required />
      <Textarea {...text('problem')} rows={3} maxLength={REGISTRATION_LIMITS.challengeTextMax} required />
      <Textarea {...text('goal')} rows={3} maxLength={REGISTRATION_LIMITS.challengeTextMax} required />
      <Textarea {...text('beneficiaries')} rows={2} maxLength={REGISTRATION_LIMITS.challengeTextMax} required />
      <Textarea {...text('tools')} rows={2} maxLength={REGISTRATION_LIMITS.challengeTextMax} />

      <SkillPicker
        mode="need"
        id={fieldIdFor(path('skills'))}
        value={values.skills}
        onChange={(skills) => set('skills', skills)}
        suggestions={suggestions}
        error={errorFor(path('skills'))}
        errorFor={(index: number, field: SkillPickerField) => errorFor(path(`skills[${index}].${field}`))}
      />

      {/* "At least" and "At most" alone would not say of what: errors name them with the legend ("Team size – At most"). */}
      <Fieldset legend={t('challenges.form.team.legend')} variant="unstyled" {...NAMES_ITS_FIELDS}>
        <Text size="sm">{say('challenges.form.team.help')}</Text>
        <SimpleGrid cols={2} spacing="sm" mt="xs">
          {(['teamMin', 'teamMax'] as const).map((field) => (
            <NativeSelect
              key={field}
              id={fieldIdFor(path(field))}
              label={t(`challenges.form.team.${field}`)}
              value={String(values[field])}
              onChange={(change) => set(field, Number(change.currentTarget.value))}
              data={TEAM_SIZES}
              error={errorFor(path(field))}
            />
          ))}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('challenges.form.languages.legend')} variant="unstyled" {...groupState('languages')}>
        <Text size="sm">{say('challenges.form.languages.help')}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
          {event.languages.map((code, index) => (
            <Checkbox
              key={code}
              id={index === 0 ? fieldIdFor(path('languages')) : undefined}
              {...(index === 0 ? GROUP_FIELD : {})}
              label={t(`eventAdmin.languages.${code as EventLanguage}`)}
              checked={values.languages.includes(code)}
              onChange={(change) => set('languages', toggle(values.languages, code, change.currentTarget.checked))}
            />
          ))}
        </SimpleGrid>
        {listError('languages')}
      </Fieldset>

      <Radio.Group
        label={say('challenges.form.format.legend')}
        description={t('challenges.form.format.help')}
        value={values.format}
        onChange={(format) => set('format', format as ChallengeFormValues['format'])}
        error={errorFor(path('format'))}
      >
        <Stack gap="xs" mt="xs">
          {WORK_FORMATS.map((format, index) => (
            <Radio
              key={format}
              id={index === 0 ? fieldIdFor(path('format')) : undefined}
              {...(index === 0 ? GROUP_FIELD : {})}
              value={format}
              label={t(`formats.${format}`)}
              // (Mantine describes the group by its error, but marks none of its radios invalid)
              aria-invalid={errorFor(path('format')) ? true : undefined}
              description={say(`challenges.form.format.${format}`)}
            />
          ))}
        </Stack>
      </Radio.Group>

      <Fieldset legend={t('challenges.form.slots.legend')} variant="unstyled" {...groupState('slotIds')}>
        <Text size="sm">{say('challenges.form.slots.help')}</Text>
        <Stack gap="xs" mt="xs">
          {event.slots.map((slot, index) => (
            <Checkbox
              key={slot.id}
              id={index === 0 ? fieldIdFor(path('slotIds')) : undefined}
              {...(index === 0 ? GROUP_FIELD : {})}
              label={[slot.label, formatSlot(slot.startsAt, slot.endsAt, language)].filter(Boolean).join(': ')}
              checked={values.slotIds.includes(slot.id)}
              onChange={(change) => set('slotIds', toggle(values.slotIds, slot.id, change.currentTarget.checked))}
            />
          ))}
        </Stack>
        {listError('slotIds')}
      </Fieldset>

      <Fieldset legend={say('challenges.form.checklist.legend')} variant="unstyled">
        <Text size="sm">{say('challenges.form.checklist.help')}</Text>
        <Stack gap="sm" mt="xs">
          {CHECKLIST.map((item) => (
            <Checkbox
              key={item}
              id={fieldIdFor(path(item))}
              label={say(`challenges.form.checklist.${item}.label`)}
              description={say(`challenges.form.checklist.${item}.help`)}
              checked={values[item]}
              error={errorFor(path(item))}
              // (Mantine describes the checkbox by its error, but leaves marking it invalid to the caller)
              aria-invalid={errorFor(path(item)) ? true : undefined}
              onChange={(change) => set(item, change.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Fieldset>
    </Stack>
  );
}

/** Where the error summary sends focus for an API path of this form (skill rows, lists, or the field itself). */
export function challengeFieldIdFor(apiPath: string): string {
  const skill = /^(.*)\.skills\[(\d+)\]\.(skill|level|required)$/.exec(apiPath);
  if (skill)
    return skillPickerFieldId(fieldIdFor(`${skill[1]}.skills`), Number(skill[2]), skill[3] as SkillPickerField);
  const slot = /^(.*)\.slotIds\[\d+\]$/.exec(apiPath);
  if (slot) return fieldIdFor(`${slot[1]}.slotIds`);
  return fieldIdFor(apiPath);
}
