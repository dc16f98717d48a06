import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { type UiLocale } from '@skillshift/shared';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import { MeQuery } from '../features/auth/graphql/auth';
import { UpcomingEventsQuery } from '../features/events/graphql/upcoming-events';
import { createI18n } from '../i18n';
import { NotificationStore } from '../lib/notifications';

/** For tests that visit the home page but are not about its events. */
export const noUpcomingEvents: MockLink.MockedResponse = {
  request: { query: UpcomingEventsQuery },
  result: { data: { upcomingEvents: [] } },
};

/** The header asks who is signed in on every page; unless a test says otherwise, nobody is. */
export function meMock(me: unknown = null): MockLink.MockedResponse {
  return { request: { query: MeQuery }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

interface RenderAppOptions {
  path?: string;
  mocks?: MockLink.MockedResponse[];
  language?: UiLocale;
  /** The person `me` answers with; null (signed out) by default. */
  me?: unknown;
}

/** The whole app at one address, with the network replaced by Apollo's mocked responses. */
export function renderApp({ path = '/', mocks = [], language, me = null }: RenderAppOptions = {}) {
  const i18n = createI18n(language);
  const notifications = new NotificationStore();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} notifications={notifications} env="test">
      <MockedProvider mocks={[...mocks, meMock(me)]}>
        <RouterProvider router={router} />
      </MockedProvider>
    </AppProviders>,
  );
  return { ...view, i18n, notifications, router, user };
}
