import { CombinedGraphQLErrors } from '@apollo/client';

export interface FieldError {
  /** The field's path in the operation's variables (`email`, `input.slots[1].capacity`). */
  path: string;
  message: string;
}

/** The invalid fields the API named in `extensions.fields` (already in the interface language). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.fields;
    return Array.isArray(fields)
      ? fields.filter(
          (field): field is FieldError =>
            typeof field?.path === 'string' && typeof (field as FieldError).message === 'string',
        )
      : [];
  });
}

/** The first error with this code, e.g. to show TOO_MANY_REQUESTS inside the form that caused it. */
export function graphQLErrorWithCode(error: unknown, code: string): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((graphQLError) => graphQLError.extensions?.code === code)?.message;
}

/**
 * What the API said when it refused a request for good (not found, not allowed, invalid, in conflict): trying again
 * changes nothing, so a page shows this instead of a retry button. Undefined for other failures (network, server).
 */
export function permanentError(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const fields = fieldErrorsOf(error);
  if (fields.length > 0) return fields.map((field) => field.message).join(' ');
  for (const code of ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT']) {
    const message = graphQLErrorWithCode(error, code);
    if (message) return message;
  }
  return undefined;
}
