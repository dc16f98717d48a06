import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/Page';
import { SignInForm } from '../../features/auth/components/SignInForm';
import { UPCOMING_EVENTS_HEADING_ID } from '../../features/events/components/UpcomingEvents';

export function SignInPage() {
  const { t } = useTranslation();

  return (
    <Page title={t('auth.signIn.title')}>
      <SignInForm />
      {/* Accounts come from registering for an event: a newcomer learns where that starts. */}
      <Stack component="section" gap="xs" aria-labelledby="sign-in-new-here">
        <Title order={2} id="sign-in-new-here">
          {t('auth.signIn.newHere.title')}
        </Title>
        <Text>{t('auth.signIn.newHere.text')}</Text>
        <Anchor component={Link} to={{ pathname: '/', hash: UPCOMING_EVENTS_HEADING_ID }} fw={600}>
          {t('auth.signIn.newHere.link')}
        </Anchor>
      </Stack>
    </Page>
  );
}
