import { type MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequestSignInLinkMutation } from '../../features/auth/graphql/auth';
import { noUpcomingEvents, renderApp } from '../../test/render';

function answer(email: string, locale: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: RequestSignInLinkMutation, variables: { email, locale } }, result };
}

/** The server's refusal of "ada" as an address, in German; with `translations`, in every language as the API sends it. */
const notAnAddress = (translations?: Record<string, unknown>) =>
  answer('ada', 'de', {
    errors: [
      new GraphQLError('Einige Felder sind nicht richtig ausgefüllt.', {
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'email', message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' }],
          ...(translations && { translations }),
        },
      }),
    ],
  });

describe('sign-in page', () => {
  it('is reached from the header and sends the link in the interface language', async () => {
    const { user } = renderApp({
      path: '/',
      language: 'en',
      mocks: [
        {
          request: { query: (await import('../../features/events/graphql/upcoming-events')).UpcomingEventsQuery },
          result: { data: { upcomingEvents: [] } },
        },
        answer('ada@example.org', 'en', { data: { requestSignInLink: true } }),
      ],
    });
    await user.click(await screen.findByRole('link', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: /E-mail address/ }), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Send sign-in link' }));
    const status = await screen.findByRole('status');
    expect(within(status).getByText('Please check your mailbox')).toBeTruthy();
    expect(status.textContent).toContain('If ada@example.org belongs to an account, a sign-in link is on its way.');
    expect(document.activeElement).toBe(status);
  });

  it('shows a newcomer without an account where registering starts: the upcoming events', async () => {
    const { user, router } = renderApp({ path: '/sign-in', language: 'en', mocks: [noUpcomingEvents] });
    const newHere = await screen.findByRole('region', { name: 'New here?' });
    await user.click(within(newHere).getByRole('link', { name: 'See the upcoming events' }));
    expect(router.state.location).toMatchObject({ pathname: '/', hash: '#upcoming-events' });
    const events = await screen.findByRole('heading', { level: 2, name: 'Upcoming events' });
    await waitFor(() => expect(document.activeElement).toBe(events));
  });

  it('shows the server’s field error next to the field and in a summary that links to it', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [notAnAddress()],
    });
    const field = await screen.findByRole('textbox', { name: /E-Mail-Adresse/ });
    await user.type(field, 'ada');
    await user.keyboard('{Enter}');

    const summary = await screen.findByRole('alert', { name: /Bitte korrigieren Sie Folgendes/ });
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', {
      name: 'E-Mail-Adresse: Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(
      screen.getAllByText('Bitte geben Sie eine gültige E-Mail-Adresse ein.').find((node) => node !== link)!.id,
    );
    await user.click(link);
    expect(document.activeElement).toBe(field);
  });

  it('shows the server’s problems in the language switched to, and leaves focus on the switch', async () => {
    const texts = (message: string, field: string) => ({ message, fields: [{ path: 'email', message: field }] });
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [
        notAnAddress({
          de: texts('Einige Felder sind nicht richtig ausgefüllt.', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.'),
          en: texts('Some fields are not filled in correctly.', 'Please enter a valid e-mail address.'),
        }),
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: /E-Mail-Adresse/ }), 'ada');
    await user.keyboard('{Enter}');
    await screen.findByRole('alert', { name: /Bitte korrigieren Sie Folgendes/ });

    const english = screen.getByRole('button', { name: 'English' });
    await user.click(english);
    const summary = await screen.findByRole('alert', { name: /Please correct the following/ });
    expect(
      within(summary).getByRole('link', { name: 'E-mail address: Please enter a valid e-mail address.' }),
    ).toBeTruthy();
    const field = screen.getByRole('textbox', { name: /E-mail address/ });
    expect(
      screen
        .getAllByText('Please enter a valid e-mail address.')
        .some((node) => node.id && field.getAttribute('aria-describedby')?.includes(node.id)),
    ).toBe(true);
    expect(screen.queryByText(/Bitte geben Sie/)).toBeNull();
    // the same problems in another language are not new: focus stays where the person switched
    expect(document.activeElement).toBe(english);
  });

  it('says in the form when too many links were requested', async () => {
    const { user, notifications } = renderApp({
      path: '/sign-in',
      mocks: [
        answer('ada@example.org', 'de', {
          errors: [
            new GraphQLError('Zu viele Anfragen. Bitte warten Sie 15 Minuten.', {
              extensions: { code: 'TOO_MANY_REQUESTS' },
            }),
          ],
        }),
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: /E-Mail-Adresse/ }), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Anmeldelink senden' }));
    const summary = await screen.findByRole('alert', { name: /Bitte korrigieren Sie Folgendes/ });
    expect(summary.textContent).toContain('Zu viele Anfragen. Bitte warten Sie 15 Minuten.');
    expect(notifications.getSnapshot()).toEqual([]);
  });
});
