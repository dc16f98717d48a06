/** The codes a client may see in `extensions.code`; each maps to one way the UI reacts. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** One invalid field: its path in the input (`input.slots[1].capacity`) and a message key with parameters. */
export interface FieldProblem {
  path: string;
  messageKey: string;
  params?: Record<string, unknown>;
}

/**
 * A rule of the domain was broken. Services throw these; one filter turns them into GraphQL errors in the caller's
 * language, so the message is a catalogue key, never a finished sentence.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}

export const invalidInput = (fields: FieldProblem[]) =>
  new DomainError('BAD_USER_INPUT', 'errors.invalidInput', {}, fields);

/** A parameter that is itself a catalogue key, translated with the message (`{ entity: translated('entities.event') }`). */
export const translated = (key: string) => ({ $t: key });

export const notFound = (entityKey: string) =>
  new DomainError('NOT_FOUND', 'errors.notFound', { entity: translated(entityKey) });

export const forbidden = () => new DomainError('FORBIDDEN', 'errors.forbidden');

export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'errors.unauthenticated');

export const conflict = (messageKey = 'errors.conflict', params: Record<string, unknown> = {}) =>
  new DomainError('CONFLICT', messageKey, params);

/** A rate limit was reached; the message says how long to wait. */
export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError('TOO_MANY_REQUESTS', 'errors.tooManyRequests', {
    minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
  });
