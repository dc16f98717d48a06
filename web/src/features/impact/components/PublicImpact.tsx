import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { type CauseArea } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { currentLanguage } from '../../../i18n';
import { formatDay } from '../../../lib/dates';
import { PublicImpactQuery } from '../graphql/impact';
import { countFormat, euroFormat, hoursFormat } from './figures';
import { ScrollTable } from './ScrollTable';

interface Figure {
  value: number | null;
  fewerThanThree: boolean;
}

const PUBLIC_METRICS = [
  'nonprofitsApplied',
  'nonprofitsServed',
  'challengesSolved',
  'volunteers',
  'volunteerHours',
  'estimatedValue',
  'returningVolunteers',
  'returningNonprofits',
  'followUpsClosed',
  'stillInUseYes',
] as const;

/** How a figure is written; the rest are counts. */
const PUBLIC_METRIC_KINDS: Partial<Record<(typeof PUBLIC_METRICS)[number], 'hours' | 'money'>> = {
  volunteerHours: 'hours',
  estimatedValue: 'money',
};

/**
 * What the events achieved, for everyone: aggregate figures of finished editions only, no names. Figures below 3
 * arrive from the server as "fewer than 3" and are shown in words.
 */
export function PublicImpact() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(PublicImpactQuery);
  if (loading && !data) return <LoadingState label={t('impact.loading')} />;
  if (error && !data) return <ErrorState message={t('impact.error')} onRetry={() => void refetch()} />;
  const formats = { count: countFormat(language), hours: hoursFormat(language), money: euroFormat(language) };
  const show = (figure: Figure, kind: keyof typeof formats = 'count') =>
    figure.fewerThanThree ? t('impact.public.fewerThanThree') : formats[kind].format(figure.value ?? 0);
  const bodies = data?.publicImpact ?? [];

  return (
    <Stack gap="xl">
      <Text>{t('impact.public.intro')}</Text>
      <Text size="sm">{t('impact.public.privacy')}</Text>
      {bodies.length === 0 && <Text>{t('impact.public.empty')}</Text>}
      {bodies.map((body) => (
        <Stack
          key={body.organizingBodyId}
          component="section"
          gap="md"
          aria-labelledby={`impact-body-${body.organizingBodyId}`}
        >
          <Title order={2} id={`impact-body-${body.organizingBodyId}`}>
            {body.name}
          </Title>
          {body.editions.map((edition) => (
            <Stack
              key={edition.eventId}
              component="article"
              gap="sm"
              aria-labelledby={`impact-edition-${edition.eventId}`}
            >
              <Title order={3} id={`impact-edition-${edition.eventId}`}>
                {t('impact.public.edition', {
                  event: edition.eventName,
                  date: formatDay(edition.startsAt, language, 'long'),
                })}
              </Title>
              <ScrollTable
                id={`public-figures-${edition.eventId}`}
                caption={t('impact.public.figuresCaption', { event: edition.eventName })}
                fit
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('impact.report.figure')}</Table.Th>
                    <Table.Th scope="col">{t('impact.report.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {PUBLIC_METRICS.filter(
                    // (a figure the body does not give, as the value without an hourly rate, is left out)
                    (metric) => edition[metric].value !== null || edition[metric].fewerThanThree,
                  ).map((metric) => (
                    <Table.Tr key={metric}>
                      <Table.Th scope="row">{t(`impact.public.metrics.${metric}`)}</Table.Th>
                      <Table.Td>{show(edition[metric], PUBLIC_METRIC_KINDS[metric])}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
              {edition.byCause.length > 0 && (
                <>
                  <ScrollTable
                    id={`public-causes-${edition.eventId}`}
                    caption={t('impact.public.byCauseCaption', { event: edition.eventName })}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('impact.breakdown.cause')}</Table.Th>
                        <Table.Th scope="col">{t('impact.columns.nonprofitsServed')}</Table.Th>
                        <Table.Th scope="col">{t('impact.columns.challengesSolved')}</Table.Th>
                        <Table.Th scope="col">{t('impact.columns.volunteerHours')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {edition.byCause.map((row) => (
                        <Table.Tr key={row.key}>
                          <Table.Th scope="row">{t(`causes.${row.key as CauseArea}`)}</Table.Th>
                          <Table.Td>{show(row.nonprofitsServed)}</Table.Td>
                          <Table.Td>{show(row.challengesSolved)}</Table.Td>
                          <Table.Td>{show(row.volunteerHours, 'hours')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </ScrollTable>
                  <Text size="sm">{t('impact.breakdown.causeNote')}</Text>
                </>
              )}
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
