import { Container } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { NotificationRegion } from '../../components/ui/NotificationRegion';
import { MAIN_HEADING_ID } from '../../components/ui/Page';
import { useFocusRescue } from './focus-rescue';
import { Footer } from './Footer';
import { Header } from './Header';
import { MAIN_ID, SkipLink } from './SkipLink';

/**
 * After a client-side navigation nothing tells a screen reader that the page changed, and
 * keyboard focus would stay on the link in the old page. Moving focus to the new page's h1
 * does both. The first load is left alone: the browser starts at the top, with the skip link.
 */
function useFocusMainHeadingOnNavigation() {
  const { pathname, hash } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    // Pages that load their data first render their heading a moment later: wait for it (briefly).
    let tries = 0;
    const focusHeading = () => {
      // A link to a section of the page ("/#upcoming-events") leads there; any other to the page's h1.
      const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      const heading = target ?? document.getElementById(MAIN_HEADING_ID);
      if (heading) heading.focus();
      else if (tries++ < 40) timer = window.setTimeout(focusHeading, 50);
    };
    let timer = window.setTimeout(focusHeading, 0);
    return () => window.clearTimeout(timer);
    // A change of the hash alone (an in-page link) is the browser's: the pathname check above returns early.
  }, [pathname, hash]);
}

export function AppLayout() {
  useFocusMainHeadingOnNavigation();
  useFocusRescue();

  return (
    <div className="app-shell">
      <SkipLink />
      <Header />
      <main id={MAIN_ID} tabIndex={-1}>
        <Container size="lg" py="xl">
          <Outlet />
        </Container>
      </main>
      <Footer />
      <NotificationRegion />
    </div>
  );
}
