import { Checkbox, Fieldset, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { CAUSE_AREAS, EVENT_LANGUAGES, REGISTRATION_LIMITS, WORK_FORMATS } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { RequiredMark } from '../../../components/ui/RequiredMark';
import { SkillPicker, type SkillPickerField } from '../../skills/SkillPicker';
import { fieldId, type ProfileFormValues, SKILLS_FIELD_ID } from '../profile-form-values';
import { GROUP_FIELD } from '../../../components/ui/ErrorSummary';
import { ConsentTextVersion } from '../../../components/ui/ConsentTextVersion';

interface VolunteerProfileFieldsProps {
  values: ProfileFormValues;
  onChange: (values: ProfileFormValues) => void;
  errorFor: (key: string) => string | undefined;
  /** 'self': the person fills in their own profile; 'intake': an organizer fills it in for someone. */
  mode: 'self' | 'intake';
  /** Ask for consent (first save, intake); otherwise the profile already has it. */
  askConsent: boolean;
}

/** The profile part of the volunteer forms: about the person, skills, languages, formats, causes and consent. */
export function VolunteerProfileFields({ values, onChange, errorFor, mode, askConsent }: VolunteerProfileFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((entry) => entry !== item), item] : list.filter((entry) => entry !== item);
  const text = (key: 'name' | 'phone' | 'employer') => ({
    id: fieldId(key),
    value: values[key],
    error: errorFor(key),
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
  });
  const own = mode === 'self';

  return (
    <Stack gap="lg">
      <Fieldset legend={t(own ? 'volunteer.profile.aboutYou' : 'volunteer.profile.aboutThem')} variant="unstyled">
        <Stack gap="sm">
          <TextInput
            {...text('name')}
            label={t('volunteer.profile.name')}
            description={t(own ? 'volunteer.profile.nameHelp' : 'volunteer.profile.nameHelpIntake')}
            autoComplete={own ? 'name' : 'off'}
            maxLength={REGISTRATION_LIMITS.nameMax}
            required
          />
          <TextInput
            {...text('phone')}
            type="tel"
            label={t('volunteer.profile.phone')}
            description={t(own ? 'volunteer.profile.phoneHelp' : 'volunteer.profile.phoneHelpIntake')}
            autoComplete={own ? 'tel' : 'off'}
            maxLength={REGISTRATION_LIMITS.phoneMax}
          />
          <TextInput
            {...text('employer')}
            label={t('volunteer.profile.employer')}
            description={t('volunteer.profile.employerHelp')}
            autoComplete={own ? 'organization' : 'off'}
            maxLength={REGISTRATION_LIMITS.shortTextMax}
          />
        </Stack>
      </Fieldset>

      <SkillPicker
        mode="offer"
        id={SKILLS_FIELD_ID}
        label={t(own ? 'volunteer.profile.skills' : 'volunteer.profile.skillsIntake')}
        value={values.skills}
        onChange={(skills) => set('skills', skills)}
        error={errorFor('skills')}
        errorFor={(index: number, field: SkillPickerField) => errorFor(`skills[${index}].${field}`)}
      />

      <CheckboxGroup
        legend={t('volunteer.profile.languages')}
        help={t(own ? 'volunteer.profile.languagesHelp' : 'volunteer.profile.languagesHelpIntake')}
        name="languages"
        error={errorFor('languages')}
        options={EVENT_LANGUAGES.map((code) => ({ value: code, label: t(`eventAdmin.languages.${code}`) }))}
        selected={values.languages}
        onToggle={(code, on) => set('languages', toggle(values.languages, code, on))}
        columns={{ base: 2, sm: 5 }}
      />

      <CheckboxGroup
        legend={t(own ? 'volunteer.profile.formats' : 'volunteer.profile.formatsIntake')}
        help={t('volunteer.profile.formatsHelp')}
        name="formats"
        error={errorFor('formats')}
        options={WORK_FORMATS.map((format) => ({
          value: format,
          label: t(`formats.${format}`),
          description: t(`volunteer.profile.formatHelp.${format}`),
        }))}
        selected={values.formats}
        onToggle={(format, on) => set('formats', toggle(values.formats, format, on))}
        columns={{ base: 1, sm: 3 }}
      />

      <CheckboxGroup
        legend={t(own ? 'volunteer.profile.causes' : 'volunteer.profile.causesIntake')}
        help={t('volunteer.profile.causesHelp')}
        name="causes"
        error={errorFor('causes')}
        options={CAUSE_AREAS.map((cause) => ({ value: cause, label: t(`causes.${cause}`) }))}
        selected={values.causes}
        onToggle={(cause, on) => set('causes', toggle(values.causes, cause, on))}
        columns={{ base: 1, xs: 2, sm: 3 }}
      />

      <Checkbox
        id={fieldId('inviteToNextEditions')}
        label={t(own ? 'volunteer.profile.invite' : 'volunteer.profile.inviteIntake')}
        checked={values.inviteToNextEditions}
        onChange={(event) => set('inviteToNextEditions', event.currentTarget.checked)}
      />

      {askConsent && (
        <Paper withBorder p="md" component="section" aria-labelledby="volunteer-consent-title">
          <Stack gap="sm">
            <Title order={3} id="volunteer-consent-title">
              {t('consent.volunteerProfile.title')}
            </Title>
            <Text id="volunteer-consent-text">{t('consent.volunteerProfile.text')}</Text>
            <ConsentTextVersion />
            <Checkbox
              id={fieldId('consent')}
              label={
                <>
                  {t(own ? 'consent.volunteerProfile.agree' : 'consent.volunteerProfile.agreeIntake')}
                  <RequiredMark />
                </>
              }
              checked={values.consent}
              error={errorFor('consent')}
              aria-invalid={errorFor('consent') ? true : undefined}
              onChange={(event) => set('consent', event.currentTarget.checked)}
              required
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  help: string;
  name: string;
  error?: string;
  options: { value: T; label: string; description?: string }[];
  selected: readonly T[];
  onToggle: (value: T, on: boolean) => void;
  columns: Record<string, number>;
}

/** A fieldset of checkboxes; the first carries the field's id, so the error summary can lead to the group. */
function CheckboxGroup<T extends string>({
  legend,
  help,
  name,
  error,
  options,
  selected,
  onToggle,
  columns,
}: CheckboxGroupProps<T>) {
  const helpId = `${fieldId(name)}-help`;
  const errorId = `${fieldId(name)}-error`;
  return (
    <Fieldset legend={legend} variant="unstyled" aria-describedby={error ? `${helpId} ${errorId}` : helpId}>
      <Text size="sm" id={helpId} mb="xs">
        {help}
      </Text>
      <SimpleGrid cols={columns} spacing="xs">
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            id={index === 0 ? fieldId(name) : undefined}
            {...(index === 0 ? GROUP_FIELD : {})}
            label={option.label}
            description={option.description}
            checked={selected.includes(option.value)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text c="red.9" size="sm" mt="xs" id={errorId}>
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
