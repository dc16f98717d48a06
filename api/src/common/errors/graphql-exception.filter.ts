import { Catch, type ArgumentsHost, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { type Request } from 'express';
import { localeFromAcceptLanguage, type Translate } from '../../i18n/i18n';
import { type ErrorTexts, inEveryLanguage, translatorWithRefs } from './error-translations';
import { logger } from '../logging/logger';
import { DomainError } from './domain-error';

/**
 * The one place where errors become what a client sees: domain errors keep their code and are translated into the
 * caller's language (and into every other in `extensions.translations`, so that a form switched to another language
 * shows its problems in that one too); anything unexpected is logged with the request id and reaches the client
 * without internals.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    // Plain HTTP routes (health, dev mailbox) keep Nest's usual JSON errors.
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    const request = GqlArgumentsHost.create(host).getContext<{ req?: Request }>().req;
    const locale = localeFromAcceptLanguage(request?.headers['accept-language']);
    const t = translatorWithRefs(locale);

    if (exception instanceof DomainError) {
      const translations = inEveryLanguage((language) => domainTexts(exception, translatorWithRefs(language)));
      const shown = translations[locale];
      return new GraphQLError(shown.message, {
        extensions: { code: exception.code, ...(shown.fields && { fields: shown.fields }), translations },
      });
    }
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(t('errors.invalidInput'), { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const requestId = request?.id;
    logger.error({ err: exception, requestId }, 'unexpected error in a GraphQL operation');
    return new GraphQLError(t('errors.internal'), { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
  }
}

/** A domain error's message and its fields' messages in one language. */
function domainTexts(error: DomainError, t: Translate): ErrorTexts {
  return {
    message: t(error.messageKey, error.params),
    ...(error.fields.length > 0 && {
      fields: error.fields.map((field) => ({ path: field.path, message: t(field.messageKey, field.params) })),
    }),
  };
}
