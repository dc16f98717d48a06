import { useMutation } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { EventForm } from '../../features/events/components/EventForm';
import { emptyEvent } from '../../features/events/event-form-values';
import { CreateEventMutation, OrganizerEventFieldsFragment } from '../../features/events/graphql/organizer-events';
import { getFragmentData } from '../../gql';

export function NewEventPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const navigate = useNavigate();
  const [initial] = useState(emptyEvent);
  const [createEvent, { loading, error }] = useMutation(CreateEventMutation);

  return (
    <Page title={t('eventAdmin.create.title')}>
      <Anchor component={Link} to={`/organize/${bodyId}/events`}>
        {t('eventAdmin.create.back')}
      </Anchor>
      <EventForm
        initial={initial}
        submitLabel={t('eventAdmin.create.submit')}
        loading={loading}
        error={error}
        onSubmit={(input) => {
          void createEvent({ variables: { organizingBodyId: bodyId, input } })
            .then((result) => {
              const created = getFragmentData(OrganizerEventFieldsFragment, result.data?.createEvent);
              if (created) void navigate(`/manage/events/${created.id}`);
            })
            .catch(() => null);
        }}
      />
    </Page>
  );
}
