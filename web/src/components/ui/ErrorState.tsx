import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface ErrorStateProps {
  message: string;
  onRetry?: () => void;
  /** Where to go instead, when there is nothing to retry (a page not found or not allowed). */
  back?: { to: string; label: string };
}

export function ErrorState({ message, onRetry, back }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('errors.title')}>
      <Stack gap="sm" align="flex-start">
        <Text>{message}</Text>
        {onRetry && (
          <Button variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
        {back && (
          // The theme's link blue reaches only 4.1:1 on the alert's pink; one shade darker passes.
          <Anchor component={Link} to={back.to} c="blue.9" underline="always">
            {back.label}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
