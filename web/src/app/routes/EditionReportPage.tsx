import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { EditionReport } from '../../features/impact/components/EditionReport';

export function EditionReportPage() {
  const { t } = useTranslation();
  const { bodyId = '', eventId = '' } = useParams();

  return (
    <Page title={t('impact.report.title')}>
      <RequireSignIn>
        <EditionReport organizingBodyId={bodyId} eventId={eventId} />
      </RequireSignIn>
    </Page>
  );
}
