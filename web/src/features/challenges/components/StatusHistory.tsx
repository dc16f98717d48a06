import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/dates';
import { type ChallengeFieldsFragment } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';

/** Every status change, oldest first, with who made it and what they said (question, answer, reason). */
export function StatusHistory({ history }: { history: ChallengeFieldsFragment['history'] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Stack component="section" gap="sm" aria-labelledby="challenge-history">
      <Title order={2} id="challenge-history">
        {t('challenges.history.title')}
      </Title>
      <ol className="plain-list challenge-history">
        {history.map((change) => (
          <li key={change.id}>
            <Text fw={600}>
              {change.fromStatus
                ? t('challenges.history.change', {
                    from: t(`challenges.statuses.${change.fromStatus}`),
                    to: t(`challenges.statuses.${change.toStatus}`),
                  })
                : t('challenges.history.created', { status: t(`challenges.statuses.${change.toStatus}`) })}
            </Text>
            <Text size="sm">
              {t('challenges.history.byAt', {
                at: formatDay(change.createdAt, language, 'medium', true),
                by: change.actorName ?? t('challenges.history.someone'),
              })}
            </Text>
            {change.message && <Text className="preserve-lines history-message">{change.message}</Text>}
          </li>
        ))}
      </ol>
    </Stack>
  );
}
