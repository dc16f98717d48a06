import { describe, expect, it, vi } from 'vitest';
import { SignOutMutation } from '../features/auth/graphql/auth';
import { UpcomingEventsQuery } from '../features/events/graphql/upcoming-events';
import { changeUiLanguage, createI18n } from '../i18n';
import { createApolloClient } from './apollo';
import { NotificationStore } from './notifications';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function setUp(respond: () => Promise<Response>, context?: Record<string, unknown>) {
  const i18n = createI18n('de');
  const notifications = new NotificationStore();
  const onUnauthenticated = vi.fn();
  const fetch = vi.fn<typeof globalThis.fetch>(respond);
  const client = createApolloClient({ i18n, notifications, onUnauthenticated, fetch, uri: 'http://test/graphql' });
  const query = () =>
    client.query({ query: UpcomingEventsQuery, fetchPolicy: 'network-only', context }).catch(() => undefined);
  const mutate = () => client.mutate({ mutation: SignOutMutation, context }).catch(() => undefined);
  return { i18n, notifications, onUnauthenticated, fetch, query, mutate };
}

function messages(notifications: NotificationStore) {
  return notifications.getSnapshot().map((item) => item.message);
}

describe('Apollo client', () => {
  it('asks the API to answer in the interface language', async () => {
    const { i18n, fetch, query } = setUp(async () => json({ data: { upcomingEvents: [] } }));
    await query();
    await changeUiLanguage(i18n, 'en');
    await query();

    const languages = fetch.mock.calls.map(([, init]) => new Headers(init?.headers).get('accept-language'));
    expect(languages).toEqual(['de', 'en']);
  });

  it('sends a signed-out person to the start and tells them why', async () => {
    const { notifications, onUnauthenticated, query } = setUp(async () =>
      json({ data: null, errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await query();
    expect(onUnauthenticated).toHaveBeenCalledOnce();
    expect(messages(notifications)).toEqual(['Bitte melden Sie sich an.']);
  });

  it('shows the server message for codes it does not know, and leaves invalid input to the form', async () => {
    const { notifications, query } = setUp(async () =>
      json({
        data: null,
        errors: [
          { message: 'Das Feld „Name“ fehlt.', extensions: { code: 'BAD_USER_INPUT' } },
          { message: 'Zu viele Anfragen.', extensions: { code: 'RATE_LIMITED' } },
        ],
      }),
    );
    await query();
    expect(messages(notifications)).toEqual(['Zu viele Anfragen.']);
  });

  it('reports a lost connection in the interface language', async () => {
    const { notifications, query } = setUp(() => Promise.reject(new TypeError('Failed to fetch')));
    await query();
    expect(messages(notifications)).toEqual([
      'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    ]);
  });

  it('reports a server failure', async () => {
    const { notifications, query } = setUp(async () => new Response('Bad gateway', { status: 502 }));
    await query();
    expect(messages(notifications)).toEqual([
      'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    ]);
  });

  it('leaves a refusal to the component that shows it, and still reports everything else', async () => {
    const refusal = { message: 'Ada ist bereits in „Tafel“.', extensions: { code: 'CONFLICT' } };
    const shown = setUp(async () => json({ data: null, errors: [refusal] }), { showsErrors: true });
    await shown.query();
    expect(messages(shown.notifications)).toEqual([]);
    const unshown = setUp(async () => json({ data: null, errors: [refusal] }));
    await unshown.query();
    // A query's refusal nobody shows in place is reported in the server's own words (already translated).
    expect(messages(unshown.notifications)).toEqual(['Ada ist bereits in „Tafel“.']);
  });

  it('leaves "not found" and "not allowed" to a page that says so itself', async () => {
    for (const code of ['NOT_FOUND', 'FORBIDDEN']) {
      const refusal = { message: 'Diese Herausforderung gibt es nicht.', extensions: { code } };
      const shown = setUp(async () => json({ data: null, errors: [refusal] }), { showsErrors: true });
      await shown.query();
      expect(messages(shown.notifications)).toEqual([]);
      const unshown = setUp(async () => json({ data: null, errors: [refusal] }));
      await unshown.query();
      expect(messages(unshown.notifications)).toHaveLength(1);
    }
  });

  it('leaves every refused mutation to the form or button that sent it', async () => {
    const refusal = { message: 'Sie sind schon angemeldet.', extensions: { code: 'CONFLICT' } };
    const { notifications, mutate } = setUp(async () => json({ data: null, errors: [refusal] }));
    await mutate();
    expect(messages(notifications)).toEqual([]);
  });
});
