import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Request } from 'express';
import { localeFromAcceptLanguage } from '../i18n/i18n';

/**
 * The language the caller reads (the web app sends its UI language as Accept-Language), for texts an answer carries
 * besides errors: the audit log's sentences, the matching engine's reasons.
 */
export const ReaderLocale = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
  return localeFromAcceptLanguage(request?.headers['accept-language']);
});
