import { Anchor, Container, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();

  return (
    <footer className="app-footer">
      <Container size="lg" py="lg">
        <Stack gap="xs">
          <Text size="sm">{t('footer.about')}</Text>
          <nav aria-label={t('footer.devLinks')}>
            <Anchor component={Link} to="/dev/mailbox" size="sm">
              {t('footer.devMailbox')}
            </Anchor>
          </nav>
        </Stack>
      </Container>
    </footer>
  );
}
