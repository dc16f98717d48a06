import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { BodyExports } from '../../features/exports/components/BodyExports';
import { useBodyName } from './organized-bodies';

export function BodyExportsPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const body = useBodyName(bodyId);

  return (
    <Page title={body ? t('exports.titleOf', { body }) : t('exports.title')}>
      <RequireSignIn>
        <BodyExports organizingBodyId={bodyId} />
      </RequireSignIn>
    </Page>
  );
}
