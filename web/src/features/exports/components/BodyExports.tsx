import { useQuery } from '@apollo/client/react';
import { Button, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { CHALLENGE_STATUSES } from '@skillshift/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/LoadingState';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { currentLanguage } from '../../../i18n';
import { formatDay } from '../../../lib/dates';
import { ExportableEventsQuery } from '../graphql/exports';

const EVENTS_SHOWN = 50;
const REGISTRATION_STATUSES = ['REGISTERED', 'WITHDRAWN'] as const;

/**
 * Downloads for the city and the committees: the map of nonprofits (GeoJSON for the geoportal) and per event the
 * challenges and the volunteers (CSV, headings in the interface language). The files come straight from the server
 * with the session cookie; every download is audit-logged there.
 */
export function BodyExports({ organizingBodyId }: { organizingBodyId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [challengeStatus, setChallengeStatus] = useState('');
  const [registrationStatus, setRegistrationStatus] = useState('');
  const { data, loading, error, refetch } = useQuery(ExportableEventsQuery, {
    variables: { organizingBodyId, limit: EVENTS_SHOWN, offset: 0 },
    context: SHOWN_IN_PLACE,
  });
  const query = (status: string) => `?lang=${language}${status ? `&status=${status}` : ''}`;

  return (
    <Stack gap="xl">
      <Text>{t('exports.intro')}</Text>
      <Stack component="section" gap="sm" aria-labelledby="exports-map" align="flex-start">
        <Title order={2} id="exports-map">
          {t('exports.map.title')}
        </Title>
        <Text>{t('exports.map.intro')}</Text>
        <Button
          component="a"
          variant="default"
          download
          href={`/api/exports/bodies/${organizingBodyId}/nonprofits.geojson`}
        >
          {t('exports.map.action')}
        </Button>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="exports-events">
        <Title order={2} id="exports-events">
          {t('exports.events.title')}
        </Title>
        <Text>{t('exports.events.intro')}</Text>
        <Group gap="md" align="flex-end">
          <NativeSelect
            id="exports-challenge-status"
            label={t('exports.events.challengeStatus')}
            value={challengeStatus}
            onChange={(change) => setChallengeStatus(change.currentTarget.value)}
            data={[
              { value: '', label: t('exports.events.allStatuses') },
              ...CHALLENGE_STATUSES.map((status) => ({ value: status, label: t(`challenges.statuses.${status}`) })),
            ]}
          />
          <NativeSelect
            id="exports-registration-status"
            label={t('exports.events.registrationStatus')}
            value={registrationStatus}
            onChange={(change) => setRegistrationStatus(change.currentTarget.value)}
            data={[
              { value: '', label: t('exports.events.allStatuses') },
              ...REGISTRATION_STATUSES.map((status) => ({
                value: status,
                label: t(`exports.events.registrationStatuses.${status}`),
              })),
            ]}
          />
        </Group>
        {loading && !data ? (
          <LoadingState label={t('exports.events.loading')} />
        ) : error && !data ? (
          <QueryErrorState error={error} message={t('exports.events.error')} onRetry={() => void refetch()} />
        ) : (data?.organizerEvents.items ?? []).length === 0 ? (
          <Text>{t('exports.events.empty')}</Text>
        ) : (
          <List listStyleType="none" spacing="sm" p={0}>
            {(data?.organizerEvents.items ?? []).map((event) => (
              <List.Item key={event.id}>
                <Paper withBorder p="md" component="article" aria-labelledby={`export-event-${event.id}`}>
                  <Stack gap="xs">
                    <Title order={3} id={`export-event-${event.id}`}>
                      {event.name}
                    </Title>
                    <Text size="sm">
                      {formatDay(event.startsAt, language)} · {t(`events.statuses.${event.status}`)}
                    </Text>
                    <Group gap="sm">
                      <Button
                        component="a"
                        variant="default"
                        download
                        href={`/api/exports/events/${event.id}/challenges.csv${query(challengeStatus)}`}
                        aria-label={t('exports.events.challengesLabel', { event: event.name })}
                      >
                        {t('exports.events.challenges')}
                      </Button>
                      <Button
                        component="a"
                        variant="default"
                        download
                        href={`/api/exports/events/${event.id}/volunteers.csv${query(registrationStatus)}`}
                        aria-label={t('exports.events.volunteersLabel', { event: event.name })}
                      >
                        {t('exports.events.volunteers')}
                      </Button>
                    </Group>
                  </Stack>
                </Paper>
              </List.Item>
            ))}
          </List>
        )}
        {(data?.organizerEvents.totalCount ?? 0) > EVENTS_SHOWN && (
          <Text size="sm">{t('exports.events.more', { count: EVENTS_SHOWN })}</Text>
        )}
      </Stack>
    </Stack>
  );
}
