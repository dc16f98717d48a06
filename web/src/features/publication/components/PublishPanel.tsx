import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { answerDeadlineProblem, PUBLICATION_LIMITS } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { getFragmentData } from '../../../gql';
import { currentLanguage } from '../../../i18n';
import { fieldErrorsOf, graphQLErrorWithCode, stillStanding } from '../../../lib/field-errors';
import { fieldIdFor } from '../../../lib/field-ids';
import { formatFullMoment } from '../../../lib/dates';
import { fromLocalInput } from '../../../lib/local-input';
import { PublicationFieldsFragment, PublicationQuery, PublishMatchingRunMutation } from '../graphql/publication';

export interface PublishPanelProps {
  eventId: string;
  runId: string;
  runNumber: number;
  /** The run is finished (only then can it be published). */
  runDone: boolean;
  /** Teams and people in the run as it stands, for the confirmation: people mailed, and those without an address. */
  teams: number;
  people: number;
  unmailed: number;
}

const DEADLINE_PATH = 'input.answerDeadline';

/**
 * What is wrong with the deadline typed (a datetime-local value), if anything: missing, too soon, or after the first
 * team meets (`latest`). Asked before the confirmation, which says the step cannot be undone: a deadline the server
 * would refuse should not need that step first. (The server checks the same again.)
 */
function deadlineProblem(
  value: string,
  latest: string | null,
): {
  key: `publication.panel.${'deadlineMissing' | 'deadlineTooSoon' | 'deadlineTooLate'}`;
  count?: number;
  latest?: string;
} | null {
  const at = fromLocalInput(value);
  if (!at) return { key: 'publication.panel.deadlineMissing' };
  const problem = answerDeadlineProblem(new Date(at), latest ? new Date(latest) : null, new Date());
  if (problem === 'tooSoon')
    return { key: 'publication.panel.deadlineTooSoon', count: PUBLICATION_LIMITS.minDeadlineHours };
  if (problem === 'afterFirstMeeting') return { key: 'publication.panel.deadlineTooLate', latest: latest! };
  return null;
}

/**
 * On a run's review board: publish this run (answer deadline, automatic backfill, a confirmation first, since mails
 * go out and cannot be called back), or, once published, where to follow the answers.
 */
export function PublishPanel({ eventId, runId, runNumber, runDone, teams, people, unmailed }: PublishPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, refetch } = useQuery(PublicationQuery, { variables: { eventId }, fetchPolicy: 'cache-and-network' });
  const [publish, { loading, error, reset }] = useMutation(PublishMatchingRunMutation);
  const [deadline, setDeadline] = useState('');
  const [autoBackfill, setAutoBackfill] = useState(false);
  /** What is wrong with the deadline, found before the confirmation (the server checks the same again). */
  const [invalid, setInvalid] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  // The input last sent: the server's error about the deadline shows only while the field still holds it.
  const [sent, setSent] = useState<{ input: { answerDeadline: string | null } } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const publication = getFragmentData(PublicationFieldsFragment, data?.publication);
  if (!publication) return null;

  const serverErrors = fieldErrorsOf(error);
  const deadlineError =
    invalid ??
    stillStanding(
      serverErrors.filter((field) => field.path === DEADLINE_PATH),
      sent,
      { input: { answerDeadline: fromLocalInput(deadline) } },
    )[0]?.message;
  const refusal = graphQLErrorWithCode(error, 'CONFLICT') ?? graphQLErrorWithCode(error, 'FORBIDDEN');
  const follow = (
    <Anchor component={Link} to={`/manage/events/${eventId}/publication`}>
      {t('publication.panel.follow')}
    </Anchor>
  );

  function askToConfirm(event: FormEvent) {
    event.preventDefault();
    reset();
    const found = deadlineProblem(deadline, publication?.latestDeadline ?? null);
    const problem = found
      ? t(found.key, { count: found.count, latest: found.latest && formatFullMoment(found.latest, language) })
      : undefined;
    // (A problem shows in the error summary, which takes focus.)
    setInvalid(problem);
    if (!problem) setConfirming(true);
  }

  async function confirm() {
    setConfirming(false);
    const answerDeadline = fromLocalInput(deadline)!;
    setSent({ input: { answerDeadline } });
    const result = await publish({ variables: { runId, input: { answerDeadline, autoBackfill } } }).catch(() => null);
    if (result?.data) {
      setAnnouncement(t('publication.panel.announced', { number: runNumber }));
      await refetch();
    }
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby="publish-run">
      <Title order={2} id="publish-run">
        {t('publication.panel.title')}
      </Title>
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      {publication.published ? (
        <Stack gap={4}>
          <Text>
            {publication.runId === runId
              ? t('publication.panel.published', {
                  number: runNumber,
                  date: formatFullMoment(publication.publishedAt!, language),
                  deadline: formatFullMoment(publication.answerDeadline!, language),
                })
              : t('publication.panel.otherPublished', { number: publication.runNumber })}
          </Text>
          <div>{follow}</div>
        </Stack>
      ) : !publication.canPublish ? (
        <Text>{t('publication.panel.notMatching')}</Text>
      ) : !runDone ? null : (
        <form onSubmit={askToConfirm} noValidate>
          <Stack gap="sm">
            <Text>{t('publication.panel.intro')}</Text>
            <ErrorSummary
              title={t('publication.panel.errorTitle')}
              items={deadlineError ? [{ fieldId: fieldIdFor(DEADLINE_PATH), message: deadlineError }] : []}
            />
            {refusal && (
              <Alert color="red" variant="light" role="alert" title={t('publication.panel.errorTitle')}>
                {refusal}
              </Alert>
            )}
            <TextInput
              id={fieldIdFor(DEADLINE_PATH)}
              type="datetime-local"
              label={t('publication.panel.deadline')}
              description={
                publication.latestDeadline
                  ? t('publication.panel.deadlineHelp', {
                      latest: formatFullMoment(publication.latestDeadline, language),
                    })
                  : undefined
              }
              value={deadline}
              onChange={(event) => {
                setDeadline(event.currentTarget.value);
                setInvalid(undefined);
              }}
              error={deadlineError}
              required
              maw={320}
            />
            <Checkbox
              label={t('publication.panel.autoBackfill')}
              description={t('publication.panel.autoBackfillHelp')}
              checked={autoBackfill}
              onChange={(event) => setAutoBackfill(event.currentTarget.checked)}
            />
            <Group>
              <Button type="submit" loading={loading}>
                {t('publication.panel.publish', { number: runNumber })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('publication.panel.confirmTitle', { number: runNumber })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>
            {t('publication.panel.confirmText', {
              people: t('publication.panel.confirmPeople', { count: people }),
              teams: t('publication.panel.confirmTeams', { count: teams }),
            })}
          </Text>
          {unmailed > 0 && <Text>{t('publication.panel.confirmUnmailed', { count: unmailed })}</Text>}
          {/* Focus starts on Cancel: publishing cannot be undone, so a second Enter must not do it. */}
          <Group gap="sm">
            <Button onClick={() => void confirm()}>{t('publication.panel.confirm')}</Button>
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('publication.panel.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
