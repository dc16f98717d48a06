import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createI18n } from '../../../i18n';
import { NotificationStore } from '../../../lib/notifications';
import { meMock } from '../../../test/render';
import { SignUpMutation } from '../graphql/auth';
import { RequireSignIn } from './RequireSignIn';

const volunteer = { __typename: 'Me', id: 'p1', name: 'Grete', email: 'grete@example.org', locale: 'en', roles: [] };

function renderAt(path: string, me: unknown, mocks: MockLink.MockedResponse[] = []) {
  const router = createMemoryRouter(
    [{ path: '/register', element: <RequireSignIn>{(person) => <p>Hello {person.name}</p>}</RequireSignIn> }],
    { initialEntries: [path] },
  );
  render(
    <AppProviders i18n={createI18n('en')} notifications={new NotificationStore()} env="test">
      <MockedProvider mocks={[...mocks, meMock(me)]}>
        <RouterProvider router={router} />
      </MockedProvider>
    </AppProviders>,
  );
}

describe('RequireSignIn', () => {
  it('shows the page to a signed-in person', async () => {
    renderAt('/register?event=e1', volunteer);
    expect(await screen.findByText('Hello Grete')).toBeTruthy();
  });

  it('offers sign-up and sign-in to visitors, and the link returns to the same page', async () => {
    const user = userEvent.setup();
    renderAt('/register?event=e1', null, [
      {
        request: {
          query: SignUpMutation,
          variables: { email: 'grete@example.org', name: 'Grete', locale: 'en', redirectPath: '/register?event=e1' },
        },
        result: { data: { signUp: true } },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'New to SkillShift' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Already registered' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Grete');
    await user.type(screen.getAllByRole('textbox', { name: /E-mail address/ })[0], 'grete@example.org');
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    expect(await screen.findByText(/A link is on its way to grete@example.org/)).toBeTruthy();
  });
});
