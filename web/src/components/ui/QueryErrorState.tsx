import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { permanentError } from '../../lib/field-errors';
import { ErrorState } from './ErrorState';

/**
 * The query context of a page that shows its failures with QueryErrorState: the Apollo client then adds no toast for
 * what the page says itself (not found, not allowed, in conflict; lib/apollo.ts).
 */
export const SHOWN_IN_PLACE = { showsErrors: true } as const;

interface QueryErrorStateProps {
  error: unknown;
  /** What to say when the request failed for a passing reason (network, server): a retry may help then. */
  message: string;
  onRetry: () => void;
  /** Where to go when the request was refused for good; the signed-in person's overview unless said otherwise. */
  back?: { to: string; label: string };
}

/**
 * A query's failure: what the API said when it refused for good (not found, not allowed, invalid), without a retry
 * that would change nothing but with a way back; otherwise `message` with a retry button.
 */
export function QueryErrorState({ error, message, onRetry, back }: QueryErrorStateProps) {
  const { t } = useTranslation();
  const refused = permanentError(error);
  return refused ? (
    <ErrorState message={refused} back={back ?? { to: '/dashboard', label: t('common.toDashboard') }} />
  ) : (
    <ErrorState message={message} onRetry={onRetry} />
  );
}

/**
 * The heading of a page whose query gave nothing: its "not found" title where the API refused for good or found
 * nothing, "could not be loaded" where the request failed for a passing reason (network, server), which must not tell
 * an organizer that their event is gone.
 */
export function failedPageTitle(error: unknown, notFoundTitle: string, t: TFunction): string {
  return error && !permanentError(error) ? t('common.loadFailedTitle') : notFoundTitle;
}
