import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { eventPermits, PUBLIC_EVENT_STATUSES } from '@skillshift/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { failedPageTitle, QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { fromEvent } from '../event-form-values';
import {
  DeleteEventMutation,
  OrganizerEventFieldsFragment,
  OrganizerEventQuery,
  UpdateEventMutation,
} from '../graphql/organizer-events';
import { CopyEventForm } from './CopyEventForm';
import { EventForm } from './EventForm';
import { EventStatusActions } from './EventStatusActions';

/** One event for its organizers: status, settings and slots, copy for the next edition, deletion of drafts. */
export function ManageEvent({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OrganizerEventQuery, {
    variables: { id },
    context: SHOWN_IN_PLACE,
  });
  const [updateEvent, update] = useMutation(UpdateEventMutation);
  const [deleteEvent, deletion] = useMutation(DeleteEventMutation);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // The status the event had when its details were saved: the message goes once the status changes (it said "saved"
  // beside a status that had changed since).
  const [savedIn, setSavedIn] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t('eventAdmin.manage.loading')} />;
  const event = getFragmentData(OrganizerEventFieldsFragment, data?.event);
  if (!event)
    return (
      <Page title={failedPageTitle(error, t('eventAdmin.manage.notFoundTitle'), t)}>
        {error && (
          <QueryErrorState error={error} message={t('eventAdmin.manage.error')} onRetry={() => void refetch()} />
        )}
      </Page>
    );
  const listPath = `/organize/${event.organizingBodyId}/events`;

  async function remove() {
    const result = await deleteEvent({ variables: { id } }).catch(() => null);
    if (result?.data?.deleteEvent) void navigate(listPath, { state: { deleted: event?.name } });
  }

  return (
    <Page title={event.name}>
      <Group gap="md">
        {event.organizingBodyId && (
          <Anchor component={Link} to={listPath}>
            {t('eventAdmin.manage.backToList', { body: event.organizingBodyName ?? '' })}
          </Anchor>
        )}
        {PUBLIC_EVENT_STATUSES.includes(event.status) && (
          <Anchor component={Link} to={`/events/${event.id}`}>
            {t('eventAdmin.manage.publicPage')}
          </Anchor>
        )}
        <Anchor component={Link} to={`/manage/events/${event.id}/volunteers`}>
          {t('volunteerAdmin.manageLink')}
        </Anchor>
        <Anchor component={Link} to={`/manage/events/${event.id}/challenges`}>
          {t('curation.manageLink')}
        </Anchor>
        <Anchor component={Link} to={`/manage/events/${event.id}/matching`}>
          {t('matching.manageLink')}
        </Anchor>
        {['PUBLISHED', 'DONE', 'ARCHIVED'].includes(event.status) && (
          <Anchor component={Link} to={`/manage/events/${event.id}/publication`}>
            {t('publication.manageLink')}
          </Anchor>
        )}
      </Group>
      <EventStatusActions eventId={event.id} status={event.status} nextStatuses={event.nextStatuses} />
      {eventPermits(event.status, 'editDetails') && (
        <Stack component="section" gap="sm" aria-labelledby="edit-event">
          <Title order={2} id="edit-event">
            {t('eventAdmin.manage.editTitle')}
          </Title>
          <div role="status">{savedIn === event.status && t('eventAdmin.manage.saved')}</div>
          <EventForm
            // A new server state (status change, save) starts the form again from it.
            key={`${event.status}:${event.slots.map((slot) => slot.id).join(',')}`}
            initial={fromEvent(event)}
            submitLabel={t('eventAdmin.manage.save')}
            loading={update.loading}
            error={update.error}
            slotsLocked={!eventPermits(event.status, 'editSlots')}
            onSubmit={(input) => {
              setSavedIn(null);
              const status = event.status;
              void updateEvent({ variables: { id, input } })
                .then(() => setSavedIn(status))
                .catch(() => null);
            }}
          />
        </Stack>
      )}
      <CopyEventForm eventId={event.id} eventName={event.name} />
      {eventPermits(event.status, 'delete') && (
        <Stack component="section" gap="sm" aria-labelledby="delete-event">
          <Title order={2} id="delete-event">
            {t('eventAdmin.manage.deleteTitle')}
          </Title>
          {confirmingDelete ? (
            <Group gap="sm">
              <Button color="red" loading={deletion.loading} onClick={() => void remove()}>
                {t('eventAdmin.manage.deleteConfirm', { name: event.name })}
              </Button>
              <Button variant="default" onClick={() => setConfirmingDelete(false)}>
                {t('eventAdmin.manage.deleteCancel')}
              </Button>
            </Group>
          ) : (
            <Group>
              <Button variant="default" onClick={() => setConfirmingDelete(true)}>
                {t('eventAdmin.manage.delete')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Page>
  );
}
