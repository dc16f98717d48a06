import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { currentLanguage } from '../../../i18n';
import { formatDay } from '../../../lib/dates';
import { BodyOrganizersQuery, InviteOrganizerMutation } from '../graphql/organizers';
import { SimpleForm } from './SimpleForm';
import { StatusMessage } from '../../../components/ui/StatusMessage';

/** The organizers of one body, and the form to invite one more (they get a sign-in link valid for three days). */
export function OrganizerTeam({ organizingBodyId }: { organizingBodyId: string }) {
  const { t, i18n } = useTranslation();
  const [invited, setInvited] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(BodyOrganizersQuery, {
    variables: { organizingBodyId },
    context: SHOWN_IN_PLACE,
  });
  const [invite, invitation] = useMutation(InviteOrganizerMutation, {
    refetchQueries: [{ query: BodyOrganizersQuery, variables: { organizingBodyId } }],
  });
  const language = currentLanguage(i18n);

  // A body that is unknown or not the viewer's: the API's reason and nothing else (no invitation to a body one cannot see).
  if (error && !data)
    return <QueryErrorState error={error} message={t('team.members.error')} onRetry={() => void refetch()} />;

  return (
    <Stack gap="xl">
      <Stack component="section" gap="sm" aria-labelledby="team-members">
        <Title order={2} id="team-members">
          {t('team.members.title')}
        </Title>
        {loading && !data ? (
          <LoadingState label={t('team.members.loading')} />
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('team.members.title')}>
            <Table miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('team.members.name')}</Table.Th>
                  <Table.Th scope="col">{t('team.members.email')}</Table.Th>
                  <Table.Th scope="col">{t('team.members.since')}</Table.Th>
                  <Table.Th scope="col">{t('team.members.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.bodyOrganizers ?? []).map((organizer) => (
                  <Table.Tr key={organizer.id}>
                    <Table.Td>{organizer.name || t('team.members.noName')}</Table.Td>
                    <Table.Td>{organizer.email}</Table.Td>
                    <Table.Td>{formatDay(organizer.since as string, language)}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="outline"
                        color={organizer.hasSignedIn ? 'green.9' : 'gray.8'}
                        // Small text needs 4.5:1: the badge's own green on white reaches only 4.4.
                        styles={{ label: { color: 'var(--mantine-color-text)' } }}
                      >
                        {organizer.hasSignedIn ? t('team.members.active') : t('team.members.invited')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="team-invite">
        <Title order={2} id="team-invite">
          {t('team.invite.title')}
        </Title>
        <Text>{t('team.invite.intro')}</Text>
        {invited && <StatusMessage>{t('team.invite.sent', { email: invited })}</StatusMessage>}
        <SimpleForm
          idPrefix="invite"
          busy={invitation.loading}
          error={invitation.error}
          submitLabel={t('team.invite.submit')}
          fields={[
            { name: 'name', label: t('team.invite.name'), autoComplete: 'off' },
            { name: 'email', label: t('team.invite.email'), type: 'email', required: true },
            {
              name: 'locale',
              label: t('team.invite.language'),
              description: t('team.invite.languageHelp'),
              type: 'language',
            },
          ]}
          onSubmit={async (values) => {
            invitation.reset();
            setInvited(null);
            const result = await invite({
              variables: { email: values.email, name: values.name || null, organizingBodyId, locale: values.locale },
            }).catch(() => null);
            if (!result?.data?.inviteOrganizer) return false;
            setInvited(values.email.trim());
            return true;
          }}
        />
      </Stack>
    </Stack>
  );
}
