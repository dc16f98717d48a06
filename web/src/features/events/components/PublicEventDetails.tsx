import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { type EventLanguage } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failedPageTitle, QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { currentLanguage } from '../../../i18n';
import { formatFullMoment } from '../../../lib/dates';
import { formatEventTime } from '../format';
import { PublicEventQuery } from '../graphql/public-event';

/** The public page of an event: what nonprofits and volunteers need to decide to take part. */
export function PublicEventDetails({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(PublicEventQuery, { variables: { id }, context: SHOWN_IN_PLACE });

  if (loading && !data) return <LoadingState label={t('publicEvent.loading')} />;
  const event = data?.publicEvent;
  if (!event)
    return (
      <Page title={failedPageTitle(error, t('publicEvent.notFoundTitle'), t)}>
        {error ? (
          <QueryErrorState
            error={error}
            message={t('publicEvent.notFound')}
            onRetry={() => void refetch()}
            back={{ to: '/', label: t('notFound.home') }}
          />
        ) : null}
      </Page>
    );
  const place = event.online
    ? t('publicEvent.online')
    : event.venue?.includes(event.city)
      ? event.venue
      : [event.venue, event.city].filter(Boolean).join(', ');

  return (
    <Page title={event.name}>
      <Group gap="xs">
        <Badge variant="outline" size="lg" tt="none">
          {t(`events.kinds.${event.kind}`)}
        </Badge>
        <Badge variant="light" size="lg" tt="none">
          {t(`events.statuses.${event.status}`)}
        </Badge>
      </Group>
      <Text className="preserve-lines">{event.description}</Text>
      {event.status === 'OPEN' && (
        <Group gap="lg">
          <Anchor component={Link} to={`/nonprofits/register?event=${event.id}`} fw={600}>
            {t('nonprofits.register.fromEventPage')}
          </Anchor>
          <Anchor component={Link} to={`/volunteer/register?event=${event.id}`} fw={600}>
            {t('volunteer.register.fromEventPage')}
          </Anchor>
        </Group>
      )}
      <dl className="event-facts">
        <dt>{t('events.when')}</dt>
        <dd>{formatEventTime(event.startsAt, event.endsAt, language)}</dd>
        <dt>{t('events.where')}</dt>
        <dd>{place}</dd>
        <dt>{t('publicEvent.languages')}</dt>
        <dd>{event.languages.map((code) => t(`eventAdmin.languages.${code as EventLanguage}`)).join(', ')}</dd>
        <dt>{t('publicEvent.organizer')}</dt>
        <dd>{event.organizingBodyName}</dd>
        {event.nonprofitDeadline && (
          <>
            <dt>{t('publicEvent.nonprofitDeadline')}</dt>
            <dd>{formatFullMoment(event.nonprofitDeadline, language)}</dd>
          </>
        )}
        {event.volunteerDeadline && (
          <>
            <dt>{t('publicEvent.volunteerDeadline')}</dt>
            <dd>{formatFullMoment(event.volunteerDeadline, language)}</dd>
          </>
        )}
      </dl>
      <Stack component="section" gap="xs" aria-labelledby="event-slots">
        <Title order={2} id="event-slots">
          {t('publicEvent.slots')}
        </Title>
        <List spacing="xs">
          {event.slots.map((slot) => (
            <List.Item key={slot.startsAt}>{formatEventTime(slot.startsAt, slot.endsAt, language)}</List.Item>
          ))}
        </List>
      </Stack>
    </Page>
  );
}
