import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAIN_HEADING_ID } from '../../components/ui/Page';
import { useFocusRescue } from './focus-rescue';

function Rescuer() {
  useFocusRescue();
  return null;
}

/** A page with a heading and an opener; what the test adds goes into `main`. */
function page() {
  document.body.innerHTML = `<main><h1 id="${MAIN_HEADING_ID}">Board</h1><button id="opener">Actions</button></main>`;
  render(<Rescuer />, { container: document.body.appendChild(document.createElement('div')) });
  return {
    main: document.querySelector('main')!,
    opener: document.getElementById('opener') as HTMLButtonElement,
    heading: document.getElementById(MAIN_HEADING_ID)!,
  };
}

/** A dialog as Mantine's Modal renders it: in a portal at the end of the page, with a form inside. */
function dialog() {
  const element = document.createElement('section');
  element.setAttribute('role', 'dialog');
  element.innerHTML = '<form><select id="target"></select><button type="submit">Move</button></form>';
  document.body.appendChild(element);
  return { element, field: element.querySelector('select')!, form: element.querySelector('form')! };
}

const tick = (ms = 200) => act(() => vi.advanceTimersByTime(ms));

describe('useFocusRescue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('gives focus back to what opened a dialog once the dialog is gone, however it closed', () => {
    const { opener, heading } = page();
    opener.focus();
    const { element, field, form } = dialog();
    field.focus();
    // Escape: the content goes at once, the dialog itself after its closing transition. Meanwhile nothing happens.
    form.remove();
    expect(document.activeElement).toBe(document.body);
    tick();
    expect(document.activeElement).toBe(document.body);
    element.remove();
    tick();
    expect(document.activeElement).toBe(opener);
    expect(document.activeElement).not.toBe(heading);
  });

  it('gives focus to the menu’s button when the dialog was opened from a menu item', () => {
    const { opener } = page();
    opener.focus();
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    menu.innerHTML = '<button role="menuitem">Move to …</button>';
    document.body.appendChild(menu);
    menu.querySelector('button')!.focus();
    menu.remove();
    const { element, field } = dialog();
    field.focus();
    element.remove();
    tick();
    expect(document.activeElement).toBe(opener);
  });

  it('falls back to the page’s heading when the opener is gone too', () => {
    const { opener, heading } = page();
    opener.focus();
    const { element, field } = dialog();
    field.focus();
    opener.remove();
    element.remove();
    tick();
    expect(document.activeElement).toBe(heading);
  });

  it('keeps focus in a dialog that stays open while its content changes', () => {
    const { opener } = page();
    opener.focus();
    const { element, field, form } = dialog();
    field.focus();
    form.remove();
    tick(1200);
    expect(document.activeElement).toBe(element);
  });

  it('gives focus back to a button that was busy, even when its action ended before the next check', async () => {
    const { main } = page();
    const button = main.appendChild(document.createElement('button'));
    button.focus();
    // Loading: the browser drops focus from the disabled button; the answer comes back within a few milliseconds.
    button.disabled = true;
    await act(async () => {
      await Promise.resolve(); // the mutation observer's notice
    });
    button.blur();
    button.disabled = false;
    tick();
    expect(document.activeElement).toBe(button);
  });

  it('gives focus to the message of the section whose form went away after its action succeeded', () => {
    const { main, heading } = page();
    // "Ask the nonprofit": the question's form goes once the challenge waits for an answer; the section says so.
    const section = main.appendChild(document.createElement('section'));
    section.innerHTML =
      '<h2>Curation</h2><div role="status"></div><form><textarea></textarea><button type="submit">Ask</button></form>';
    section.querySelector('button')!.focus();
    section.querySelector('[role="status"]')!.textContent = 'Your question was sent.';
    section.querySelector('form')!.remove();
    tick();
    expect(document.activeElement).toBe(section.querySelector('[role="status"]'));
    expect(document.activeElement).not.toBe(heading);
  });

  it('gives focus to the message of the card whose section went away after its action succeeded', () => {
    const { main, heading } = page();
    // A follow-up's "send referral mail": the referral section goes once it is sent; the card's status says so.
    const card = main.appendChild(document.createElement('article'));
    card.innerHTML =
      '<h2>Referral</h2><section><select></select><button>Send referral mail</button></section><p role="status"></p>';
    card.querySelector('button')!.focus();
    card.querySelector('[role="status"]')!.textContent = 'The referral mail has been sent.';
    card.querySelector('section')!.remove();
    tick();
    expect(document.activeElement).toBe(card.querySelector('[role="status"]'));
    expect(document.activeElement).not.toBe(heading);
  });

  it('gives focus to that message too when the form was confirmed in a dialog', () => {
    const { main } = page();
    // "Publish run 1", then "Yes, publish now": the dialog closes and the form is replaced by what was published.
    const section = main.appendChild(document.createElement('section'));
    section.innerHTML = '<div role="status"></div><form><button type="submit" id="publish">Publish</button></form>';
    section.querySelector('button')!.focus();
    const { element, field } = dialog();
    field.focus();
    section.querySelector('[role="status"]')!.textContent = 'Run 1 is published.';
    section.querySelector('form')!.remove();
    element.remove();
    tick();
    expect(document.activeElement).toBe(section.querySelector('[role="status"]'));
  });

  it('waits for the action a dialog confirmed before it gives focus to the message beside its opener', () => {
    const { main, heading } = page();
    // "Yes, publish now": the dialog is gone while its opener, the form's button, is still busy publishing.
    const section = main.appendChild(document.createElement('section'));
    section.innerHTML = '<div role="status"></div><form><button type="submit">Publish</button></form>';
    const publish = section.querySelector('button')!;
    publish.focus();
    const { element, field } = dialog();
    field.focus();
    publish.disabled = true;
    element.remove();
    tick();
    expect(document.activeElement).not.toBe(heading);
    // The answer: the form gives way to what was published, and the section says so.
    section.querySelector('[role="status"]')!.textContent = 'Run 1 is published.';
    section.querySelector('form')!.remove();
    tick();
    expect(document.activeElement).toBe(section.querySelector('[role="status"]'));
  });

  it('passes over empty live regions on its way to the heading', () => {
    const { main, heading } = page();
    const section = main.appendChild(document.createElement('section'));
    section.innerHTML = '<div role="status"></div><form><button type="submit">Save</button></form>';
    section.querySelector('button')!.focus();
    section.querySelector('form')!.remove();
    tick();
    expect(document.activeElement).toBe(heading);
  });

  it('leaves focus where the person put it when they click the page’s background', () => {
    const { opener } = page();
    opener.focus();
    opener.blur();
    tick();
    expect(document.activeElement).toBe(document.body);
  });
});
