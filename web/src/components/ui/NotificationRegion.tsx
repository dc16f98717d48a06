import { Notification } from '@mantine/core';
import { createContext, type ReactNode, use, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { type NotificationStore } from '../../lib/notifications';

const NotificationsContext = createContext<NotificationStore | null>(null);

export function NotificationsProvider({ store, children }: { store: NotificationStore; children: ReactNode }) {
  return <NotificationsContext value={store}>{children}</NotificationsContext>;
}

export function useNotifications(): NotificationStore {
  const store = use(NotificationsContext);
  if (!store) throw new Error('useNotifications needs a NotificationsProvider');
  return store;
}

/** Shows the store's messages; each one is announced to screen readers as it appears (role="alert"). */
export function NotificationRegion() {
  const { t } = useTranslation();
  const store = useNotifications();
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot);

  return (
    <section aria-label={t('notifications.region')} className="notification-region">
      {items.map((item) => (
        <Notification
          key={item.id}
          color={item.tone === 'error' ? 'red' : 'blue'}
          title={item.tone === 'error' ? t('errors.title') : undefined}
          withBorder
          // With a title, Mantine draws the message in gray-6 (3.3:1 on white); the message is what matters.
          styles={{ description: { color: 'var(--mantine-color-text)' } }}
          onClose={() => store.dismiss(item.id)}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          {item.message}
        </Notification>
      ))}
    </section>
  );
}
