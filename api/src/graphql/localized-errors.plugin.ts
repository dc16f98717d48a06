import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { type GraphQLFormattedError } from 'graphql';
import { type Request } from 'express';
import { type UiLocale } from '@skillshift/shared';
import { type ErrorTexts, inEveryLanguage } from '../common/errors/error-translations';
import { localeFromAcceptLanguage, translator } from '../i18n/i18n';

/**
 * GraphQL's own errors about variables (a value of the wrong type, a missing required field, an unknown enum value)
 * are written in English by graphql-js. This plugin gives them the caller's language like every other bad input:
 * `extensions.fields` names the field (`input.slots[0].capacity`), and the English original stays in
 * `extensions.detail` for developers. Errors in the query itself (limits, unknown fields) concern developers only
 * and stay as graphql-js and the query limits word them.
 */
export function localizedErrorsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const request = (contextValue as { req?: Request }).req;
          const locale = localeFromAcceptLanguage(request?.headers['accept-language']);
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => localize(error, locale));
        },
      };
    },
  };
}

const VARIABLE_ERROR = /^Variable "\$(\w+)"/;
const AT_PATH = / at "([^"]+)"/;
const MISSING_FIELD = /Field "(\w+)" of required type "[^"]+" was not provided/;

export function localize(error: GraphQLFormattedError, locale: UiLocale): GraphQLFormattedError {
  const code = error.extensions?.code;
  // Errors from the exception filter are translated already; they carry their own fields or a known message key.
  if (error.extensions?.fields || code !== 'BAD_USER_INPUT') return error;
  const variable = VARIABLE_ERROR.exec(error.message);
  if (variable) {
    const at = AT_PATH.exec(error.message)?.[1] ?? variable[1];
    const missing = MISSING_FIELD.exec(error.message)?.[1];
    const notProvided = /was not provided/.test(error.message) || /must not be null/.test(error.message);
    const path = missing ? `${at}.${missing}` : at;
    const translations = inEveryLanguage((language): ErrorTexts => {
      const t = translator(language);
      return {
        message: t('errors.invalidInput'),
        fields: [{ path, message: t(notProvided ? 'validation.isNotEmpty' : 'validation.invalid') }],
      };
    });
    const shown = translations[locale];
    return {
      message: shown.message,
      locations: error.locations,
      extensions: { code, fields: shown.fields, detail: error.message, translations },
    };
  }
  return error;
}
