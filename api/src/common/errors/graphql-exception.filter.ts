import { Catch, type ArgumentsHost, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { type Request } from 'express';
import { localeFromAcceptLanguage, translator } from '../../i18n/i18n';
import { logger } from '../logging/logger';
import { DomainError } from './domain-error';

/**
 * The one place where errors become what a client sees: domain errors keep their code and are translated into the
 * caller's language; anything unexpected is logged with the request id and reaches the client without internals.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    // Plain HTTP routes (health, dev mailbox) keep Nest's usual JSON errors.
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    const request = GqlArgumentsHost.create(host).getContext<{ req?: Request }>().req;
    const translate = translator(localeFromAcceptLanguage(request?.headers['accept-language']));
    const t = (key: string, params: Record<string, unknown> = {}) =>
      translate(
        key,
        Object.fromEntries(
          Object.entries(params).map(([name, value]) => [name, isKeyRef(value) ? translate(value.$t) : value]),
        ),
      );

    if (exception instanceof DomainError) {
      return new GraphQLError(t(exception.messageKey, exception.params), {
        extensions: {
          code: exception.code,
          ...(exception.fields.length > 0 && {
            fields: exception.fields.map((field) => ({ path: field.path, message: t(field.messageKey, field.params) })),
          }),
        },
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

const isKeyRef = (value: unknown): value is { $t: string } =>
  typeof value === 'object' && value !== null && typeof (value as { $t?: unknown }).$t === 'string';
