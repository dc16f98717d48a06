import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, List, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { CHALLENGE_STATUSES, type ChallengeStatus, eventPermits } from '@skillshift/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/dates';
import { Link } from 'react-router';
import { ChallengeStatusBadge } from '../../../components/ui/ChallengeStatusBadge';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { currentLanguage } from '../../../i18n';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import {
  AcceptChallengesMutation,
  CurationEventQuery,
  EventChallengesQuery,
  RejectChallengesMutation,
} from '../graphql/curation';
import { RejectDialog } from './RejectDialog';

const ALL = 'ALL';

/**
 * The organizers' list of an event's challenges: filter by status, open questions flagged, priorities, and bulk
 * decisions on the ticked ones. A bulk decision is all or nothing; when the server refuses, it names the challenge.
 */
export function CurationList({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState<string | null>(null);
  return (
    <Page title={title ?? t('curation.titleLoading')}>
      <RequireSignIn>
        <Curation eventId={eventId} onTitle={setTitle} />
      </RequireSignIn>
    </Page>
  );
}

function Curation({ eventId, onTitle }: { eventId: string; onTitle: (title: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [filter, setFilter] = useState<ChallengeStatus | typeof ALL>(ALL);
  const [selected, setSelected] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState(false);
  const [confirmingAccept, setConfirmingAccept] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const eventQuery = useQuery(CurationEventQuery, { variables: { id: eventId } });
  const { data, loading, error, refetch } = useQuery(EventChallengesQuery, {
    variables: { eventId, status: filter === ALL ? null : filter },
    fetchPolicy: 'cache-and-network',
  });
  const [acceptMany, accepting] = useMutation(AcceptChallengesMutation);
  const [rejectMany, rejection] = useMutation(RejectChallengesMutation);
  const event = eventQuery.data?.event;
  const eventName = event?.name;
  useEffect(() => {
    if (eventName) onTitle(t('curation.title', { event: eventName }));
  }, [eventName, onTitle, t]);
  const page = data?.eventChallenges;
  const items = page?.items ?? [];
  const bulkError = accepting.error ?? rejection.error;
  const refused = graphQLErrorWithCode(bulkError, 'CONFLICT');
  const named = fieldErrorsOf(bulkError).flatMap((problem) => {
    const index = /^ids\[(\d+)\]$/.exec(problem.path)?.[1];
    const item = index === undefined ? undefined : items.find((entry) => entry.id === selected[Number(index)]);
    return item ? [`${item.title}: ${problem.message}`] : [];
  });
  const canCurate = event ? eventPermits(event.status, 'curateChallenges') : false;
  const countOf = (status: ChallengeStatus) =>
    page?.countsByStatus.find((entry) => entry.status === status)?.count ?? 0;

  async function decide(run: () => Promise<unknown>, done: string) {
    setAnnouncement('');
    accepting.reset();
    rejection.reset();
    const result = await run().catch(() => null);
    if (!result) return false;
    setSelected([]);
    setAnnouncement(done);
    await refetch();
    return true;
  }

  // Accepting mails every selected nonprofit, so it is confirmed first (as rejecting is). A refusal closes the
  // dialog: the list names the challenge that stopped it, and the selection stays.
  const acceptSelected = async () => {
    await decide(
      () => acceptMany({ variables: { eventId, ids: selected } }),
      t('curation.accepted', { count: selected.length }),
    );
    setConfirmingAccept(false);
  };
  const rejectSelected = async (reason: string) => {
    const count = selected.length;
    const done = await decide(
      () => rejectMany({ variables: { eventId, ids: selected, reason } }),
      t('curation.rejected', { count }),
    );
    if (done) setRejecting(false);
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const allSelected = items.length > 0 && items.every((item) => selected.includes(item.id));

  return (
    <Stack gap="lg">
      {event && (
        <Group gap="md">
          <Anchor component={Link} to={`/manage/events/${eventId}`}>
            {t('curation.backToEvent', { event: event.name })}
          </Anchor>
          {eventPermits(event.status, 'submitChallenge') && (
            <Anchor component={Link} to={`/manage/events/${eventId}/challenges/new`}>
              {t('curation.toIntake')}
            </Anchor>
          )}
        </Group>
      )}
      {event && !canCurate && (
        <Text>{t('challenges.view.curationClosed', { status: t(`events.statuses.${event.status}`) })}</Text>
      )}
      <NativeSelect
        id="curation-filter"
        label={t('curation.filter')}
        value={filter}
        onChange={(change) => {
          setFilter(change.currentTarget.value as ChallengeStatus | typeof ALL);
          setSelected([]);
        }}
        data={[
          { value: ALL, label: t('curation.filterAll') },
          ...CHALLENGE_STATUSES.map((status) => ({
            value: status,
            label: t('curation.filterStatus', { status: t(`challenges.statuses.${status}`), count: countOf(status) }),
          })),
        ]}
        maw={360}
      />
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      {refused && (
        <Alert color="red" variant="light" title={t('curation.refusedTitle')}>
          <Stack gap="xs">
            <Text>{refused}</Text>
            {named.length > 0 && (
              <List>
                {named.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
      {loading && !data ? (
        <LoadingState label={t('curation.loading')} />
      ) : error && !data ? (
        <ErrorState message={t('curation.error')} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('curation.empty')}</Text>
      ) : (
        <Stack component="section" gap="sm" aria-labelledby="curation-results">
          <Title order={2} id="curation-results">
            {t('curation.results', { count: page?.totalCount ?? items.length })}
          </Title>
          {canCurate && (
            <Group gap="sm" className="curation-bulk">
              <Checkbox
                label={t('curation.selectAll')}
                checked={allSelected}
                indeterminate={selected.length > 0 && !allSelected}
                onChange={(change) => setSelected(change.currentTarget.checked ? items.map((item) => item.id) : [])}
              />
              <Button
                disabled={selected.length === 0}
                loading={accepting.loading}
                onClick={() => setConfirmingAccept(true)}
              >
                {t('curation.acceptSelected', { count: selected.length })}
              </Button>
              <Button
                variant="outline"
                color="red.9"
                disabled={selected.length === 0}
                onClick={() => setRejecting(true)}
              >
                {t('curation.rejectSelected', { count: selected.length })}
              </Button>
            </Group>
          )}
          <ul className="plain-list curation-list">
            {items.map((item) => (
              <li key={item.id} className="curation-item">
                <Stack gap={6}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    {canCurate && (
                      <Checkbox
                        aria-label={t('curation.select', { title: item.title })}
                        checked={selected.includes(item.id)}
                        onChange={(change) => toggle(item.id, change.currentTarget.checked)}
                        mt={4}
                      />
                    )}
                    <Stack gap={4}>
                      <Anchor component={Link} to={`/challenges/${item.id}`} fw={700}>
                        {item.title}
                      </Anchor>
                      <Text size="sm">{item.nonprofitName}</Text>
                    </Stack>
                  </Group>
                  <Group gap="sm">
                    <ChallengeStatusBadge status={item.status} />
                    <Text size="sm">{t('curation.priority', { priority: item.priority ?? 1 })}</Text>
                    {item.submittedAt && (
                      <Text size="sm">
                        {t('curation.submittedAt', { at: formatDay(item.submittedAt, language, 'medium', true) })}
                      </Text>
                    )}
                  </Group>
                  {item.openQuestion && (
                    <Text size="sm" className="flag-question">
                      {t('curation.openQuestion', { question: item.openQuestion })}
                    </Text>
                  )}
                  {item.decisionReason && (
                    <Text size="sm">{t('curation.reason', { reason: item.decisionReason })}</Text>
                  )}
                </Stack>
              </li>
            ))}
          </ul>
        </Stack>
      )}
      <Modal
        opened={confirmingAccept}
        onClose={() => setConfirmingAccept(false)}
        title={t('curation.acceptDialog.title', { count: selected.length })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text>{t('curation.acceptDialog.intro')}</Text>
          <Group gap="sm">
            <Button loading={accepting.loading} onClick={() => void acceptSelected()} data-autofocus>
              {t('curation.acceptDialog.confirm', { count: selected.length })}
            </Button>
            <Button variant="default" onClick={() => setConfirmingAccept(false)}>
              {t('challenges.contactActions.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <RejectDialog
        opened={rejecting}
        count={selected.length}
        loading={rejection.loading}
        error={rejection.error}
        onCancel={() => setRejecting(false)}
        onConfirm={(reason) => void rejectSelected(reason)}
      />
    </Stack>
  );
}
