import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { EVENT_KINDS, EVENT_LANGUAGES, EVENT_LIMITS, type EventKind } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, GROUP_FIELD } from '../../../components/ui/ErrorSummary';
import { type EventInput } from '../../../gql/graphql';
import { fieldErrorsOf, stillStanding } from '../../../lib/field-errors';
import { type EventFormValues, fieldId, missingSlotValues, toInput } from '../event-form-values';
import { SlotFields } from './SlotFields';

interface EventFormProps {
  initial: EventFormValues;
  submitLabel: string;
  loading: boolean;
  /** The last mutation's error; its invalid fields are shown next to the inputs and in the summary. */
  error: unknown;
  slotsLocked?: boolean;
  onSubmit: (input: EventInput) => void;
}

/** Create and edit form of an event: one page, native inputs, errors beside each field and summarised on top. */
export function EventForm({ initial, submitLabel, loading, error, slotsLocked = false, onSubmit }: EventFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<{ path: string; message: string }[]>([]);
  // what the last submit sent: a problem shows while its field still holds what was sent
  const [sent, setSent] = useState<{ input: EventInput } | null>(null);
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  // The server names every problem; for slot values left empty the form's own wording replaces its general one.
  const reported = fieldErrorsOf(error).map((problem) => missing.find(({ path }) => path === problem.path) ?? problem);
  const problems = stillStanding(
    [...reported, ...missing.filter(({ path }) => !reported.some((problem) => problem.path === path))],
    sent,
    { input: toInput(values) },
  );
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const summary = problems.map((problem) => ({ fieldId: fieldId(problem.path), message: problem.message }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = missingSlotValues(values).map(({ path, key }) => ({ path, message: t(`eventAdmin.form.${key}`) }));
    setMissing(found);
    const input = toInput(values);
    setSent({ input });
    onSubmit(input);
  }

  const text = (field: 'name' | 'city' | 'venue' | 'onlineUrl') => ({
    id: fieldId(`input.${field}`),
    label: t(`eventAdmin.form.${field}`),
    value: values[field],
    error: errorFor(`input.${field}`),
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorSummary items={summary} />
        <TextInput
          {...text('name')}
          description={t('eventAdmin.form.nameHelp', { min: EVENT_LIMITS.nameMin, max: EVENT_LIMITS.nameMax })}
          maxLength={EVENT_LIMITS.nameMax}
          required
        />
        <NativeSelect
          id={fieldId('input.kind')}
          label={t('eventAdmin.form.kind')}
          value={values.kind}
          onChange={(event) => set('kind', event.currentTarget.value as EventKind)}
          data={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
          error={errorFor('input.kind')}
        />
        <Textarea
          id={fieldId('input.description')}
          label={t('eventAdmin.form.description')}
          description={t('eventAdmin.form.descriptionHelp')}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorFor('input.description')}
          rows={4}
          maxLength={EVENT_LIMITS.descriptionMax}
        />
        <TextInput {...text('city')} autoComplete="address-level2" required />
        <Checkbox
          id={fieldId('input.online')}
          label={t('eventAdmin.form.online')}
          checked={values.online}
          onChange={(event) => set('online', event.currentTarget.checked)}
        />
        {values.online ? (
          <TextInput {...text('onlineUrl')} type="url" description={t('eventAdmin.form.onlineUrlHelp')} />
        ) : (
          <TextInput {...text('venue')} description={t('eventAdmin.form.venueHelp')} required />
        )}
        <Fieldset legend={t('eventAdmin.form.languages')} variant="unstyled">
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
            {EVENT_LANGUAGES.map((language, index) => (
              <Checkbox
                key={language}
                id={index === 0 ? fieldId('input.languages') : undefined}
                {...(index === 0 ? GROUP_FIELD : {})}
                label={t(`eventAdmin.languages.${language}`)}
                checked={values.languages.includes(language)}
                onChange={(event) =>
                  set(
                    'languages',
                    event.currentTarget.checked
                      ? [...values.languages, language]
                      : values.languages.filter((code) => code !== language),
                  )
                }
              />
            ))}
          </SimpleGrid>
          {errorFor('input.languages') && (
            <Text c="red.9" size="sm" mt="xs">
              {errorFor('input.languages')}
            </Text>
          )}
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {(['nonprofitDeadline', 'volunteerDeadline'] as const).map((field) => (
            <TextInput
              key={field}
              id={fieldId(`input.${field}`)}
              type="datetime-local"
              label={t(`eventAdmin.form.${field}`)}
              description={t('eventAdmin.form.deadlineHelp')}
              value={values[field]}
              onChange={(event) => set(field, event.currentTarget.value)}
              error={errorFor(`input.${field}`)}
            />
          ))}
        </SimpleGrid>
        <SlotFields
          slots={values.slots}
          onChange={(slots) => set('slots', slots)}
          errorFor={errorFor}
          locked={slotsLocked}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
