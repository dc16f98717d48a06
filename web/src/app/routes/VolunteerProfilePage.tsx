import { useTranslation } from 'react-i18next';
import { VolunteerProfileEditor } from '../../features/volunteers/components/VolunteerProfileEditor';
import { SignedInPage } from './SignedInPage';

/** `/volunteer/profile`: also where the review mail of an assisted intake leads. */
export function VolunteerProfilePage() {
  const { t } = useTranslation();
  return (
    <SignedInPage title={t('volunteer.profilePage.title')} reason={t('volunteer.profilePage.signInReason')}>
      {(me) => <VolunteerProfileEditor personName={me.name} />}
    </SignedInPage>
  );
}
