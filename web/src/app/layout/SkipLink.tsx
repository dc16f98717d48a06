import { type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

export function SkipLink() {
  const { t } = useTranslation();

  // Focus main directly instead of letting the browser follow "#main": the router would
  // otherwise see a location change, and the address bar would keep the fragment.
  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  }

  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
      {t('skipLink')}
    </a>
  );
}
