import { useEffect } from 'react';
import { MAIN_HEADING_ID } from '../../components/ui/Page';

const CHECK_EVERY_MS = 150;
const GIVE_UP_AFTER_MS = 8000;

const isDisabled = (element: HTMLElement) =>
  (element as HTMLButtonElement).disabled === true || element.getAttribute('aria-disabled') === 'true';

function focusOn(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** Where focus goes when its element left the page: its successor with the same id, the news next to it, the h1. */
function replacementFor(lost: { id: string; container: Element | null }): HTMLElement | null {
  if (lost.id) {
    const same = document.getElementById(lost.id);
    if (same) return same;
  }
  if (lost.container?.isConnected) {
    const news = lost.container.querySelector<HTMLElement>('[role="alert"], [role="status"]');
    if (news) return news;
  }
  return document.getElementById(MAIN_HEADING_ID);
}

/**
 * A safety net for keyboard and screen-reader users: when the focused control is disabled while its action runs (a
 * button with a loading state) or is replaced (a button swapped for a form, a page that renders after loading),
 * browsers drop focus to the start of the document. This puts it back: on the control once it works again, else on
 * its successor, the status message beside it, or the page's heading. A person who clicks elsewhere on purpose keeps
 * focus where they put it: only controls that were disabled or removed are rescued.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let last: HTMLElement | null = null;
    let lastInfo: { id: string; container: Element | null } = { id: '', container: null };
    let pendingSince = 0;

    const remember = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target === document.body) return;
      last = target;
      lastInfo = { id: target.id, container: target.closest('form, [role="dialog"], section, main') };
      pendingSince = 0;
    };

    const check = () => {
      if (!last) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const now = Date.now();
      if (last.isConnected && !isDisabled(last)) {
        // Back in service after its action (or never gone: the person clicked on the page's background).
        if (pendingSince) focusOn(last);
        last = null;
        return;
      }
      if (!pendingSince) pendingSince = now;
      if (now - pendingSince > GIVE_UP_AFTER_MS) {
        last = null;
        return;
      }
      if (last.isConnected) return; // disabled: wait for the action to end
      const target = replacementFor(lastInfo);
      if (target) {
        last = null;
        focusOn(target);
      }
    };

    document.addEventListener('focusin', remember);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      document.removeEventListener('focusin', remember);
      window.clearInterval(timer);
    };
  }, []);
}
