import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeQuery, SignOutMutation } from '../../features/auth/graphql/auth';
import { noUpcomingEvents, renderApp } from '../../test/render';

const organizer = {
  __typename: 'Me',
  id: 'p1',
  name: 'Demo Organizer',
  email: 'organizer@demo.skillshift.local',
  locale: 'de',
  roles: [
    {
      __typename: 'RoleGrant',
      role: 'ORGANIZER',
      organizingBodyId: 'b1',
      organizingBodyName: 'Hansestadt Lübeck — Social Smart City',
    },
  ],
};

describe('dashboard', () => {
  it('says who is signed in, with their roles', async () => {
    renderApp({ path: '/dashboard', me: organizer });
    expect(await screen.findByText('Angemeldet als Demo Organizer (organizer@demo.skillshift.local).')).toBeTruthy();
    const roles = screen.getByRole('region', { name: 'Ihre Rollen' });
    expect(within(roles).getByText('Organisation bei Hansestadt Lübeck — Social Smart City')).toBeTruthy();
  });

  it('shows a person without roles how to get started, and no “coming soon” placeholder', async () => {
    renderApp({ path: '/dashboard', me: { ...organizer, roles: [] } });
    const start = await screen.findByRole('region', { name: 'So geht es los' });
    expect(within(start).getByRole('link', { name: 'Zu den kommenden Veranstaltungen' }).getAttribute('href')).toBe(
      '/#upcoming-events',
    );
    expect(screen.queryByText(/folgen hier bald/)).toBeNull();
  });

  it('sends signed-out visitors to the sign-in page', async () => {
    renderApp({ path: '/dashboard' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeTruthy();
  });

  it('offers the person’s menu in the header, and signing out there leads home', async () => {
    // The server's side: after signOut, `me` answers null.
    let signedIn = true;
    const { user, notifications } = renderApp({
      path: '/dashboard',
      language: 'en',
      mocks: [
        {
          request: { query: MeQuery },
          result: () => {
            return { data: { me: signedIn ? organizer : null } };
          },
          // Answers at once, so the refetch after signing out arrives while the dashboard may still be mounted.
          delay: 0,
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: SignOutMutation },
          result: () => {
            signedIn = false;
            return { data: { signOut: true } };
          },
        },
        { ...noUpcomingEvents, maxUsageCount: Number.POSITIVE_INFINITY },
      ],
    });
    const menu = await screen.findByRole('button', { name: 'Account of Demo Organizer' });
    await user.click(menu);
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }, { timeout: 5000 }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Digital help for nonprofits – from volunteers' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(notifications.getSnapshot().map((item) => item.message)).toEqual(['You are signed out.']),
    );
    expect(await screen.findByRole('link', { name: 'Sign in' }, { timeout: 5000 })).toBeTruthy();
    // The whole app renders three pages here; under a loaded machine that exceeds vitest's 5 s default.
  }, 15_000);
});
