import { Text } from '@mantine/core';
import { CONSENT_TEXT_VERSION } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { formatConsentVersion } from '../../lib/consent-version';

/** The line under a consent text that names its wording: the version that the consent records keep. */
export function ConsentTextVersion() {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm">
      {t('consent.version', { version: formatConsentVersion(t, CONSENT_TEXT_VERSION, currentLanguage(i18n)) })}
    </Text>
  );
}
