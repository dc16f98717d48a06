import { Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { fieldErrorsOf } from '../../../lib/field-errors';

export interface SimpleField {
  /** The variable's name, which is also the path the API names in its field errors. */
  name: string;
  label: string;
  description?: string;
  type?: 'text' | 'email';
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
  const empty = Object.fromEntries(fields.map((field) => [field.name, '']));
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
        {fields.map((field) => (
          <TextInput
            key={field.name}
            id={idOf(field.name)}
            name={field.name}
            type={field.type ?? 'text'}
            autoComplete={field.autoComplete ?? 'off'}
            label={field.label}
            description={field.description}
            required={field.required}
            value={values[field.name]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, [field.name]: value }));
            }}
            error={fieldErrors.find((candidate) => candidate.path === field.name)?.message}
            w="100%"
          />
        ))}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
