import { MantineProvider } from '@mantine/core';
import { type i18n as I18n } from 'i18next';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { NotificationsProvider } from '../components/ui/NotificationRegion';
import { type NotificationStore } from '../lib/notifications';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  i18n: I18n;
  notifications: NotificationStore;
  children: ReactNode;
  /** 'test' turns off Mantine's transitions, which happy-dom never finishes. */
  env?: 'default' | 'test';
}

/** Everything but the data layer, so tests can put a mocked Apollo provider inside. */
export function AppProviders({ i18n, notifications, children, env }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light" env={env}>
        <NotificationsProvider store={notifications}>{children}</NotificationsProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
