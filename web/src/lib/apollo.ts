import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { type i18n as I18n } from 'i18next';
import { currentLanguage } from '../i18n';
import { type NotificationStore } from './notifications';

export interface ApolloClientOptions {
  i18n: I18n;
  notifications: NotificationStore;
  /** Where to send a person whose session is missing or expired. */
  onUnauthenticated: () => void;
  uri?: string;
  /** Replaced in tests. */
  fetch?: typeof globalThis.fetch;
}

// A CONFLICT carries the server's own explanation (already registered, deadline passed), already in the person's
// language; it is shown as it is.
const TRANSLATED_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR'] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslatedCode(code: unknown): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly unknown[]).includes(code);
}

export function createApolloClient({
  i18n,
  notifications,
  onUnauthenticated,
  uri = '/graphql',
  fetch,
}: ApolloClientOptions) {
  // The API answers errors in the language of this header, so they match the interface.
  const languageLink = new SetContextLink((prevContext) => ({
    headers: { ...prevContext.headers, 'Accept-Language': currentLanguage(i18n) },
  }));

  const errorLink = new ErrorLink(({ error, operation }) => {
    // A refused mutation (CONFLICT) is shown in place by the form or button that sent it (`graphQLErrorWithCode`, e.g.
    // the matching board naming people and teams), so it gets no toast on top. A query can ask for the same with
    // `context: { showsErrors: true }` (components/ui/QueryErrorState `SHOWN_IN_PLACE`): its page then says what was
    // not found or not allowed itself, which a toast would only repeat.
    const isMutation = operation.query.definitions.some(
      (definition) => definition.kind === 'OperationDefinition' && definition.operation === 'mutation',
    );
    const showsErrors = operation.getContext().showsErrors === true;
    const showsConflicts = isMutation || showsErrors;
    if (CombinedGraphQLErrors.is(error)) {
      for (const graphQLError of error.errors) {
        const code = graphQLError.extensions?.code;
        // Forms show invalid fields next to the field itself, and a reached limit inside the form; a toast would
        // only repeat it.
        if (code === 'BAD_USER_INPUT' || code === 'TOO_MANY_REQUESTS') continue;
        if (code === 'CONFLICT' && showsConflicts) continue;
        if ((code === 'NOT_FOUND' || code === 'FORBIDDEN') && showsErrors) continue;
        if (code === 'UNAUTHENTICATED') onUnauthenticated();
        // Known codes get our wording; anything else the server already wrote in the person's language.
        notifications.show(
          isTranslatedCode(code) ? i18n.t(`errors.codes.${code}`) : graphQLError.message || i18n.t('errors.generic'),
        );
      }
      return;
    }
    if (ServerError.is(error) && error.statusCode >= 500) {
      notifications.show(i18n.t('errors.codes.INTERNAL_SERVER_ERROR'));
      return;
    }
    notifications.show(i18n.t('errors.network'));
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, languageLink, new HttpLink({ uri, fetch })]),
    cache: new InMemoryCache(),
  });
}
