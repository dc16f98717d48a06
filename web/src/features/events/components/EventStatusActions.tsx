import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { type EventStatus } from '@skillshift/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type de from '../../../i18n/de.json';
import { graphQLErrorWithCode } from '../../../lib/field-errors';
import { ChangeEventStatusMutation } from '../graphql/organizer-events';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';

interface EventStatusActionsProps {
  eventId: string;
  status: EventStatus;
  /** From the server, so the buttons offer exactly the transitions it will accept. */
  nextStatuses: readonly EventStatus[];
}

export const STATUS_HEADING_ID = 'event-status';

/** The event's status and one button per allowed next status; the outcome is announced in a live region. */
export function EventStatusActions({ eventId, status, nextStatuses }: EventStatusActionsProps) {
  const { t } = useTranslation();
  const [changeStatus, { loading, error, reset }] = useMutation(ChangeEventStatusMutation);
  const [announcement, setAnnouncement] = useState('');
  // Finishing mails the feedback requests, which cannot be taken back: it is confirmed first.
  const [confirmingDone, setConfirmingDone] = useState(false);
  const refused = graphQLErrorWithCode(error, 'CONFLICT');

  async function change(next: EventStatus) {
    setConfirmingDone(false);
    reset();
    setAnnouncement('');
    const result = await changeStatus({ variables: { id: eventId, status: next } }).catch(() => null);
    if (result?.data)
      setAnnouncement(
        t('eventAdmin.status.changed', {
          status: t(`events.statuses.${result.data.changeEventStatus.status as EventStatus}`),
        }),
      );
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby={STATUS_HEADING_ID}>
      {/* Focusable from script: links from elsewhere ("change the status on the event page") lead here. */}
      <Title order={2} id={STATUS_HEADING_ID} tabIndex={-1}>
        {t('eventAdmin.status.title')}
      </Title>
      <Text>{t('eventAdmin.status.current', { status: t(`events.statuses.${status}`) })}</Text>
      <Text size="sm">{t(`eventAdmin.status.help.${status}`)}</Text>
      {refused && <RefusalAlert title={t('eventAdmin.status.refused')}>{refused}</RefusalAlert>}
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      {nextStatuses.length > 0 && (
        <Group gap="sm">
          {nextStatuses.map((next) => (
            <Button
              key={next}
              variant={isForward(status, next) ? 'filled' : 'default'}
              disabled={loading}
              onClick={() => (next === 'DONE' ? setConfirmingDone(true) : void change(next))}
            >
              {t(`eventAdmin.status.to.${`${status}_${next}` as TransitionKey}`)}
            </Button>
          ))}
        </Group>
      )}
      <Modal
        opened={confirmingDone}
        onClose={() => setConfirmingDone(false)}
        title={t('eventAdmin.status.doneConfirm.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('eventAdmin.status.doneConfirm.text')}</Text>
          {/* Focus starts on Cancel: the mails cannot be taken back, so a second Enter must not send them. */}
          <Group gap="sm">
            <Button onClick={() => void change('DONE')}>{t('eventAdmin.status.doneConfirm.confirm')}</Button>
            <Button variant="default" onClick={() => setConfirmingDone(false)} data-autofocus>
              {t('eventAdmin.status.doneConfirm.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** The catalogue has a label for each allowed transition (the shared table's pairs). */
type TransitionKey = keyof typeof de.eventAdmin.status.to;

const ORDER: EventStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED', 'DONE', 'ARCHIVED'];
const isForward = (from: EventStatus, to: EventStatus) => ORDER.indexOf(to) > ORDER.indexOf(from);
