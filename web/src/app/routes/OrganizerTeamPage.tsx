import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { OrganizerTeam } from '../../features/organizers/components/OrganizerTeam';
import { OrganizingBodiesQuery } from '../../features/organizers/graphql/organizers';

export function OrganizerTeamPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const { data } = useQuery(OrganizingBodiesQuery, { errorPolicy: 'all' });
  const body = data?.organizingBodies.find((candidate) => candidate.id === bodyId)?.name;

  return (
    <Page title={body ? t('team.titleOf', { body }) : t('team.title')}>
      <RequireSignIn>
        <OrganizerTeam organizingBodyId={bodyId} />
      </RequireSignIn>
    </Page>
  );
}
