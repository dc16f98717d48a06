import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failedPageTitle, QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { currentLanguage } from '../../../i18n';
import { formatDifference, formatNumber, qualityText, sameWeights, weightsText } from '../format';
import { MatchingRunComparisonQuery, MatchingRunFieldsFragment } from '../graphql/matching';

interface RunComparisonProps {
  eventId: string;
  runId: string;
  otherRunId: string;
}

/** Two runs side by side: their figures and differences, challenges served in one only, volunteers who moved. */
export function RunComparison({ eventId, runId, otherRunId }: RunComparisonProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(MatchingRunComparisonQuery, {
    variables: { runId, otherRunId },
    context: SHOWN_IN_PLACE,
  });

  if (loading && !data) return <LoadingState label={t('matching.compare.loading')} />;
  const comparison = data?.matchingRunComparison;
  if (!comparison)
    return (
      <Page title={failedPageTitle(error, t('matching.compare.notFoundTitle'), t)}>
        {error && (
          <QueryErrorState error={error} message={t('matching.compare.error')} onRetry={() => void refetch()} />
        )}
        <Anchor component={Link} to={`/manage/events/${eventId}/matching`}>
          {t('matching.board.back')}
        </Anchor>
      </Page>
    );
  const first = getFragmentData(MatchingRunFieldsFragment, comparison.first);
  const second = getFragmentData(MatchingRunFieldsFragment, comparison.second);
  const titles = (list: readonly { title: string }[]) => list.map((entry) => entry.title).join(', ');
  const rows = [
    {
      label: t('matching.compare.served'),
      first: String(first.served ?? 0),
      second: String(second.served ?? 0),
      difference: formatDifference(comparison.servedDifference, language, 0),
    },
    {
      label: t('matching.compare.servedPriority'),
      first: formatNumber(first.servedPriority ?? 0, language, 0),
      second: formatNumber(second.servedPriority ?? 0, language, 0),
      difference: formatDifference(comparison.servedPriorityDifference, language, 0),
    },
    {
      label: t('matching.compare.totalScore'),
      first: formatNumber(first.totalScore ?? 0, language),
      second: formatNumber(second.totalScore ?? 0, language),
      difference: formatDifference(comparison.totalScoreDifference, language),
    },
    {
      label: t('matching.compare.quality'),
      first: qualityText(t, first, language),
      second: qualityText(t, second, language),
      difference: '',
    },
    {
      label: t('matching.compare.weights'),
      first: weightsText(t, first.weights, language),
      second: weightsText(t, second.weights, language),
      difference: '',
    },
  ];
  // Scores of runs with other weights measure other things: their difference says nothing about which is better.
  const comparable = sameWeights(first.weights, second.weights);
  const runName = (number: number) => t('matching.runs.number', { number });

  return (
    <Page title={t('matching.compare.pageTitle', { first: first.number, second: second.number })}>
      <Group gap="md">
        <Anchor component={Link} to={`/manage/events/${eventId}/matching`}>
          {t('matching.board.back')}
        </Anchor>
        <Anchor component={Link} to={`/manage/events/${eventId}/matching/runs/${first.id}`}>
          {t('matching.runs.open', { number: first.number })}
        </Anchor>
        <Anchor component={Link} to={`/manage/events/${eventId}/matching/runs/${second.id}`}>
          {t('matching.runs.open', { number: second.number })}
        </Anchor>
      </Group>

      {!comparable && (
        <Alert color="blue" variant="light" title={t('matching.compare.weights')}>
          {t('matching.compare.differentWeights')}
        </Alert>
      )}

      <div className="table-scroll" role="region" aria-labelledby="compare-metrics" tabIndex={0}>
        <Table verticalSpacing="xs">
          <caption id="compare-metrics">{t('matching.compare.metrics')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('matching.compare.figure')}</Table.Th>
              <Table.Th scope="col">{runName(first.number)}</Table.Th>
              <Table.Th scope="col">{runName(second.number)}</Table.Th>
              <Table.Th scope="col">{t('matching.compare.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td>{row.first}</Table.Td>
                <Table.Td>{row.second}</Table.Td>
                <Table.Td>{row.difference}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>

      <Stack component="section" gap="xs" aria-labelledby="compare-served">
        <Title order={2} id="compare-served">
          {t('matching.compare.servedTitle')}
        </Title>
        <List spacing={4}>
          <List.Item>
            {t('matching.compare.onlyIn', { run: first.number })}{' '}
            {titles(comparison.servedOnlyInFirst) || t('matching.compare.none')}
          </List.Item>
          <List.Item>
            {t('matching.compare.onlyIn', { run: second.number })}{' '}
            {titles(comparison.servedOnlyInSecond) || t('matching.compare.none')}
          </List.Item>
        </List>
      </Stack>

      <Stack component="section" gap="xs" aria-labelledby="compare-moved">
        <Title order={2} id="compare-moved">
          {t('matching.compare.movedTitle', { count: comparison.movedVolunteers.length })}
        </Title>
        {comparison.movedVolunteers.length === 0 ? (
          <Text>{t('matching.compare.nobodyMoved')}</Text>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="compare-moved-caption" tabIndex={0}>
            <Table verticalSpacing="xs">
              <caption id="compare-moved-caption">{t('matching.compare.movedCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('matching.compare.volunteer')}</Table.Th>
                  <Table.Th scope="col">{runName(first.number)}</Table.Th>
                  <Table.Th scope="col">{runName(second.number)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.movedVolunteers.map((volunteer) => (
                  <Table.Tr key={volunteer.volunteerId}>
                    <Table.Th scope="row">{volunteer.firstName}</Table.Th>
                    <Table.Td>{titles(volunteer.inFirst) || t('matching.compare.noTeam')}</Table.Td>
                    <Table.Td>{titles(volunteer.inSecond) || t('matching.compare.noTeam')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Page>
  );
}
