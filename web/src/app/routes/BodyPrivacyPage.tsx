import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { AssistedPrivacy } from '../../features/account/components/AssistedPrivacy';
import { useBodyName } from './organized-bodies';

export function BodyPrivacyPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const body = useBodyName(bodyId);

  return (
    <Page title={body ? t('account.assisted.titleOf', { body }) : t('account.assisted.title')}>
      <RequireSignIn>
        <AssistedPrivacy organizingBodyId={bodyId} />
      </RequireSignIn>
    </Page>
  );
}
