import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/ui/Page';
import { useNotifications } from '../../components/ui/NotificationRegion';
import { AccountPrivacy } from '../../features/account/components/AccountPrivacy';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { setSigningOut } from '../../features/auth/signing-out';

/** The signed-in person's account: consents, data download, erasure. */
export function AccountPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const notifications = useNotifications();

  // After the erasure the session is gone: leave like signing out, so nothing personal stays in the cache.
  async function erased() {
    setSigningOut(true);
    await navigate('/');
    notifications.show(t('account.erase.done'), 'info');
    await client.resetStore().catch(() => undefined);
    setSigningOut(false);
  }

  return (
    <Page title={t('account.title')}>
      <RequireSignIn>
        <AccountPrivacy onErased={erased} />
      </RequireSignIn>
    </Page>
  );
}
