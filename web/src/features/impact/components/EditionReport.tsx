import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { type CauseArea } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { currentLanguage } from '../../../i18n';
import { formatDay } from '../../../lib/dates';
import { ImpactReportQuery } from '../graphql/impact';
import './edition-report.css';
import { countFormat, euroFormat, hoursFormat, numberFormat, rateFormat, shareText, stillInUseText } from './figures';
import { BreakdownTable } from './ImpactDashboard';
import { ScrollTable } from './ScrollTable';

/**
 * One edition's report for sponsors and committees: the browser prints it to PDF (print styles hide the app around
 * it), and the same figures come as CSV.
 */
export function EditionReport({ organizingBodyId, eventId }: { organizingBodyId: string; eventId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(ImpactReportQuery, {
    variables: { organizingBodyId },
    context: SHOWN_IN_PLACE,
  });
  if (loading && !data) return <LoadingState label={t('impact.loading')} />;
  if (error && !data)
    return <QueryErrorState error={error} message={t('impact.error')} onRetry={() => void refetch()} />;
  const report = data!.impactReport;
  const edition = report.editions.find((candidate) => candidate.eventId === eventId);
  if (!edition) return <Text>{t('impact.report.notFound')}</Text>;
  const numbers = numberFormat(language);
  const counts = countFormat(language);
  const euros = euroFormat(language);
  const date = formatDay(edition.startsAt, language, 'long');
  const figures: [string, string][] = [
    [t('impact.columns.nonprofitsApplied'), counts.format(edition.nonprofitsApplied)],
    [t('impact.columns.nonprofitsServed'), counts.format(edition.nonprofitsServed)],
    [t('impact.columns.challengesServed'), counts.format(edition.challengesServed)],
    [t('impact.columns.challengesSolved'), counts.format(edition.challengesSolved)],
    [t('impact.columns.challengesPartlySolved'), counts.format(edition.challengesPartlySolved)],
    [t('impact.columns.volunteers'), counts.format(edition.volunteers)],
    [t('impact.columns.volunteerHours'), hoursFormat(language).format(edition.volunteerHours)],
    [
      t('impact.columns.estimatedValue'),
      t('impact.report.valueAt', {
        value: euros.format(edition.estimatedValue),
        rate: rateFormat(language, report.hourlyRate).format(report.hourlyRate),
      }),
    ],
    [t('impact.columns.returningVolunteers'), shareText(t, edition.returningVolunteers, edition.volunteers, language)],
    [
      t('impact.columns.returningNonprofits'),
      shareText(t, edition.returningNonprofits, edition.nonprofitsApplied, language),
    ],
    [t('impact.columns.feedbackAnswers'), counts.format(edition.feedbackAnswers)],
    [
      t('impact.columns.averageRating'),
      edition.averageRating === null ? t('impact.none') : numbers.format(edition.averageRating),
    ],
    [t('impact.columns.followUpsOpen'), counts.format(edition.followUpsOpen)],
    [t('impact.columns.followUpsClosed'), counts.format(edition.followUpsClosed)],
    [t('impact.columns.stillInUse'), stillInUseText(t, edition, language)],
  ];

  return (
    <Stack gap="lg" className="edition-report">
      <Text fw={600}>
        {report.bodyName} · {edition.eventName} · {date}
      </Text>
      <Group gap="md" className="no-print">
        <Button onClick={() => window.print()}>{t('impact.report.print')}</Button>
        <Button
          component="a"
          variant="default"
          download
          href={`/api/exports/events/${edition.eventId}/impact.csv?lang=${language}`}
        >
          {t('impact.report.csvButton')}
        </Button>
        <Anchor component={Link} to={`/organize/${organizingBodyId}/impact`}>
          {t('impact.report.back')}
        </Anchor>
      </Group>
      <Stack component="section" gap="sm" aria-labelledby="report-figures">
        <Title order={2} id="report-figures">
          {t('impact.report.figures')}
        </Title>
        <ScrollTable
          id="report-figures-table"
          caption={t('impact.report.figuresCaption', { event: edition.eventName })}
          fit
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('impact.report.figure')}</Table.Th>
              <Table.Th scope="col">{t('impact.report.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="report-breakdown">
        <Title order={2} id="report-breakdown">
          {t('impact.breakdown.title')}
        </Title>
        <BreakdownTable
          id="report-by-cause"
          caption={t('impact.breakdown.byCause', { event: edition.eventName })}
          groupLabel={t('impact.breakdown.cause')}
          rows={edition.byCause}
          label={(key) => t(`causes.${key as CauseArea}`)}
          chart={false}
          note={t('impact.breakdown.causeNote')}
        />
        <BreakdownTable
          id="report-by-district"
          caption={t('impact.breakdown.byDistrict', { event: edition.eventName })}
          groupLabel={t('impact.breakdown.district')}
          rows={edition.byDistrict}
          label={(key) => key || t('impact.breakdown.noDistrict')}
          chart={false}
        />
      </Stack>
      <Text size="sm">{t('impact.report.method')}</Text>
    </Stack>
  );
}
