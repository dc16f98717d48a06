import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { EVENT_LANGUAGES, HELP_POINT_LIMITS, HELP_TOPICS } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, GROUP_FIELD } from '../../../components/ui/ErrorSummary';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { fieldIdFor } from '../../../lib/field-ids';
import { type HelpPointFormValues } from '../help-point-form-values';

interface HelpPointFormProps {
  initial: HelpPointFormValues;
  submitLabel: string;
  loading: boolean;
  /** The last mutation's error; the API names each invalid field (`input.openingHours`) in the interface language. */
  error: unknown;
  onSubmit: (values: HelpPointFormValues) => void;
  onCancel?: () => void;
}

type TextField = 'name' | 'street' | 'postalCode' | 'city' | 'district' | 'website';
const L = HELP_POINT_LIMITS;
const MAX_LENGTH: Record<TextField, number> = {
  name: L.nameMax,
  street: L.streetMax,
  postalCode: L.postalCodeMax,
  city: L.cityMax,
  district: L.districtMax,
  website: L.websiteMax,
};

/** Name, address, opening hours, languages and topics of a help point, with errors beside each field and on top. */
export function HelpPointForm({ initial, submitLabel, loading, error, onSubmit, onCancel }: HelpPointFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof HelpPointFormValues>(key: K, value: HelpPointFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const problems = fieldErrorsOf(error);
  const errorFor = (field: string) => problems.find((problem) => problem.path === `input.${field}`)?.message;
  const summary = problems.map((problem) => ({ fieldId: fieldIdFor(problem.path), message: problem.message }));

  const text = (field: TextField) => ({
    id: fieldIdFor(`input.${field}`),
    label: t(`helpPoints.form.${field}`),
    value: values[field],
    error: errorFor(field),
    maxLength: MAX_LENGTH[field],
    onChange: (change: { currentTarget: { value: string } }) => set(field, change.currentTarget.value),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!loading) onSubmit(values);
  }

  const toggle = <T extends string>(list: T[], item: T, checked: boolean) =>
    checked ? [...list, item] : list.filter((other) => other !== item);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw="40rem">
        <ErrorSummary items={summary} />
        <TextInput {...text('name')} required autoComplete="off" />
        <Fieldset legend={t('helpPoints.form.address')} variant="unstyled">
          <Stack gap="sm">
            <TextInput {...text('street')} autoComplete="off" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput {...text('postalCode')} autoComplete="off" inputMode="numeric" />
              <TextInput {...text('city')} required autoComplete="off" />
            </SimpleGrid>
            <TextInput {...text('district')} description={t('helpPoints.form.districtHelp')} autoComplete="off" />
          </Stack>
        </Fieldset>
        <Textarea
          id={fieldIdFor('input.openingHours')}
          label={t('helpPoints.form.openingHours')}
          description={t('helpPoints.form.openingHoursHelp')}
          value={values.openingHours}
          onChange={(change) => set('openingHours', change.currentTarget.value)}
          error={errorFor('openingHours')}
          maxLength={L.openingHoursMax}
          rows={2}
          required
        />
        <Fieldset legend={t('helpPoints.form.languages')} variant="unstyled">
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
            {EVENT_LANGUAGES.map((language, index) => (
              <Checkbox
                key={language}
                id={index === 0 ? fieldIdFor('input.languages') : undefined}
                {...(index === 0 ? GROUP_FIELD : {})}
                label={t(`eventAdmin.languages.${language}`)}
                checked={values.languages.includes(language)}
                onChange={(change) =>
                  set('languages', toggle(values.languages, language, change.currentTarget.checked))
                }
              />
            ))}
          </SimpleGrid>
          {errorFor('languages') && (
            <Text c="red.9" size="sm" mt="xs">
              {errorFor('languages')}
            </Text>
          )}
        </Fieldset>
        <Fieldset legend={t('helpPoints.form.topics')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {HELP_TOPICS.map((topic, index) => (
              <Checkbox
                key={topic}
                id={index === 0 ? fieldIdFor('input.topics') : undefined}
                {...(index === 0 ? GROUP_FIELD : {})}
                label={t(`helpPoints.topics.${topic}`)}
                checked={values.topics.includes(topic)}
                onChange={(change) => set('topics', toggle(values.topics, topic, change.currentTarget.checked))}
              />
            ))}
          </SimpleGrid>
          {errorFor('topics') && (
            <Text c="red.9" size="sm" mt="xs">
              {errorFor('topics')}
            </Text>
          )}
        </Fieldset>
        <TextInput {...text('website')} type="url" description={t('helpPoints.form.websiteHelp')} autoComplete="off" />
        <Textarea
          id={fieldIdFor('input.description')}
          label={t('helpPoints.form.description')}
          value={values.description}
          onChange={(change) => set('description', change.currentTarget.value)}
          error={errorFor('description')}
          maxLength={L.descriptionMax}
          rows={3}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('helpPoints.form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
