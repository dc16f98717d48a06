import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { CreateOrganizingBodyMutation, OrganizingBodiesQuery } from '../graphql/organizers';
import { SimpleForm } from './SimpleForm';
import { StatusMessage } from '../../../components/ui/StatusMessage';

/**
 * For platform admins on the dashboard: every organizing body with a way to its events and team (the admin's body
 * picker), and a form for a new body with its first organizer.
 */
export function AdminBodies() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrganizingBodiesQuery);
  const [create, creation] = useMutation(CreateOrganizingBodyMutation, {
    refetchQueries: [{ query: OrganizingBodiesQuery }],
  });
  const [created, setCreated] = useState<string | null>(null);

  return (
    <Stack component="section" gap="md" aria-labelledby="admin-bodies">
      <Title order={2} id="admin-bodies">
        {t('admin.bodies.title')}
      </Title>
      {loading && !data ? (
        <LoadingState label={t('admin.bodies.loading')} />
      ) : error && !data ? (
        <ErrorState message={t('admin.bodies.error')} onRetry={() => void refetch()} />
      ) : (
        <List spacing="xs">
          {(data?.organizingBodies ?? []).map((body) => (
            <List.Item key={body.id}>
              <Group gap="xs" wrap="wrap">
                <Text span fw={600}>
                  {body.city ? t('admin.bodies.nameWithCity', { name: body.name, city: body.city }) : body.name}
                </Text>
                <Anchor component={Link} to={`/organize/${body.id}/events`}>
                  {t('admin.bodies.events', { body: body.name })}
                </Anchor>
                <Anchor component={Link} to={`/organize/${body.id}/team`}>
                  {t('admin.bodies.team', { body: body.name })}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3}>{t('admin.bodies.createTitle')}</Title>
      <Text>{t('admin.bodies.createIntro')}</Text>
      {created && <StatusMessage>{t('admin.bodies.created', { name: created })}</StatusMessage>}
      <SimpleForm
        idPrefix="new-body"
        busy={creation.loading}
        error={creation.error}
        submitLabel={t('admin.bodies.createSubmit')}
        fields={[
          { name: 'name', label: t('admin.bodies.name'), required: true },
          { name: 'city', label: t('admin.bodies.city') },
          { name: 'organizerName', label: t('admin.bodies.organizerName') },
          { name: 'organizerEmail', label: t('admin.bodies.organizerEmail'), type: 'email', required: true },
          {
            name: 'locale',
            label: t('team.invite.language'),
            description: t('team.invite.languageHelp'),
            type: 'language',
          },
        ]}
        onSubmit={async (values) => {
          creation.reset();
          setCreated(null);
          const result = await create({
            variables: {
              name: values.name,
              city: values.city,
              organizerEmail: values.organizerEmail,
              organizerName: values.organizerName || null,
              locale: values.locale,
            },
          }).catch(() => null);
          if (!result?.data?.createOrganizingBody) return false;
          setCreated(result.data.createOrganizingBody.name);
          return true;
        }}
      />
    </Stack>
  );
}
