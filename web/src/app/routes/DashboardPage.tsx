import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';
import { SignedInSummary } from '../../features/auth/components/SignedInSummary';
import { OrganizerDashboardLinks } from '../../features/events/components/OrganizerDashboardLinks';
import { AdminBodies } from '../../features/organizers/components/AdminBodies';
import { organizedBodies } from './organized-bodies';

export function DashboardPage() {
  const { t } = useTranslation();

  return (
    <Page title={t('auth.dashboard.title')}>
      <SignedInSummary>
        {(me) => (
          <>
            <OrganizerDashboardLinks bodies={organizedBodies(me)} />
            {me.roles.some((grant) => grant.role === 'PLATFORM_ADMIN') && <AdminBodies />}
          </>
        )}
      </SignedInSummary>
    </Page>
  );
}
