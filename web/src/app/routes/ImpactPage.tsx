import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { MeQuery } from '../../features/auth/graphql/auth';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { ImpactDashboard } from '../../features/impact/components/ImpactDashboard';
import { organizedBodies } from './organized-bodies';

export function ImpactPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  const body = organizedBodies(data?.me).find((candidate) => candidate.id === bodyId)?.name;

  return (
    <Page title={body ? t('impact.titleOf', { body }) : t('impact.title')}>
      <RequireSignIn>
        <ImpactDashboard organizingBodyId={bodyId} />
      </RequireSignIn>
    </Page>
  );
}
