import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';
import { SignedInSummary } from '../../features/auth/components/SignedInSummary';

export function DashboardPage() {
  const { t } = useTranslation();

  return (
    <Page title={t('auth.dashboard.title')}>
      <SignedInSummary />
    </Page>
  );
}
