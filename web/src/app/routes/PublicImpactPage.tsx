import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';
import { PublicImpact } from '../../features/impact/components/PublicImpact';

export function PublicImpactPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('impact.public.title')}>
      <PublicImpact />
    </Page>
  );
}
