import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { FollowUpList } from '../../features/follow-ups/components/FollowUpList';
import { useBodyName } from './organized-bodies';

export function FollowUpsPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const body = useBodyName(bodyId);

  return (
    <Page title={body ? t('followUps.titleOf', { body }) : t('followUps.title')}>
      <RequireSignIn>
        <FollowUpList organizingBodyId={bodyId} />
      </RequireSignIn>
    </Page>
  );
}
