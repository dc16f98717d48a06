import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { SHOWN_IN_PLACE } from '../../components/ui/QueryErrorState';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { OrganizerTeam } from '../../features/organizers/components/OrganizerTeam';
import { OrganizingBodiesQuery } from '../../features/organizers/graphql/organizers';

export function OrganizerTeamPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  // Only for the title: a refusal is the team's to show (OrganizerTeam), with no toast on top.
  const { data } = useQuery(OrganizingBodiesQuery, { errorPolicy: 'all', context: SHOWN_IN_PLACE });
  const body = data?.organizingBodies.find((candidate) => candidate.id === bodyId)?.name;

  return (
    <Page title={body ? t('team.titleOf', { body }) : t('team.title')}>
      <RequireSignIn>
        <OrganizerTeam organizingBodyId={bodyId} />
      </RequireSignIn>
    </Page>
  );
}
