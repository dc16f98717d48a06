import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { useNotifications } from '../../../components/ui/NotificationRegion';
import { getFragmentData } from '../../../gql';
import { type HelpPointFieldsFragment } from '../../../gql/graphql';
import {
  CreateHelpPointMutation,
  DeleteHelpPointMutation,
  HelpPointFieldsFragment as HelpPointFields,
  HelpPointsQuery,
  UpdateHelpPointMutation,
} from '../graphql/help-points';
import { emptyHelpPoint, helpPointFormValues, toHelpPointInput } from '../help-point-form-values';
import { HelpPointForm } from './HelpPointForm';

/**
 * The help points of one body: a list to read and change, and a form for one more (or the one being edited). Who does
 * not organize the body (an organizer of another city) reads the list only: the server would refuse every change.
 */
export function HelpPoints({ organizingBodyId, canManage }: { organizingBodyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const refetchQueries = [{ query: HelpPointsQuery, variables: { organizingBodyId } }];
  const { data, loading, error, refetch } = useQuery(HelpPointsQuery, { variables: { organizingBodyId } });
  const points = getFragmentData(HelpPointFields, data?.helpPoints ?? []);
  const [editing, setEditing] = useState<HelpPointFieldsFragment | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [create, creation] = useMutation(CreateHelpPointMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateHelpPointMutation, { refetchQueries });
  const [remove, removal] = useMutation(DeleteHelpPointMutation, { refetchQueries });

  function startEditing(point: HelpPointFieldsFragment) {
    creation.reset();
    updating.reset();
    setEditing(point);
    setFormKey((key) => key + 1);
    // The form replaces the "new" form in place; take the keyboard there.
    requestAnimationFrame(() => document.getElementById('help-point-form-title')?.focus());
  }

  function stopEditing() {
    setEditing(null);
    setFormKey((key) => key + 1);
  }

  async function erase(point: HelpPointFieldsFragment) {
    const result = await remove({ variables: { id: point.id } }).catch(() => null);
    setConfirming(null);
    if (result?.data?.deleteHelpPoint) {
      notifications.show(t('helpPoints.deleted', { name: point.name }), 'info');
      if (editing?.id === point.id) stopEditing();
    } else notifications.show(t('helpPoints.deleteFailed'), 'error');
  }

  return (
    <Stack gap="xl">
      <Stack component="section" gap="sm" aria-labelledby="help-points-list">
        <Title order={2} id="help-points-list">
          {t('helpPoints.list.title')}
        </Title>
        <Text>{t('helpPoints.list.intro')}</Text>
        {!canManage && <Text>{t('helpPoints.list.readOnly')}</Text>}
        {loading && !data ? (
          <LoadingState label={t('helpPoints.list.loading')} />
        ) : error && !data ? (
          <ErrorState message={t('helpPoints.list.error')} onRetry={() => void refetch()} />
        ) : points.length === 0 ? (
          <Text>{t('helpPoints.list.empty')}</Text>
        ) : (
          <List listStyleType="none" spacing="md" p={0}>
            {points.map((point) => (
              <List.Item key={point.id}>
                <Paper withBorder p="md" component="article" aria-labelledby={`help-point-${point.id}`}>
                  <Stack gap="xs">
                    <Title order={3} id={`help-point-${point.id}`}>
                      {point.name}
                    </Title>
                    <dl className="event-facts">
                      <dt>{t('helpPoints.list.address')}</dt>
                      <dd>
                        {[point.street, [point.postalCode, point.city].filter(Boolean).join(' ')]
                          .filter(Boolean)
                          .join(', ')}
                        {point.district && ` (${point.district})`}
                      </dd>
                      <dt>{t('helpPoints.list.openingHours')}</dt>
                      <dd className="preserve-lines">{point.openingHours}</dd>
                      <dt>{t('helpPoints.list.languages')}</dt>
                      <dd>{point.languages.map((code) => t(`eventAdmin.languages.${code}`, code)).join(', ')}</dd>
                      <dt>{t('helpPoints.list.topics')}</dt>
                      <dd>{point.topics.map((topic) => t(`helpPoints.topics.${topic}`)).join(', ')}</dd>
                      {point.website && (
                        <>
                          <dt>{t('helpPoints.list.website')}</dt>
                          <dd>
                            <Anchor href={point.website} target="_blank" rel="noreferrer">
                              {point.website}
                            </Anchor>
                          </dd>
                        </>
                      )}
                    </dl>
                    {point.description && <Text className="preserve-lines">{point.description}</Text>}
                    {!canManage ? null : confirming === point.id ? (
                      <Group gap="sm" role="group" aria-label={t('helpPoints.list.confirmLabel', { name: point.name })}>
                        <Text fw={600}>{t('helpPoints.list.confirmDelete', { name: point.name })}</Text>
                        <Button color="red.9" loading={removal.loading} onClick={() => void erase(point)}>
                          {t('helpPoints.list.confirmYes')}
                        </Button>
                        <Button variant="default" onClick={() => setConfirming(null)}>
                          {t('helpPoints.list.confirmNo')}
                        </Button>
                      </Group>
                    ) : (
                      <Group gap="sm">
                        <Button
                          variant="default"
                          onClick={() => startEditing(point)}
                          aria-label={t('helpPoints.list.editLabel', { name: point.name })}
                        >
                          {t('helpPoints.list.edit')}
                        </Button>
                        <Button
                          variant="default"
                          onClick={() => setConfirming(point.id)}
                          aria-label={t('helpPoints.list.deleteLabel', { name: point.name })}
                        >
                          {t('helpPoints.list.delete')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Paper>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      {canManage && (
        <Stack component="section" gap="sm" aria-labelledby="help-point-form-title">
          <Title order={2} id="help-point-form-title" tabIndex={-1}>
            {editing ? t('helpPoints.form.editTitle', { name: editing.name }) : t('helpPoints.form.newTitle')}
          </Title>
          <HelpPointForm
            key={formKey}
            initial={editing ? helpPointFormValues(editing) : emptyHelpPoint()}
            submitLabel={editing ? t('helpPoints.form.save') : t('helpPoints.form.create')}
            loading={creation.loading || updating.loading}
            error={editing ? updating.error : creation.error}
            onCancel={editing ? stopEditing : undefined}
            onSubmit={(values) => {
              const input = toHelpPointInput(values);
              void (async () => {
                if (editing) {
                  const result = await update({ variables: { id: editing.id, input } }).catch(() => null);
                  if (!result?.data) return;
                  notifications.show(t('helpPoints.saved', { name: values.name.trim() }), 'info');
                  stopEditing();
                } else {
                  const result = await create({ variables: { organizingBodyId, input } }).catch(() => null);
                  if (!result?.data) return;
                  notifications.show(t('helpPoints.created', { name: values.name.trim() }), 'info');
                  setFormKey((key) => key + 1);
                }
              })();
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
