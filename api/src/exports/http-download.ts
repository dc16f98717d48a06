import { toUiLocale, type UiLocale, wallClockAsUtc } from '@skillshift/shared';
import { type Request, type Response } from 'express';
import { DomainError, type ErrorCode } from '../common/errors/domain-error';
import { translatorWithRefs } from '../common/errors/error-translations';
import { logger } from '../common/logging/logger';
import { localeFromAcceptLanguage } from '../i18n/i18n';

/** The language of a download's headings and errors: `?lang=` when given, else the browser's. */
export function downloadLocale(request: Request): UiLocale {
  const lang = request.query.lang;
  if (typeof lang === 'string' && /^(de|en)$/.test(lang)) return toUiLocale(lang);
  return localeFromAcceptLanguage(request.headers['accept-language']);
}

/**
 * The date in a download's file name: today on the events' wall clock (Berlin), the day the person saving it sees (a
 * file saved at 00:30 on 8 December is not dated the 7th, as the UTC date had it).
 */
export const fileDate = (now: Date): string => new Date(wallClockAsUtc(now)).toISOString().slice(0, 10);

/** A file the browser saves rather than shows; never cached, since it holds a body's or a person's data. */
export function sendDownload(response: Response, file: { fileName: string; contentType: string; body: string }): void {
  response.status(200);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`);
  response.send(file.body);
}

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Domain errors of a download become the HTTP status and a sentence in the caller's language (JSON, like the GraphQL
 * errors: `code`, `message`, `fields`); anything else is logged and answered without internals.
 */
export function sendDownloadError(response: Response, request: Request, error: unknown): void {
  const translate = translatorWithRefs(downloadLocale(request));
  response.setHeader('Cache-Control', 'no-store');
  if (error instanceof DomainError) {
    response.status(STATUS[error.code]).json({
      code: error.code,
      message: translate(error.messageKey, error.params),
      fields: error.fields.map((field) => ({ path: field.path, message: translate(field.messageKey, field.params) })),
    });
    return;
  }
  logger.error({ err: error, requestId: request.id }, 'unexpected error in a download');
  response.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: translate('errors.internal') });
}
