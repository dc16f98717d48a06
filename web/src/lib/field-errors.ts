import { CombinedGraphQLErrors } from '@apollo/client';

export interface FieldError {
  /** The field's path in the operation's variables (`email`, `input.slots[1].capacity`). */
  path: string;
  message: string;
}

type GraphQLErrorLike = CombinedGraphQLErrors['errors'][number];

const isFieldError = (field: unknown): field is FieldError =>
  typeof (field as FieldError | null)?.path === 'string' && typeof (field as FieldError).message === 'string';

/**
 * What an error says in the language the interface shows now: the API writes `message` and `extensions.fields` in the
 * language of the request, and every language in `extensions.translations` (api error-translations.ts), so that a
 * person who switches the language while a form lists its problems reads them in the new one. The page's `lang`
 * follows the interface language (i18n `languageChanged`), and the components that show problems re-render with it.
 */
function shownTexts(graphQLError: GraphQLErrorLike): { message: string; fields: unknown } {
  const translations = graphQLError.extensions?.translations as
    Record<string, { message?: unknown; fields?: unknown }> | undefined;
  const language = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  const shown = language ? translations?.[language] : undefined;
  if (shown && typeof shown.message === 'string') return { message: shown.message, fields: shown.fields };
  return { message: graphQLError.message, fields: graphQLError.extensions?.fields };
}

/** The invalid fields the API named in `extensions.fields`, in the interface language. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const { fields } = shownTexts(graphQLError);
    return Array.isArray(fields) ? fields.filter(isFieldError) : [];
  });
}

/** The first error with this code, e.g. to show TOO_MANY_REQUESTS inside the form that caused it. */
export function graphQLErrorWithCode(error: unknown, code: string): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const found = error.errors.find((graphQLError) => graphQLError.extensions?.code === code);
  return found && shownTexts(found).message;
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

/**
 * The value at an API field path (`input.slots[1].capacity`) of the variables sent, as comparable text; undefined
 * where the path leads nowhere.
 */
export function valueAtPath(variables: unknown, path: string): string | undefined {
  let value: unknown = variables;
  for (const step of path.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value === undefined ? undefined : JSON.stringify(value);
}

/**
 * The problems still to show: those whose field holds what was sent when they were found. A field corrected since
 * loses its error at once, rather than at the next submit (the check that found it would not repeat it).
 */
export function stillStanding<T extends { path: string }>(problems: T[], sent: unknown, now: unknown): T[] {
  if (sent === null || sent === undefined) return problems;
  return problems.filter((problem) => valueAtPath(sent, problem.path) === valueAtPath(now, problem.path));
}
