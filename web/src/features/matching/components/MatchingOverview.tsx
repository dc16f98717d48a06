import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { type EventStatus, type MatchingRunStatus } from '@skillshift/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { failedPageTitle, QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { type MatchingRunFieldsFragment } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import {
  MatchingPairFieldsFragment,
  MatchingRunFieldsFragment as RunFields,
  MatchingSetupQuery,
  RemoveMatchingExclusionMutation,
  RemoveMatchingPinMutation,
  StartMatchingRunMutation,
} from '../graphql/matching';
import { formatDateTime, formatNumber } from '../format';
import { useRefetchOnLanguageChange } from '../use-refetch-on-language-change';
import { RunsTable } from './RunsTable';
import { type Weights, WeightSliders } from './WeightSliders';
import { STATUS_HEADING_ID } from '../../events/components/EventStatusActions';

const OPEN: MatchingRunStatus[] = ['QUEUED', 'RUNNING'];
const POLL_MILLIS = 500;

const PINS_HEADING_ID = 'matching-pins';
const EXCLUSIONS_HEADING_ID = 'matching-exclusions';

/**
 * The matching page of an event: start a run (with what-if weights), follow its progress, every run kept with its
 * figures, compare two of them, and the pins and exclusions the next runs will keep.
 */
