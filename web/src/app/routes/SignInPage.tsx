import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';
import { SignInForm } from '../../features/auth/components/SignInForm';

export function SignInPage() {
  const { t } = useTranslation();

  return (
    <Page title={t('auth.signIn.title')}>
      <SignInForm />
    </Page>
  );
}
