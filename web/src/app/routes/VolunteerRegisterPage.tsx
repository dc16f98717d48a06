import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ui/ErrorState';
import { Page } from '../../components/ui/Page';
import { VolunteerRegistration } from '../../features/volunteers/components/VolunteerRegistration';
import { SignedInPage } from './SignedInPage';

/** `/volunteer/register?event=ID`, reached from the public event page. */
export function VolunteerRegisterPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const eventId = params.get('event') ?? '';
  if (!eventId)
    return (
      <Page title={t('volunteer.register.pageTitle')}>
        <ErrorState message={t('volunteer.register.noEvent')} />
      </Page>
    );
  return (
    <SignedInPage title={t('volunteer.register.pageTitle')} reason={t('volunteer.register.signInReason')}>
      {(me) => <VolunteerRegistration key={eventId} eventId={eventId} personName={me.name} />}
    </SignedInPage>
  );
}
