import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createI18n } from '../../../i18n';
import { NotificationStore } from '../../../lib/notifications';
import { CopyEventMutation } from '../graphql/organizer-events';
import { CopyEventForm } from './CopyEventForm';

describe('copy from last edition', () => {
  it('sends a number of days left empty as null and names it with the name, in one refusal', async () => {
    const router = createMemoryRouter([
      { path: '/', element: <CopyEventForm eventId="e1" eventName="Nachtschicht Lübeck" /> },
    ]);
    render(
      <AppProviders i18n={createI18n('en')} notifications={new NotificationStore()} env="test">
        <MockedProvider
          mocks={[
            {
              // (only a request with offsetDays null matches: read as 0, the copy would land on the same dates)
              request: { query: CopyEventMutation, variables: { id: 'e1', name: 'N', offsetDays: null } },
              result: {
                errors: [
                  new GraphQLError('Some fields are not filled in correctly.', {
                    extensions: {
                      code: 'BAD_USER_INPUT',
                      fields: [
                        { path: 'name', message: 'Please use at least 3 characters.' },
                        { path: 'offsetDays', message: 'Please enter a whole number.' },
                      ],
                    },
                  }),
                ],
              },
            },
          ]}
        >
          <RouterProvider router={router} />
        </MockedProvider>
      </AppProviders>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Name of the new event/ }), 'N');
    const days = screen.getByRole('spinbutton');
    await user.clear(days);
    await user.click(screen.getByRole('button', { name: /copy/i }));

    const summary = await screen.findByRole('alert');
    expect(await within(summary).findByText(/Please enter a whole number/)).toBeTruthy();
    expect(within(summary).getByText(/Please use at least 3 characters/)).toBeTruthy();
    expect(days.getAttribute('aria-invalid')).toBe('true');
  });
});
