import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { currentLanguage } from '../../../i18n';
import { formatEventTime } from '../format';
import { OrganizerEventsQuery } from '../graphql/organizer-events';

export const PAGE_SIZE = 20;

interface OrganizerEventListProps {
  organizingBodyId: string;
  offset: number;
  onOffsetChange: (offset: number) => void;
}

/** The body's events, latest first, a page at a time; each leads to its management page. */
export function OrganizerEventList({ organizingBodyId, offset, onOffsetChange }: OrganizerEventListProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrganizerEventsQuery, {
    variables: { organizingBodyId, limit: PAGE_SIZE, offset },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <LoadingState label={t('eventAdmin.list.loading')} />;
  if (error && !data) return <ErrorState message={t('eventAdmin.list.error')} onRetry={() => void refetch()} />;
  const page = data?.organizerEvents;
  if (!page || page.totalCount === 0) return <Text>{t('eventAdmin.list.empty')}</Text>;

  return (
    <Stack gap="md">
      <Text>{t('eventAdmin.list.count', { count: page.totalCount })}</Text>
      <Stack component="ul" gap="sm" className="plain-list">
        {page.items.map((event) => (
          <li key={event.id}>
            <Card withBorder padding="md">
              <Stack gap={4}>
                <Title order={2} size="h3">
                  <Anchor component={Link} to={`/manage/events/${event.id}`}>
                    {event.name}
                  </Anchor>
                </Title>
                <Group gap="xs">
                  <Badge variant="outline" tt="none">
                    {t(`events.kinds.${event.kind}`)}
                  </Badge>
                  <Badge variant="light" tt="none">
                    {t(`events.statuses.${event.status}`)}
                  </Badge>
                </Group>
                <Text size="sm">{formatEventTime(event.startsAt, event.endsAt, currentLanguage(i18n))}</Text>
              </Stack>
            </Card>
          </li>
        ))}
      </Stack>
      {page.totalCount > PAGE_SIZE && (
        <Group component="nav" aria-label={t('eventAdmin.list.pages')} gap="sm">
          {offset > 0 && (
            <Button variant="default" onClick={() => onOffsetChange(Math.max(0, offset - PAGE_SIZE))}>
              {t('eventAdmin.list.previous')}
            </Button>
          )}
          <Text size="sm">
            {t('eventAdmin.list.range', {
              from: offset + 1,
              to: Math.min(offset + PAGE_SIZE, page.totalCount),
              total: page.totalCount,
            })}
          </Text>
          {offset + PAGE_SIZE < page.totalCount && (
            <Button variant="default" onClick={() => onOffsetChange(offset + PAGE_SIZE)}>
              {t('eventAdmin.list.next')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
