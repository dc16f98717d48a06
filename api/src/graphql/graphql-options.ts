import { type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type GraphQLFormattedError } from 'graphql';
import { type AppConfig } from '../config/app-config';
import { localizedErrorsPlugin } from './localized-errors.plugin';

/** Limits that reject abusive queries before they run. */
export const QUERY_LIMITS = { maxDepth: 15, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
]);

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Introspection counts too (tools' standard introspection query is 13 deep), so nested __type chains are caught.
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    plugins: [...armor.plugins, localizedErrorsPlugin()],
    validationRules: armor.validationRules,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted: GraphQLFormattedError) => {
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      // Anything that did not pass through the exception filter and carries no known code is not shown as is.
      if (!KNOWN_CODES.has(code))
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    },
  };
}
