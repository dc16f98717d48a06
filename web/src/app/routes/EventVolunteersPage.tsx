import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EventVolunteersDashboard } from '../../features/volunteers/components/EventVolunteersDashboard';
import { SignedInPage } from './SignedInPage';

/** `/manage/events/:id/volunteers`: the organizers' supply/demand dashboard of one event. */
export function EventVolunteersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <SignedInPage title={t('volunteerAdmin.pageTitle')}>
      {() => <EventVolunteersDashboard key={id} eventId={id} />}
    </SignedInPage>
  );
}
