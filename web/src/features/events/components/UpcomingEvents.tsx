import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { UpcomingEventsQuery } from '../graphql/upcoming-events';
import { EventCard } from './EventCard';

export const UPCOMING_EVENTS_HEADING_ID = 'upcoming-events';

/** The upcoming events as a section of a page, with its own h2. */
export function UpcomingEvents() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(UpcomingEventsQuery);

  return (
    <Stack component="section" gap="md" aria-labelledby={UPCOMING_EVENTS_HEADING_ID}>
      <Title order={2} id={UPCOMING_EVENTS_HEADING_ID} tabIndex={-1}>
        {t('events.title')}
      </Title>
      {loading && !data && <LoadingState label={t('events.loading')} />}
      {error && !data && <ErrorState message={t('events.error')} onRetry={() => void refetch()} />}
      {data && data.upcomingEvents.length === 0 && <Text>{t('events.empty')}</Text>}
      {data && data.upcomingEvents.length > 0 && (
        <Stack component="ul" gap="md" className="plain-list">
          {data.upcomingEvents.map((event) => (
            <li key={event.id}>
              <EventCard event={event} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
