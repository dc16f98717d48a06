import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { currentLanguage } from '../../../i18n';
import { formatEventTime } from '../format';

export const EventCardFragment = graphql(`
  fragment EventCard_event on EventSummary {
    id
    name
    kind
    status
    description
    startsAt
    endsAt
    city
    venue
  }
`);

interface EventCardProps {
  event: FragmentType<typeof EventCardFragment>;
  /** Heading level inside the surrounding page outline. */
  headingOrder?: 2 | 3 | 4;
}

export function EventCard({ event: eventRef, headingOrder = 3 }: EventCardProps) {
  const { t, i18n } = useTranslation();
  const event = getFragmentData(EventCardFragment, eventRef);
  const headingId = useId();
  // Venues often carry the full address already; the city is added only when it is missing.
  const place = event.venue?.includes(event.city) ? event.venue : [event.venue, event.city].filter(Boolean).join(', ');

  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="outline" size="lg" tt="none">
            {t(`events.kinds.${event.kind}`)}
          </Badge>
        </Group>
        <Title order={headingOrder} id={headingId}>
          {/* The heading is the link, so a screen reader's list of links names each event. */}
          <Anchor component={Link} to={`/events/${event.id}`}>
            {event.name}
          </Anchor>
        </Title>
        <dl className="event-facts">
          <dt>{t('events.when')}</dt>
          <dd>{formatEventTime(event.startsAt, event.endsAt, currentLanguage(i18n))}</dd>
          <dt>{t('events.where')}</dt>
          <dd>{place}</dd>
          <dt>{t('events.status')}</dt>
          <dd>{t(`events.statuses.${event.status}`)}</dd>
        </dl>
        <Text className="preserve-lines">{event.description}</Text>
      </Stack>
    </Card>
  );
}
