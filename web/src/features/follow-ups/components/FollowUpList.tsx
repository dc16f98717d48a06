import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { FOLLOW_UP_STATUSES, type FollowUpStatus, wallClockAsUtc } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { type FragmentType, getFragmentData } from '../../../gql';
import { currentLanguage } from '../../../i18n';
import { formatDay } from '../../../lib/dates';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import {
  FollowUpTaskFields,
  FollowUpTasksQuery,
  SendFollowUpReferralMutation,
  UpdateFollowUpTaskMutation,
} from '../graphql/follow-ups';

type Owner = { id: string; name: string };

/**
 * The follow-ups a body's nonprofits asked for after its events: each with owner, status, due date and notes, and for
 * a referral the help points for the topic asked about and a button that mails the nonprofit the chosen one.
 */
export function FollowUpList({ organizingBodyId }: { organizingBodyId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch } = useQuery(FollowUpTasksQuery, {
    variables: { organizingBodyId, status: (status || null) as FollowUpStatus | null },
    context: SHOWN_IN_PLACE,
  });

  return (
    <Stack gap="lg">
      <Text>{t('followUps.intro')}</Text>
      <NativeSelect
        id="follow-up-filter"
        label={t('followUps.filter')}
        value={status}
        onChange={(change) => setStatus(change.currentTarget.value)}
        data={[
          { value: '', label: t('followUps.allStatuses') },
          ...FOLLOW_UP_STATUSES.map((value) => ({ value, label: t(`followUps.statuses.${value}`) })),
        ]}
        maw={320}
      />
      {loading && !data ? (
        <LoadingState label={t('followUps.loading')} />
      ) : error && !data ? (
        <QueryErrorState error={error} message={t('followUps.error')} onRetry={() => void refetch()} />
      ) : (data?.followUpTasks.tasks ?? []).length === 0 ? (
        <Text>{t('followUps.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="md" p={0}>
          {data!.followUpTasks.tasks.map((task) => (
            <List.Item key={getFragmentData(FollowUpTaskFields, task).id}>
              <FollowUpCard task={task} owners={data!.followUpTasks.owners} />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function FollowUpCard({ task: masked, owners }: { task: FragmentType<typeof FollowUpTaskFields>; owners: Owner[] }) {
  const { t, i18n } = useTranslation();
  const task = getFragmentData(FollowUpTaskFields, masked);
  const language = currentLanguage(i18n);
  const [values, setValues] = useState({
    status: task.status,
    dueDate: task.dueDate,
    notes: task.notes,
    ownerId: task.ownerId ?? '',
  });
  const [saved, setSaved] = useState('');
  const [helpPointId, setHelpPointId] = useState(task.suggestedHelpPoints[0]?.id ?? '');
  const [update, updateState] = useMutation(UpdateFollowUpTaskMutation);
  const [refer, referState] = useMutation(SendFollowUpReferralMutation);
  const prefix = `follow-up-${task.id}`;
  const fieldErrors = fieldErrorsOf(updateState.error);
  const errorOf = (field: string) => fieldErrors.find((error) => error.path === `input.${field}`)?.message;
  const referError =
    fieldErrorsOf(referState.error).find((error) => error.path === 'helpPointId')?.message ??
    graphQLErrorWithCode(referState.error, 'CONFLICT');
  const titleId = `${prefix}-title`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    try {
      await update({
        variables: {
          id: task.id,
          input: {
            status: values.status,
            dueDate: values.dueDate,
            notes: values.notes,
            ownerId: values.ownerId || null,
          },
        },
      });
      setSaved(t('followUps.saved'));
    } catch {
      // Field errors are shown in the form.
    }
  }

  async function sendReferral() {
    setSaved('');
    try {
      const result = await refer({ variables: { id: task.id, helpPointId } });
      const updated = result.data && getFragmentData(FollowUpTaskFields, result.data.sendFollowUpReferral);
      if (updated) setValues((current) => ({ ...current, status: updated.status }));
      setSaved(t('followUps.referral.sent'));
    } catch {
      // Shown beside the button.
    }
  }

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id={titleId}>
            {t('followUps.cardTitle', { kind: t(`followUps.kinds.${task.kind}`), nonprofit: task.nonprofitName })}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="dark">
              {t(`followUps.statuses.${task.status}`)}
            </Badge>
            {task.status !== 'DONE' && task.dueDate && task.dueDate < berlinToday() && (
              <Badge color="red.9">{t('followUps.overdue')}</Badge>
            )}
          </Group>
        </Group>
        <Text size="sm">
          {task.challengeTitle
            ? t('followUps.context', { event: task.eventName, challenge: task.challengeTitle })
            : task.eventName}
        </Text>
        {task.requestNote && <Text>{t('followUps.requestNote', { note: task.requestNote })}</Text>}
        {task.helpTopic && (
          <Text size="sm">{t('followUps.helpTopic', { topic: t(`helpPoints.topics.${task.helpTopic}`) })}</Text>
        )}
        <form
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label={t('followUps.formLabel', { nonprofit: task.nonprofitName })}
        >
          <Stack gap="sm">
            {fieldErrors.length > 0 && (
              <ErrorSummary
                items={fieldErrors.map((error) => ({
                  fieldId: `${prefix}-${error.path.replace('input.', '')}`,
                  message: error.message,
                }))}
              />
            )}
            <Group gap="md" align="flex-start" wrap="wrap">
              <NativeSelect
                id={`${prefix}-ownerId`}
                label={t('followUps.owner')}
                value={values.ownerId}
                onChange={(change) => setValues({ ...values, ownerId: change.currentTarget.value })}
                data={[
                  { value: '', label: t('followUps.noOwner') },
                  ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
                ]}
                error={errorOf('ownerId')}
              />
              <NativeSelect
                id={`${prefix}-status`}
                label={t('followUps.status')}
                value={values.status}
                onChange={(change) => setValues({ ...values, status: change.currentTarget.value as FollowUpStatus })}
                data={FOLLOW_UP_STATUSES.map((value) => ({ value, label: t(`followUps.statuses.${value}`) }))}
                error={errorOf('status')}
              />
              <TextInput
                id={`${prefix}-dueDate`}
                type="date"
                label={t('followUps.dueDate')}
                value={values.dueDate}
                onChange={(change) => setValues({ ...values, dueDate: change.currentTarget.value })}
                error={errorOf('dueDate')}
              />
            </Group>
            <Textarea
              id={`${prefix}-notes`}
              label={t('followUps.notes')}
              value={values.notes}
              onChange={(change) => setValues({ ...values, notes: change.currentTarget.value })}
              error={errorOf('notes')}
              rows={3}
            />
            <Group>
              <Button type="submit" loading={updateState.loading}>
                {t('followUps.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        {task.kind === 'REFERRAL' &&
          (task.referralSentAt ? (
            <Text>
              {t('followUps.referral.done', {
                helpPoint: task.helpPointName,
                date: formatDay(task.referralSentAt, language),
              })}
            </Text>
          ) : task.suggestedHelpPoints.length === 0 ? (
            <Text>{t('followUps.referral.noHelpPoints')}</Text>
          ) : (
            <Stack
              gap="xs"
              component="section"
              aria-label={t('followUps.referral.title', { nonprofit: task.nonprofitName })}
            >
              <NativeSelect
                id={`${prefix}-helpPoint`}
                label={t('followUps.referral.helpPoint')}
                value={helpPointId}
                onChange={(change) => setHelpPointId(change.currentTarget.value)}
                data={task.suggestedHelpPoints.map((point) => ({
                  value: point.id,
                  label: t('followUps.referral.option', {
                    name: point.name,
                    district: point.district || t('followUps.none'),
                    hours: point.openingHours,
                  }),
                }))}
                error={referError}
              />
              <Group>
                <Button variant="default" onClick={() => void sendReferral()} loading={referState.loading}>
                  {t('followUps.referral.send')}
                </Button>
              </Group>
            </Stack>
          ))}
        <Text role="status" size="sm">
          {saved}
        </Text>
        {task.closedAt && (
          <Text size="sm">{t('followUps.closedAt', { date: formatDay(task.closedAt, language) })}</Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Today's date in Lübeck, as a due date is written (YYYY-MM-DD): a task due yesterday there is overdue. */
function berlinToday(now = new Date()): string {
  return new Date(wallClockAsUtc(now)).toISOString().slice(0, 10);
}
