import { Anchor, Group, Loader, Table, Text } from '@mantine/core';
import { type UiLocale } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MatchingRunFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatNumber, formatSeconds, qualityText } from '../format';

interface RunsTableProps {
  eventId: string;
  runs: readonly MatchingRunFieldsFragment[];
  language: UiLocale;
}

/** Every run of the event, newest first: status (with progress while it runs), who started it, its figures. */
export function RunsTable({ eventId, runs, language }: RunsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="matching-runs-caption" tabIndex={0}>
      <Table verticalSpacing="xs" className="matching-runs">
        <caption id="matching-runs-caption">{t('matching.runs.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matching.runs.run')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.status')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.started')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.teams')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.score')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.quality')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.duration')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Th scope="row">
                {run.status === 'DONE' ? (
                  <Anchor component={Link} to={`/manage/events/${eventId}/matching/runs/${run.id}`}>
                    {t('matching.runs.open', { number: run.number })}
                  </Anchor>
                ) : (
                  t('matching.runs.number', { number: run.number })
                )}
              </Table.Th>
              <Table.Td>
                <RunStatus run={run} />
              </Table.Td>
              <Table.Td>
                {t('matching.runs.startedBy', {
                  name: run.startedByName ?? t('matching.runs.someone'),
                  at: formatDateTime(run.createdAt, language),
                })}
              </Table.Td>
              <Table.Td>
                {run.served === null || run.served === undefined
                  ? '–'
                  : t('matching.runs.served', { served: run.served, count: run.challengeCount })}
              </Table.Td>
              <Table.Td>
                {run.totalScore === null || run.totalScore === undefined ? '–' : formatNumber(run.totalScore, language)}
              </Table.Td>
              <Table.Td>
                {run.status === 'DONE' ? qualityText(t, run, language) : '–'}
                {run.manualChanges > 0 && (
                  <Text size="sm">{t('matching.runs.manualChanges', { count: run.manualChanges })}</Text>
                )}
              </Table.Td>
              <Table.Td>
                {run.durationMillis === null || run.durationMillis === undefined
                  ? '–'
                  : t('matching.runs.seconds', { seconds: formatSeconds(run.durationMillis, language) })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** Status in words (with a spinner while it runs); a failed run says why. */
export function RunStatus({ run }: { run: MatchingRunFieldsFragment }) {
  const { t } = useTranslation();
  if (run.status === 'QUEUED')
    return (
      <Group gap="xs" wrap="nowrap">
        <Loader size="xs" aria-hidden />
        <Text>
          {run.queuePosition
            ? t('matching.status.queuedBehind', { count: run.queuePosition })
            : t('matching.status.QUEUED')}
        </Text>
      </Group>
    );
  if (run.status === 'RUNNING')
    return (
      <Group gap="xs" wrap="nowrap">
        <Loader size="xs" aria-hidden />
        <Text>{t('matching.status.RUNNING')}</Text>
      </Group>
    );
  if (run.status === 'FAILED')
    return (
      <Text>
        <span aria-hidden="true">✕ </span>
        {t('matching.status.FAILED')}: {run.error}
      </Text>
    );
  return (
    <Text>
      <span aria-hidden="true">✓ </span>
      {t('matching.status.DONE')}
    </Text>
  );
}
