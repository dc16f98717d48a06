import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

/**
 * The API writes some texts in the reader's language (the engine's reasons, the audit log's sentences, a run's
 * error): when the interface language changes, ask again.
 */
export function useRefetchOnLanguageChange(refetch: () => unknown): void {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const first = useRef(language);
  useEffect(() => {
    if (language !== first.current) {
      first.current = language;
      void refetch();
    }
  }, [language, refetch]);
}
