import './app/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/providers';
import { routes } from './app/routes';
import { createI18n } from './i18n';
import { createApolloClient } from './lib/apollo';
import { NotificationStore } from './lib/notifications';

const i18n = createI18n();
const notifications = new NotificationStore();
const router = createBrowserRouter(routes);
const client = createApolloClient({
  i18n,
  notifications,
  onUnauthenticated: () => void router.navigate('/sign-in'),
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={i18n} notifications={notifications}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </AppProviders>
  </StrictMode>,
);
