import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { MeQuery } from '../../features/auth/graphql/auth';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { HelpPoints } from '../../features/help-points/components/HelpPoints';
import { organizedBodies } from './organized-bodies';

export function HelpPointsPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  const body = organizedBodies(data?.me).find((candidate) => candidate.id === bodyId)?.name;
  const admin = (data?.me?.roles ?? []).some((grant) => grant.role === 'PLATFORM_ADMIN');

  return (
    <Page title={body ? t('helpPoints.titleOf', { body }) : t('helpPoints.title')}>
      <RequireSignIn>
        <HelpPoints organizingBodyId={bodyId} canManage={body !== undefined || admin} />
      </RequireSignIn>
    </Page>
  );
}