export function MatchingOverview({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(MatchingSetupQuery, {
    variables: { eventId },
    fetchPolicy: 'cache-and-network',
    context: SHOWN_IN_PLACE,
    notifyOnNetworkStatusChange: false,
  });
  useRefetchOnLanguageChange(refetch);
  const [startRun, start] = useMutation(StartMatchingRunMutation);
  const [removePin] = useMutation(RemoveMatchingPinMutation);
  const [removeExclusion] = useMutation(RemoveMatchingExclusionMutation);
  const [weights, setWeights] = useState<Weights | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [compare, setCompare] = useState<{ first: string; second: string }>({ first: '', second: '' });
  const [sameRun, setSameRun] = useState(false);
  const statuses = useRef(new Map<string, MatchingRunStatus>());

  const runs = getFragmentData(RunFields, data?.matchingRuns ?? []);
  const running = runs.some((run) => OPEN.includes(run.status));
  useEffect(() => {
    if (running) startPolling(POLL_MILLIS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  // Say when a run the page watched ends, so nobody has to look at the table to find out.
  useEffect(() => {
    for (const run of runs) {
      const before = statuses.current.get(run.id);
      if (before && OPEN.includes(before) && !OPEN.includes(run.status))
        setAnnouncement(
          run.status === 'DONE'
            ? t('matching.overview.runDone', { number: run.number, served: run.served, count: run.challengeCount })
            : t('matching.overview.runFailed', { number: run.number }),
        );
      statuses.current.set(run.id, run.status);
    }
  }, [runs, t]);

  if (loading && !data) return <LoadingState label={t('matching.overview.loading')} />;
  const setup = data?.matchingSetup;
  if (!setup)
    return (
      <Page title={failedPageTitle(error, t('matching.overview.notFoundTitle'), t)}>
        {error && (
          <QueryErrorState error={error} message={t('matching.overview.error')} onRetry={() => void refetch()} />
        )}
      </Page>
    );
  const current = weights ?? setup.defaultWeights;
  const pins = getFragmentData(MatchingPairFieldsFragment, setup.pins);
  const exclusions = getFragmentData(MatchingPairFieldsFragment, setup.exclusions);
  const done = runs.filter((run) => run.status === 'DONE');
  const startProblem =
    graphQLErrorWithCode(start.error, 'CONFLICT') ?? fieldErrorsOf(start.error).map((field) => field.message)[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAnnouncement('');
    const changed = weights !== null;
    const result = await startRun({
      variables: {
        eventId,
        weights: changed
          ? {
              skills: current.skills,
              niceToHave: current.niceToHave,
              languages: current.languages,
              causes: current.causes,
              format: current.format,
            }
          : null,
      },
    }).catch(() => null);
    const run = getFragmentData(RunFields, result?.data?.startMatchingRun);
    if (run) {
      statuses.current.set(run.id, run.status);
      setAnnouncement(t('matching.overview.queued', { number: run.number }));
      await refetch();
    }
  }

  async function removePair(kind: 'pin' | 'exclusion', pair: { challengeId: string; volunteerId: string }) {
    const input = { eventId, challengeId: pair.challengeId, volunteerId: pair.volunteerId };
    const result = await (
      kind === 'pin' ? removePin({ variables: { input } }) : removeExclusion({ variables: { input } })
    ).catch(() => null);
    if (result?.data) {
      setAnnouncement(t(kind === 'pin' ? 'matching.pairs.pinRemoved' : 'matching.pairs.exclusionRemoved'));
      await refetch();
      // The button went with its pair: focus stays in the list it was in, not at the top of the page.
      document.getElementById(kind === 'pin' ? PINS_HEADING_ID : EXCLUSIONS_HEADING_ID)?.focus();
    }
  }

  const runOption = (run: MatchingRunFieldsFragment) => ({
    value: run.id,
    // (when it was started and its score tell runs apart that served as many challenges)
    label: t('matching.runs.option', {
      number: run.number,
      served: run.served ?? 0,
      count: run.challengeCount,
      time: formatDateTime(run.createdAt, language, 'short'),
      score: formatNumber(run.totalScore ?? 0, language),
    }),
  });

  return (
    <Page title={t('matching.overview.title', { event: setup.eventName })}>
      <Group gap="md">
        <Anchor component={Link} to={`/manage/events/${eventId}`}>
          {t('matching.backToEvent')}
        </Anchor>
        <Anchor component={Link} to={`/manage/events/${eventId}/matching/audit`}>
          {t('matching.audit.link')}
        </Anchor>
      </Group>
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>

      <Stack component="section" gap="sm" aria-labelledby="matching-start">
        <Title order={2} id="matching-start">
          {t('matching.start.title')}
        </Title>
        <Text>
          {t('matching.start.counts', {
            challenges: setup.acceptedChallenges,
            volunteers: setup.registeredVolunteers,
            pins: pins.length,
            exclusions: exclusions.length,
          })}
        </Text>
        {!setup.canRun ? (
          // Once the teams are published there is no way back to team forming: no status to change, but answers to follow.
          isAfterPublication(setup.eventStatus) ? (
            <Alert color="blue" variant="light" title={t('matching.start.overTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text>{t('matching.start.over', { status: t(`events.statuses.${setup.eventStatus}`) })}</Text>
                <Anchor component={Link} to={`/manage/events/${eventId}/publication`}>
                  {t('matching.start.toPublication')}
                </Anchor>
              </Stack>
            </Alert>
          ) : (
            <Alert color="blue" variant="light" title={t('matching.start.notNowTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text>{t('matching.start.notNow', { status: t(`events.statuses.${setup.eventStatus}`) })}</Text>
                <Anchor component={Link} to={`/manage/events/${eventId}#${STATUS_HEADING_ID}`}>
                  {t('matching.start.toEventStatus')}
                </Anchor>
              </Stack>
            </Alert>
          )
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Stack gap="md">
              <details className="matching-weights">
                <summary>{t('matching.weights.title')}</summary>
                <Stack gap="sm" mt="sm">
                  <Text size="sm">{t('matching.weights.help')}</Text>
                  <WeightSliders value={current} onChange={setWeights} />
                  <Group>
                    {/* Marked, not disabled, when there is nothing to put back: a disabled button under the keyboard
                        would drop focus to the start of the page the moment it did its work. */}
                    <Button
                      variant="default"
                      type="button"
                      onClick={() => setWeights(null)}
                      aria-disabled={weights ? undefined : true}
                      data-disabled={weights ? undefined : true}
                    >
                      {t('matching.weights.reset')}
                    </Button>
                  </Group>
                </Stack>
              </details>
              {startProblem && (
                <Alert color="red" variant="light" role="alert" title={t('matching.start.refused')}>
                  {startProblem}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={start.loading}>
                  {weights ? t('matching.start.submitWhatIf') : t('matching.start.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="matching-runs">
        <Title order={2} id="matching-runs">
          {t('matching.runs.title')}
        </Title>
        {runs.length === 0 ? (
          <Text>{t('matching.runs.empty')}</Text>
        ) : (
          <RunsTable eventId={eventId} runs={runs} language={language} />
        )}
      </Stack>

      {done.length >= 2 && (
        <Stack component="section" gap="sm" aria-labelledby="matching-compare">
          <Title order={2} id="matching-compare">
            {t('matching.compare.title')}
          </Title>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const first = compare.first || done[1].id;
              const second = compare.second || done[0].id;
              if (first !== second) void navigate(`/manage/events/${eventId}/matching/compare/${first}/${second}`);
              else {
                // One run with itself: say so at the field, which gets focus so that the message is read out.
                setSameRun(true);
                document.getElementById('compare-second')?.focus();
              }
            }}
          >
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NativeSelect
                id="compare-first"
                label={t('matching.compare.first')}
                data={done.map(runOption)}
                value={compare.first || done[1].id}
                onChange={(event) => {
                  setCompare({ ...compare, first: event.currentTarget.value });
                  setSameRun(false);
                }}
              />
              <NativeSelect
                id="compare-second"
                label={t('matching.compare.second')}
                data={done.map(runOption)}
                value={compare.second || done[0].id}
                error={sameRun ? t('matching.compare.sameRun') : undefined}
                onChange={(event) => {
                  setCompare({ ...compare, second: event.currentTarget.value });
                  setSameRun(false);
                }}
              />
              <Button type="submit" variant="default">
                {t('matching.compare.submit')}
              </Button>
            </Group>
          </form>
        </Stack>
      )}

      <Stack component="section" gap="sm" aria-labelledby="matching-pairs">
        <Title order={2} id="matching-pairs">
          {t('matching.pairs.title')}
        </Title>
        <Text size="sm">{t('matching.pairs.help')}</Text>
        <Title order={3} id={PINS_HEADING_ID} tabIndex={-1}>
          {t('matching.pairs.pins')}
        </Title>
        {pins.length === 0 ? (
          <Text>{t('matching.pairs.noPins')}</Text>
        ) : (
          <List spacing="xs">
            {pins.map((pin) => (
              <List.Item key={`${pin.challengeId}:${pin.volunteerId}`}>
                <Group gap="sm" wrap="wrap">
                  <Text>{t('matching.pairs.pin', { name: pin.firstName, challenge: pin.challengeTitle })}</Text>
                  {setup.canRun && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('matching.pairs.removePinLabel', {
                        name: pin.firstName,
                        challenge: pin.challengeTitle,
                      })}
                      onClick={() => void removePair('pin', pin)}
                    >
                      {t('matching.pairs.remove')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} id={EXCLUSIONS_HEADING_ID} tabIndex={-1}>
          {t('matching.pairs.exclusions')}
        </Title>
        {exclusions.length === 0 ? (
          <Text>{t('matching.pairs.noExclusions')}</Text>
        ) : (
          <List spacing="xs">
            {exclusions.map((exclusion) => (
              <List.Item key={`${exclusion.challengeId}:${exclusion.volunteerId}`}>
                <Group gap="sm" wrap="wrap">
                  <Text>
                    {t('matching.pairs.exclusion', { name: exclusion.firstName, challenge: exclusion.challengeTitle })}
                  </Text>
                  {setup.canRun && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('matching.pairs.removeExclusionLabel', {
                        name: exclusion.firstName,
                        challenge: exclusion.challengeTitle,
                      })}
                      onClick={() => void removePair('exclusion', exclusion)}
                    >
                      {t('matching.pairs.remove')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Page>
  );
}

/** Statuses after the teams were published: the event cannot go back to team forming (see EVENT_TRANSITIONS). */
const isAfterPublication = (status: EventStatus) =>
  status === 'PUBLISHED' || status === 'DONE' || status === 'ARCHIVED';
