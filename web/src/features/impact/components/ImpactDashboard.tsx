import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { type CauseArea, parseTypedNumber } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { type ImpactReportQuery as ImpactReportData } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { formatDay } from '../../../lib/dates';
import { fieldErrorsOf, stillStanding } from '../../../lib/field-errors';
import { ImpactReportQuery, SetImpactHourlyRateMutation } from '../graphql/impact';
import { countFormat, euroFormat, hoursFormat, numberFormat, shareText, stillInUseText } from './figures';
import { ScrollTable } from './ScrollTable';

/** The chart library is large; it loads when an impact page first shows a chart (the tables come first anyway). */
const ImpactChart = lazy(() => import('./ImpactChart').then((module) => ({ default: module.ImpactChart })));

type Edition = ImpactReportData['impactReport']['editions'][number];
type BreakdownRow = Edition['byCause'][number];

/**
 * The organizers' impact page of a body: the hourly rate, the figures edition over edition (table first, chart beside
 * it for sighted readers), and for a chosen edition the figures by cause and by district, with the edition report and
 * the CSV files.
 */
export function ImpactDashboard({ organizingBodyId }: { organizingBodyId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(ImpactReportQuery, {
    variables: { organizingBodyId },
    context: SHOWN_IN_PLACE,
  });
  const [chosen, setChosen] = useState('');

  if (loading && !data) return <LoadingState label={t('impact.loading')} />;
  if (error && !data)
    return <QueryErrorState error={error} message={t('impact.error')} onRetry={() => void refetch()} />;
  const report = data!.impactReport;
  const editions = report.editions;
  const numbers = numberFormat(language);
  const counts = countFormat(language);
  const hours = hoursFormat(language);
  const euros = euroFormat(language);
  const edition = editions.find((candidate) => candidate.eventId === chosen) ?? editions.at(-1);
  const finished = [...editions]
    .reverse()
    .find((candidate) => candidate.status === 'DONE' || candidate.status === 'ARCHIVED');
  const selected = editions.find((candidate) => candidate.eventId === chosen) ?? finished ?? edition;

  return (
    <Stack gap="xl">
      <Text>{t('impact.intro')}</Text>
      <HourlyRateForm organizingBodyId={organizingBodyId} hourlyRate={report.hourlyRate} />
      {editions.length === 0 ? (
        <Stack gap="xs">
          <Text>{t('impact.empty')}</Text>
          <Anchor component={Link} to={`/organize/${organizingBodyId}/events`}>
            {t('impact.emptyLink', { body: report.bodyName })}
          </Anchor>
        </Stack>
      ) : (
        <>
          <Stack component="section" gap="sm" aria-labelledby="impact-editions">
            <Title order={2} id="impact-editions">
              {t('impact.editions.title')}
            </Title>
            {!finished && <Text>{t('impact.noneFinished')}</Text>}
            <ScrollTable id="impact-editions-table" caption={t('impact.editions.caption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('impact.columns.edition')}</Table.Th>
                  {METRICS.map((metric) => (
                    <Table.Th key={metric} scope="col">
                      {t(`impact.columns.${metric}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {editions.map((row) => (
                  <Table.Tr key={row.eventId}>
                    <Table.Th scope="row">
                      {row.eventName}
                      <Text size="xs" c="dimmed" component="span" display="block">
                        {formatDay(row.startsAt, language)} · {t(`events.statuses.${row.status}`)}
                      </Text>
                    </Table.Th>
                    <Table.Td>{counts.format(row.nonprofitsApplied)}</Table.Td>
                    <Table.Td>{counts.format(row.nonprofitsServed)}</Table.Td>
                    <Table.Td>{counts.format(row.challengesSolved)}</Table.Td>
                    <Table.Td>{counts.format(row.challengesPartlySolved)}</Table.Td>
                    <Table.Td>{counts.format(row.volunteers)}</Table.Td>
                    <Table.Td>{hours.format(row.volunteerHours)}</Table.Td>
                    <Table.Td>{euros.format(row.estimatedValue)}</Table.Td>
                    <Table.Td>{shareText(t, row.returningVolunteers, row.volunteers, language)}</Table.Td>
                    <Table.Td>{shareText(t, row.returningNonprofits, row.nonprofitsApplied, language)}</Table.Td>
                    <Table.Td>
                      {row.averageRating === null ? t('impact.none') : numbers.format(row.averageRating)}
                    </Table.Td>
                    <Table.Td>{counts.format(row.followUpsOpen)}</Table.Td>
                    <Table.Td>{counts.format(row.followUpsClosed)}</Table.Td>
                    <Table.Td>{stillInUseText(t, row, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            <Suspense fallback={null}>
              <ImpactChart
                categoryKey="edition"
                data={editions.map((row) => ({
                  edition: row.eventName,
                  nonprofitsServed: row.nonprofitsServed,
                  challengesSolved: row.challengesSolved,
                  volunteers: row.volunteers,
                }))}
                series={[
                  { key: 'nonprofitsServed', label: t('impact.columns.nonprofitsServed'), color: '#1864ab' },
                  { key: 'challengesSolved', label: t('impact.columns.challengesSolved'), color: '#2b8a3e' },
                  { key: 'volunteers', label: t('impact.columns.volunteers'), color: '#b35900' },
                ]}
              />
            </Suspense>
          </Stack>
          {selected && (
            <Stack component="section" gap="sm" aria-labelledby="impact-breakdown">
              <Title order={2} id="impact-breakdown">
                {t('impact.breakdown.title')}
              </Title>
              <NativeSelect
                id="impact-edition"
                label={t('impact.breakdown.edition')}
                value={selected.eventId}
                onChange={(change) => setChosen(change.currentTarget.value)}
                data={editions.map((row) => ({ value: row.eventId, label: row.eventName }))}
                maw={420}
              />
              <Group gap="md" className="no-print">
                <Anchor component={Link} to={`/organize/${organizingBodyId}/impact/${selected.eventId}/report`}>
                  {t('impact.report.link', { event: selected.eventName })}
                </Anchor>
                <Anchor href={`/api/exports/events/${selected.eventId}/impact.csv?lang=${language}`} download>
                  {t('impact.report.csv', { event: selected.eventName })}
                </Anchor>
                <Anchor href={`/api/exports/events/${selected.eventId}/feedback.csv?lang=${language}`} download>
                  {t('impact.report.feedbackCsv', { event: selected.eventName })}
                </Anchor>
              </Group>
              <BreakdownTable
                id="impact-by-cause"
                caption={t('impact.breakdown.byCause', { event: selected.eventName })}
                groupLabel={t('impact.breakdown.cause')}
                rows={selected.byCause}
                label={(key) => t(`causes.${key as CauseArea}`)}
                note={t('impact.breakdown.causeNote')}
              />
              <BreakdownTable
                id="impact-by-district"
                caption={t('impact.breakdown.byDistrict', { event: selected.eventName })}
                groupLabel={t('impact.breakdown.district')}
                rows={selected.byDistrict}
                label={(key) => key || t('impact.breakdown.noDistrict')}
              />
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

const METRICS = [
  'nonprofitsApplied',
  'nonprofitsServed',
  'challengesSolved',
  'challengesPartlySolved',
  'volunteers',
  'volunteerHours',
  'estimatedValue',
  'returningVolunteers',
  'returningNonprofits',
  'averageRating',
  'followUpsOpen',
  'followUpsClosed',
  'stillInUse',
] as const;

/** A breakdown (by cause or district) as a table with a chart beside it. */
export function BreakdownTable({
  id,
  caption,
  groupLabel,
  rows,
  label,
  chart = true,
  note,
}: {
  id: string;
  caption: string;
  groupLabel: string;
  rows: BreakdownRow[];
  label: (key: string) => string;
  chart?: boolean;
  /** Said under the table and chart, e.g. why the rows add up to more than the totals. */
  note?: string;
}) {
  const { t, i18n } = useTranslation();
  const counts = countFormat(currentLanguage(i18n));
  const hours = hoursFormat(currentLanguage(i18n));
  if (rows.length === 0) return <Text>{t('impact.breakdown.empty', { what: caption })}</Text>;
  return (
    <Stack gap="xs">
      <ScrollTable id={id} caption={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupLabel}</Table.Th>
            <Table.Th scope="col">{t('impact.columns.nonprofitsApplied')}</Table.Th>
            <Table.Th scope="col">{t('impact.columns.nonprofitsServed')}</Table.Th>
            <Table.Th scope="col">{t('impact.columns.challengesSolved')}</Table.Th>
            <Table.Th scope="col">{t('impact.columns.volunteerHours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{label(row.key)}</Table.Th>
              <Table.Td>{counts.format(row.nonprofitsApplied)}</Table.Td>
              <Table.Td>{counts.format(row.nonprofitsServed)}</Table.Td>
              <Table.Td>{counts.format(row.challengesSolved)}</Table.Td>
              <Table.Td>{hours.format(row.volunteerHours)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {chart && (
        <Suspense fallback={null}>
          <ImpactChart
            categoryKey="group"
            data={rows.map((row) => ({
              group: label(row.key),
              nonprofitsServed: row.nonprofitsServed,
              challengesSolved: row.challengesSolved,
            }))}
            series={[
              { key: 'nonprofitsServed', label: t('impact.columns.nonprofitsServed'), color: '#1864ab' },
              { key: 'challengesSolved', label: t('impact.columns.challengesSolved'), color: '#2b8a3e' },
            ]}
          />
        </Suspense>
      )}
      {note && <Text size="sm">{note}</Text>}
    </Stack>
  );
}

/** The rate is saved in cents (the server rounds to them); more decimals are a typo, not a rate. */
const RATE_DECIMALS = 2;

/**
 * A saved rate as the field shows it, the way the page's language writes money by hand: whole euros as they are
 * ("40"), else with both cents ("37,50", not "37,5"), without thousands separators (which the field reads back too).
 */
function typedRate(rate: number, language: string): string {
  const text = Number.isInteger(rate) ? String(rate) : rate.toFixed(RATE_DECIMALS);
  return language === 'de' ? text.replace('.', ',') : text;
}

/** The euros per volunteer hour behind the estimated value; checked on the server, errors beside the field. */
function HourlyRateForm({ organizingBodyId, hourlyRate }: { organizingBodyId: string; hourlyRate: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [value, setValue] = useState(() => typedRate(hourlyRate, language));
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SetImpactHourlyRateMutation, {
    refetchQueries: [ImpactReportQuery],
    awaitRefetchQueries: true,
  });
  // what the last submit sent, and what the form itself found wrong with it (the server is not asked then)
  const [sent, setSent] = useState<{ hourlyRate: string } | null>(null);
  const [local, setLocal] = useState<string>();
  const reported = local
    ? [{ path: 'hourlyRate', message: local }]
    : fieldErrorsOf(error).filter((field) => field.path === 'hourlyRate');
  // An error shows while the field still holds what was sent: a corrected rate loses it at once, not at the next save.
  const message = stillStanding(reported, sent, { hourlyRate: value })[0]?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setSent({ hourlyRate: value });
    // Empty is named as every form names a required field left empty; only a text that is no number is "not a number".
    // The number is read as the page's language writes it: a German "1.000" is one thousand, not one.
    const hourlyRate = parseTypedNumber(value, language, RATE_DECIMALS);
    const found =
      value.trim() === '' ? t('common.fillIn') : hourlyRate === null ? t('impact.rate.notNumber') : undefined;
    setLocal(found);
    if (found || hourlyRate === null) return;
    try {
      await save({ variables: { organizingBodyId, hourlyRate } });
      setSaved(true);
    } catch {
      // The error is shown beside the field.
    }
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby="impact-rate" className="no-print">
      <Title order={2} id="impact-rate">
        {t('impact.rate.title')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm" align="flex-start">
          {message && <ErrorSummary items={[{ fieldId: 'impact-hourly-rate', message }]} />}
          <TextInput
            id="impact-hourly-rate"
            label={t('impact.rate.label')}
            description={t('impact.rate.hint')}
            inputMode="decimal"
            value={value}
            onChange={(change) => setValue(change.currentTarget.value)}
            error={message}
            maw={240}
          />
          <Button type="submit" loading={loading}>
            {t('impact.rate.save')}
          </Button>
          <Text role="status" size="sm">
            {saved ? t('impact.rate.saved') : ''}
          </Text>
        </Stack>
      </form>
    </Stack>
  );
}
