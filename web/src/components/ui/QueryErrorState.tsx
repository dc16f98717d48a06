import { permanentError } from '../../lib/field-errors';
import { ErrorState } from './ErrorState';

interface QueryErrorStateProps {
  error: unknown;
  /** What to say when the request failed for a passing reason (network, server): a retry may help then. */
  message: string;
  onRetry: () => void;
}

/**
 * A query's failure: what the API said when it refused for good (not found, not allowed, invalid), without a retry
 * that would change nothing; otherwise `message` with a retry button.
 */
export function QueryErrorState({ error, message, onRetry }: QueryErrorStateProps) {
  const refused = permanentError(error);
  return refused ? <ErrorState message={refused} /> : <ErrorState message={message} onRetry={onRetry} />;
}
