import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { skillLabel } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { type EventVolunteerFieldsFragment as Volunteer } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { slotText } from '../format';
import { EventVolunteerFieldsFragment, EventVolunteerOverviewQuery } from '../graphql/event-volunteers';
import { SupplyDemandTable } from './SupplyDemandTable';
import { failedPageTitle } from '../../../components/ui/QueryErrorState';

/**
 * The organizers' dashboard of one event before matching: challenges by status, volunteers per slot, the
 * supply/demand table of skills (so they can recruit before matching) and the list of volunteers.
 */
export function EventVolunteersDashboard({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(EventVolunteerOverviewQuery, {
    variables: { eventId },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <LoadingState label={t('volunteerAdmin.loading')} />;
  const overview = data?.eventVolunteerOverview;
  if (!overview)
    return (
      <Page title={failedPageTitle(error, t('volunteerAdmin.notFoundTitle'), t)}>
        {error && <ErrorState message={t('volunteerAdmin.error')} onRetry={() => void refetch()} />}
      </Page>
    );
  const volunteers = getFragmentData(EventVolunteerFieldsFragment, data.eventVolunteers);

  return (
    <Page title={t('volunteerAdmin.title', { event: overview.eventName })}>
      <Group gap="md">
        <Anchor component={Link} to={`/manage/events/${eventId}`}>
          {t('volunteerAdmin.backToEvent')}
        </Anchor>
        <Anchor component={Link} to={`/manage/events/${eventId}/volunteers/new`}>
          {t('volunteerAdmin.intakeLink')}
        </Anchor>
      </Group>

      <Stack component="section" gap="sm" aria-labelledby="volunteer-admin-counts">
        <Title order={2} id="volunteer-admin-counts">
          {t('volunteerAdmin.counts.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Stack gap="xs">
            <Title order={3}>{t('volunteerAdmin.counts.challenges')}</Title>
            <dl className="count-list">
              {overview.challengeCounts.map((entry) => (
                <div key={entry.status}>
                  <dt>{t(`volunteerAdmin.challengeStatuses.${entry.status}`)}</dt>
                  <dd>{entry.count}</dd>
                </div>
              ))}
            </dl>
          </Stack>
          <Stack gap="xs">
            <Title order={3}>{t('volunteerAdmin.counts.volunteers')}</Title>
            <Text>
              {t('volunteerAdmin.counts.registered', { count: overview.volunteerCount })}{' '}
              {overview.withdrawnCount > 0 && t('volunteerAdmin.counts.withdrawn', { count: overview.withdrawnCount })}
            </Text>
          </Stack>
        </SimpleGrid>
        <div className="table-scroll" role="region" aria-labelledby="slot-counts-caption" tabIndex={0}>
          <Table verticalSpacing="xs">
            <caption id="slot-counts-caption">{t('volunteerAdmin.slots.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('volunteerAdmin.slots.slot')}</Table.Th>
                <Table.Th scope="col">{t('volunteerAdmin.slots.capacity')}</Table.Th>
                <Table.Th scope="col">{t('volunteerAdmin.slots.challenges')}</Table.Th>
                <Table.Th scope="col">{t('volunteerAdmin.slots.volunteers')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.slots.map((slot) => (
                <Table.Tr key={slot.slotId}>
                  <Table.Th scope="row">{slotText(slot, language)}</Table.Th>
                  <Table.Td>{slot.capacity}</Table.Td>
                  <Table.Td>{slot.acceptedChallenges}</Table.Td>
                  <Table.Td>{slot.volunteers}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="volunteer-admin-supply">
        <Title order={2} id="volunteer-admin-supply">
          {t('volunteerAdmin.supply.title')}
        </Title>
        <Text size="sm">{t('volunteerAdmin.supply.help')}</Text>
        {overview.supplyDemand.length === 0 ? (
          <Text>{t('volunteerAdmin.supply.empty')}</Text>
        ) : (
          <SupplyDemandTable rows={overview.supplyDemand} />
        )}
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="volunteer-admin-list">
        <Title order={2} id="volunteer-admin-list">
          {t('volunteerAdmin.list.title', { count: volunteers.length })}
        </Title>
        {volunteers.length === 0 ? (
          <Text>{t('volunteerAdmin.list.empty')}</Text>
        ) : (
          <ul className="plain-list volunteer-list">
            {volunteers.map((volunteer) => (
              <li key={volunteer.registrationId}>
                <VolunteerCard volunteer={volunteer} />
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Page>
  );
}

function VolunteerCard({ volunteer }: { volunteer: Volunteer }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = `volunteer-${volunteer.registrationId}`;
  const withdrawn = volunteer.status === 'WITHDRAWN';
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {volunteer.name}
          </Title>
          {withdrawn && (
            <Badge variant="outline" color="dark" tt="none">
              {t('volunteer.dashboard.status.WITHDRAWN')}
            </Badge>
          )}
          {volunteer.assisted && (
            <Badge variant="outline" color="dark" tt="none">
              {t('volunteer.dashboard.assisted')}
            </Badge>
          )}
        </Group>
        <dl className="event-facts volunteer-facts">
          <dt>{t('volunteerAdmin.list.skills')}</dt>
          <dd>
            {volunteer.skills
              .map((entry) =>
                t('volunteerAdmin.list.skill', {
                  skill: skillLabel(entry.skill, language) ?? entry.skill,
                  level: entry.level,
                }),
              )
              .join(', ')}
          </dd>
          <dt>{t('volunteerAdmin.list.languages')}</dt>
          <dd>{volunteer.languages.map((code) => t(`eventAdmin.languages.${code as 'de'}`)).join(', ')}</dd>
          <dt>{t('volunteerAdmin.list.formats')}</dt>
          <dd>{volunteer.formats.map((format) => t(`formats.${format}`)).join(', ')}</dd>
          <dt>{t('volunteerAdmin.list.slots')}</dt>
          <dd>{volunteer.slots.map((slot) => slotText(slot, language)).join('; ') || '–'}</dd>
          <dt>{t('volunteerAdmin.list.maxAssignments')}</dt>
          <dd>{volunteer.maxAssignments}</dd>
          <dt>{t('volunteerAdmin.list.contact')}</dt>
          <dd>
            {[volunteer.email, volunteer.phone].filter(Boolean).join(' · ') || t('volunteerAdmin.list.noContact')}
          </dd>
          {volunteer.employer && (
            <>
              <dt>{t('volunteerAdmin.list.employer')}</dt>
              <dd>{volunteer.employer}</dd>
            </>
          )}
        </dl>
      </Stack>
    </Card>
  );
}
