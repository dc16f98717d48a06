import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { VolunteerIntakeForm } from '../../features/volunteers/components/VolunteerIntakeForm';
import { SignedInPage } from './SignedInPage';

/** `/manage/events/:id/volunteers/new`: assisted intake of a volunteer by an organizer. */
export function VolunteerIntakePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <SignedInPage title={t('volunteerAdmin.intake.pageTitle')}>
      {() => <VolunteerIntakeForm key={id} eventId={id} />}
    </SignedInPage>
  );
}
