import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';

export function NotFoundPage() {
  const { t } = useTranslation();

  return (
    <Page title={t('notFound.title')}>
      <Text>{t('notFound.text')}</Text>
      <Anchor component={Link} to="/" fw={600}>
        {t('notFound.home')}
      </Anchor>
    </Page>
  );
}
