import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';
import { SignedInSummary } from '../../features/auth/components/SignedInSummary';
import { OrganizerDashboardLinks } from '../../features/events/components/OrganizerDashboardLinks';
import { MyNonprofits } from '../../features/nonprofits/components/MyNonprofits';
import { AdminBodies } from '../../features/organizers/components/AdminBodies';
import { MyProposals } from '../../features/publication/components/MyProposals';
import { TeamsOfMyNonprofits } from '../../features/publication/components/TeamsOfMyNonprofits';
import { VolunteerDashboardSection } from '../../features/volunteers/components/VolunteerDashboardSection';
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
            {me.roles.some((grant) => grant.role === 'VOLUNTEER') && <MyProposals />}
            {me.roles.some((grant) => grant.role === 'VOLUNTEER') && <VolunteerDashboardSection />}
            {me.roles.some((grant) => grant.role === 'NONPROFIT_CONTACT') && <MyNonprofits />}
            {me.roles.some((grant) => grant.role === 'NONPROFIT_CONTACT') && <TeamsOfMyNonprofits />}
          </>
        )}
      </SignedInSummary>
    </Page>
  );
}
