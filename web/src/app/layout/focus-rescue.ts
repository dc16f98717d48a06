import { useEffect } from 'react';
import { MAIN_HEADING_ID } from '../../components/ui/Page';

const CHECK_EVERY_MS = 150;
const GIVE_UP_AFTER_MS = 8000;
/** How long a dialog may stay on the page after its content went: the length of a closing transition, and some. */
const DIALOG_SETTLE_MS = 1000;
const DIALOG = '[role="dialog"]';
const MENU = '[role="menu"]';
const CONTAINERS = `form, ${DIALOG}, section, article, main`;
const NEWS = '[role="alert"], [role="status"]';

const isDisabled = (element: HTMLElement) =>
  (element as HTMLButtonElement).disabled === true || element.getAttribute('aria-disabled') === 'true';

function focusOn(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

interface Lost {
  id: string;
  /**
   * The forms, dialogs, sections and cards (articles) around the element, nearest first (`main` only when nothing
   * nearer holds it).
   * Taken while the element is on the page: once its form is gone, the form no longer knows its section.
   */
  containers: Element[];
  /** The dialog the element was in, if any. */
  dialog: Element | null;
}

function containersOf(element: Element): Element[] {
  const containers: Element[] = [];
  for (
    let container = element.closest(CONTAINERS);
    container;
    container = container.parentElement?.closest(CONTAINERS) ?? null
  ) {
    // The page as a whole only when nothing nearer held the element: its news may be about something else.
    if (container.matches('main')) {
      if (containers.length === 0) containers.push(container);
      break;
    }
    containers.push(container);
  }
  return containers;
}

/**
 * Where focus goes when its element left the page: its successor with the same id, the news next to it, the h1. The
 * news is looked for in the nearest container still there that has some: a form that goes away once its action
 * succeeded ("ask the nonprofit", "publish this run") leaves its message in the section around it, and a section of a
 * card that goes ("send referral mail" on a follow-up) leaves it in the card, which the person should hear and read
 * rather than start again from the page's heading. Empty live regions are not news.
 */
function replacementFor(lost: Lost): HTMLElement | null {
  if (lost.id) {
    const same = document.getElementById(lost.id);
    if (same) return same;
  }
  for (const container of lost.containers) {
    if (!container.isConnected) continue;
    const news = Array.from(container.querySelectorAll<HTMLElement>(NEWS)).find((element) =>
      element.textContent?.trim(),
    );
    if (news) return news;
  }
  return document.getElementById(MAIN_HEADING_ID);
}

/** The control that opened a dialog (or its successor with the same id), if it is there and works. */
function returnPointFor(opener: HTMLElement | undefined): HTMLElement | null {
  if (!opener) return null;
  if (opener.isConnected && !isDisabled(opener)) return opener;
  const same = opener.id ? document.getElementById(opener.id) : null;
  return same && !isDisabled(same) ? same : null;
}

/**
 * A safety net for keyboard and screen-reader users: when the focused control is disabled while its action runs (a
 * button with a loading state) or is replaced (a button swapped for a form, a page that renders after loading),
 * browsers drop focus to the start of the document. This puts it back: on the control once it works again (even when
 * its action ended before this noticed the loss), else on its successor, the status message beside it, or the page's
 * heading. Focus lost inside a dialog goes back to the control that opened the dialog once the dialog is gone (a
 * dialog opened from a menu item: to the menu's button), whichever way it was closed; in a dialog that stays open, to
 * the dialog. A person who clicks elsewhere on purpose keeps focus where they put it: only controls that were
 * disabled or removed are rescued.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let last: HTMLElement | null = null;
    let lastInfo: Lost = { id: '', containers: [], dialog: null };
    let pendingSince = 0;
    // The focused control was disabled (while its action ran): focus comes back to it once it works again.
    let wasDisabled = false;
    // The last focused element outside any menu, and for each dialog the element focused before it: its opener.
    let beforeMenu: HTMLElement | null = null;
    const openers = new WeakMap<Element, { opener: HTMLElement; containers: Element[] }>();
    const watch = new MutationObserver(() => {
      if (last && isDisabled(last)) wasDisabled = true;
    });

    const remember = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target === document.body) return;
      const dialog = target.closest(DIALOG);
      if (dialog && !openers.has(dialog) && beforeMenu && !dialog.contains(beforeMenu))
        openers.set(dialog, { opener: beforeMenu, containers: containersOf(beforeMenu) });
      if (!target.closest(MENU)) beforeMenu = target;
      last = target;
      lastInfo = { id: target.id, containers: containersOf(target), dialog };
      pendingSince = 0;
      wasDisabled = false;
      watch.disconnect();
      watch.observe(target, { attributes: true, attributeFilter: ['disabled', 'aria-disabled'] });
    };

    const rescue = (target: HTMLElement) => {
      last = null;
      watch.disconnect();
      focusOn(target);
    };

    const check = () => {
      if (!last) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const now = Date.now();
      if (last.isConnected && !isDisabled(last)) {
        // Back in service after its action (or never gone: the person clicked on the page's background).
        if (pendingSince || wasDisabled) return rescue(last);
        last = null;
        return;
      }
      if (!pendingSince) pendingSince = now;
      if (now - pendingSince > GIVE_UP_AFTER_MS) {
        last = null;
        return;
      }
      if (last.isConnected) return; // disabled: wait for the action to end
      const { dialog } = lastInfo;
      if (dialog?.isConnected) {
        // The dialog's content went: it is closing (wait until it is gone), or it stays open with new content.
        const same = lastInfo.id ? document.getElementById(lastInfo.id) : null;
        if (same && dialog.contains(same)) return rescue(same);
        if (now - pendingSince < DIALOG_SETTLE_MS) return;
        const news = dialog.querySelector<HTMLElement>(NEWS);
        return rescue(news ?? (dialog as HTMLElement));
      }
      // A dialog whose opener went too (its form was done, "publish" then "yes"): the news beside where the opener was.
      const opened = dialog ? openers.get(dialog) : undefined;
      // Its opener is busy with what the dialog confirmed ("publish", then "yes", while the mails are queued): wait for
      // the outcome, as for a control of its own, rather than take the news beside it before there is any.
      if (opened?.opener.isConnected && isDisabled(opened.opener)) return;
      const target =
        returnPointFor(opened?.opener) ||
        replacementFor(opened ? { id: opened.opener.id, containers: opened.containers, dialog: null } : lastInfo);
      if (target) rescue(target);
    };

    document.addEventListener('focusin', remember);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      document.removeEventListener('focusin', remember);
      window.clearInterval(timer);
      watch.disconnect();
    };
  }, []);
}
