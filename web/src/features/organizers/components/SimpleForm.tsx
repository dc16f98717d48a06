import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { UI_LOCALES } from '@skillshift/shared';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { fieldErrorsOf } from '../../../lib/field-errors';

export interface SimpleField {
  /** The variable's name, which is also the path the API names in its field errors. */
  name: string;
  label: string;
  description?: string;
  /** `language`: a choice of the interface's languages, the one shown now chosen at first (an invitation's language) */
  type?: 'text' | 'email' | 'language';
  autoComplete?: string;
  required?: boolean;
}

interface SimpleFormProps {
  idPrefix: string;
  fields: SimpleField[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  /** Resolves true when the form may be emptied (the action succeeded). */
  onSubmit: (values: Record<string, string>) => Promise<boolean>;
}

/**
 * A few text fields with an error summary linked to them, for the small organizer forms (invite, new body). Field
 * errors come from the API's `extensions.fields`, already in the interface language.
 */
export function SimpleForm({ idPrefix, fields, submitLabel, busy, error, onSubmit }: SimpleFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const empty = Object.fromEntries(fields.map((field) => [field.name, field.type === 'language' ? language : '']));
  const [values, setValues] = useState<Record<string, string>>(empty);
  const fieldErrors = fieldErrorsOf(error);
  const idOf = (name: string) => `${idPrefix}-${name}`;
  const summary = fieldErrors.map((field) => ({
    fieldId: fields.some((candidate) => candidate.name === field.path) ? idOf(field.path) : undefined,
    message: field.message,
  }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (await onSubmit(values)) setValues(empty);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md" align="flex-start" maw="32rem">
        <ErrorSummary items={summary} />
        {fields.map((field) => {
          // what a text field and the language choice have alike
          const common = {
            id: idOf(field.name),
            name: field.name,
            label: field.label,
            description: field.description,
            value: values[field.name],
            onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, [field.name]: value }));
            },
            error: fieldErrors.find((candidate) => candidate.path === field.name)?.message,
          };
          return field.type === 'language' ? (
            <NativeSelect
              key={field.name}
              {...common}
              data={UI_LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
            />
          ) : (
            <TextInput
              key={field.name}
              {...common}
              type={field.type ?? 'text'}
              autoComplete={field.autoComplete ?? 'off'}
              required={field.required}
              w="100%"
            />
          );
        })}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
