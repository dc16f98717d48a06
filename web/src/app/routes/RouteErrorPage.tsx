import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { Page } from '../../components/ui/Page';

/**
 * Shown inside the layout when a page fails while rendering: an apology in the person's language and two ways on,
 * never a stack trace. The error goes to the console for developers.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);

  return (
    <Page title={t('routeError.title')}>
      <Text>{t('routeError.text')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        <Anchor component={Link} to="/" fw={600} reloadDocument>
          {t('notFound.home')}
        </Anchor>
      </Group>
    </Page>
  );
}
