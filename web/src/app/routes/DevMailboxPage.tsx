import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';
import { DevMailbox } from '../../features/dev-mailbox/components/DevMailbox';

export function DevMailboxPage() {
  const { t } = useTranslation();

  return (
    <Page title={t('mailbox.title')}>
      <DevMailbox />
    </Page>
  );
}
