import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * After the event, beside the proposal or team it is about: the way to the feedback form the person was asked to fill
 * in by mail (the same signed link), or, once they answered, to what they said.
 */
export function FeedbackInvitation({
  feedback,
  title,
}: {
  feedback: { url: string; answered: boolean } | null | undefined;
  title: string;
}) {
  const { t } = useTranslation();
  if (!feedback) return null;
  return feedback.answered ? (
    <Text size="sm">
      {t('publication.feedback.given')}{' '}
      <Anchor href={feedback.url} aria-label={t('publication.feedback.viewFor', { title })}>
        {t('publication.feedback.view')}
      </Anchor>
    </Text>
  ) : (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t('publication.feedback.prompt')}</Text>
      <Button component="a" href={feedback.url} aria-label={t('publication.feedback.giveFor', { title })}>
        {t('publication.feedback.give')}
      </Button>
    </Stack>
  );
}
