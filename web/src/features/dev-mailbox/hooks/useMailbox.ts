import { useCallback, useEffect, useState } from 'react';

export interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  /** File names of the attachments (a calendar entry); older servers send none. */
  attachments?: string[];
  createdAt: string;
}

export type MailboxState =
  | { status: 'loading' }
  | { status: 'ready'; mails: DevMail[] }
  /** The server has a real mail server configured (production): no dev mailbox there. */
  | { status: 'unavailable' }
  | { status: 'error' };

export const MAILBOX_URL = '/dev/mailbox.json';

async function fetchMailbox(signal: AbortSignal): Promise<MailboxState> {
  const response = await fetch(MAILBOX_URL, { headers: { Accept: 'application/json' }, signal });
  if (response.status === 404) return { status: 'unavailable' };
  if (!response.ok) return { status: 'error' };
  const mails: unknown = await response.json();
  return Array.isArray(mails) ? { status: 'ready', mails: mails as DevMail[] } : { status: 'error' };
}

/** The dev mailbox (plain JSON, not GraphQL: it is a development aid, not part of the API). */
export function useMailbox() {
  const [state, setState] = useState<MailboxState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMailbox(controller.signal).then(
      (next) => setState(next),
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [generation]);

  // Keeps the list on screen while it refreshes, so focus and reading position stay put.
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  return { state, refresh };
}
