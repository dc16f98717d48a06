import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { ImpactDashboard } from '../../features/impact/components/ImpactDashboard';
import { useBodyName } from './organized-bodies';

export function ImpactPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const body = useBodyName(bodyId);

  return (
    <Page title={body ? t('impact.titleOf', { body }) : t('impact.title')}>
      <RequireSignIn>
        <ImpactDashboard organizingBodyId={bodyId} />
      </RequireSignIn>
    </Page>
  );
}
