import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setSigningOut } from '../signing-out';
import { Link, NavLink, useNavigate } from 'react-router';
import { useNotifications } from '../../../components/ui/NotificationRegion';
import { MeQuery, SignOutEverywhereMutation, SignOutMutation } from '../graphql/auth';

/** "Sign in" for visitors; for a signed-in person a menu under their name with the overview and signing out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const notifications = useNotifications();
  const { data } = useQuery(MeQuery);
  const [signOut] = useMutation(SignOutMutation);
  const [signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const me = data?.me;

  if (!me) {
    return (
      <Anchor component={NavLink} to="/sign-in" fw={600}>
        {t('nav.signIn')}
      </Anchor>
    );
  }

  async function end(everywhere: boolean) {
    const result = await (everywhere ? signOutEverywhere() : signOut()).catch(() => null);
    if (!result?.data) return;
    // Leave pages for signed-in people first, so they do not react to the reset below.
    setSigningOut(true);
    await navigate('/');
    notifications.show(t(everywhere ? 'auth.account.signedOutEverywhere' : 'auth.account.signedOut'), 'info');
    // Nothing personal may stay in the cache for the next person at this computer; active queries (`me` in this
    // header) are asked again and now answer as for a visitor.
    await client.resetStore().catch(() => undefined);
    setSigningOut(false);
  }

  const name = me.name || me.email;
  return (
    // The focus placeholder Mantine puts into the menu is a role="presentation" child, which role="menu" must not have.
    <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="default" aria-label={t('auth.account.menuLabel', { name })}>
          {name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/dashboard">
          {t('auth.account.dashboard')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account">
          {t('account.menuItem')}
        </Menu.Item>
        <Menu.Item onClick={() => void end(false)}>{t('auth.account.signOut')}</Menu.Item>
        <Menu.Item onClick={() => void end(true)}>{t('auth.account.signOutEverywhere')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
