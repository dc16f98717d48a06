import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { MeQuery } from '../../features/auth/graphql/auth';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { HelpPoints } from '../../features/help-points/components/HelpPoints';
import { organizedBodies, useBodyName } from './organized-bodies';

export function HelpPointsPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const body = useBodyName(bodyId);
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  const admin = (data?.me?.roles ?? []).some((grant) => grant.role === 'PLATFORM_ADMIN');
  const canManage = admin || organizedBodies(data?.me).some((candidate) => candidate.id === bodyId);

  return (
    <Page title={body ? t('helpPoints.titleOf', { body }) : t('helpPoints.title')}>
      <RequireSignIn>
        <HelpPoints organizingBodyId={bodyId} canManage={canManage} />
      </RequireSignIn>
    </Page>
  );
}
