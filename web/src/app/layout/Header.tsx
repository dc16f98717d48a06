import { Anchor, Container, Group, Text } from '@mantine/core';
import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../../features/auth/components/AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();

  return (
    <header className="app-header">
      <Container size="lg" py="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Anchor component={Link} to="/" aria-label={t('app.homeLink')} underline="never" c="inherit">
            <Group gap="xs" wrap="nowrap">
              <img src="/favicon.svg" alt="" width={32} height={32} />
              <Text component="span" fw={700} fz="xl">
                {t('app.name')}
              </Text>
            </Group>
          </Anchor>
          <Group gap="md" wrap="wrap">
            <nav aria-label={t('nav.label')}>
              <Group gap="md" component="ul" className="plain-list nav-list">
                <li>
                  <Anchor component={NavLink} to="/" end fw={600}>
                    {t('nav.home')}
                  </Anchor>
                </li>
              </Group>
            </nav>
            <LanguageSwitch />
            <AccountMenu />
          </Group>
        </Group>
      </Container>
    </header>
  );
}
