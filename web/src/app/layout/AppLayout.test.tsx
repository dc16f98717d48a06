import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noUpcomingEvents, renderApp } from '../../test/render';

describe('app layout', () => {
  it('has header, navigation, main and footer landmarks', async () => {
    renderApp({ path: '/nowhere' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });

  it('offers a skip link as the first stop of the Tab key, and it moves focus to main', async () => {
    const { user } = renderApp({ path: '/nowhere' });
    await screen.findByRole('heading', { level: 1 });

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(document.activeElement).toBe(skipLink);

    const main = screen.getByRole('main');
    expect(skipLink.getAttribute('href')).toBe(`#${main.id}`);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(main);
  });

  it('moves focus to the new page heading after navigating', async () => {
    const { user } = renderApp({ path: '/nowhere', mocks: [noUpcomingEvents] });
    await user.click(await screen.findByRole('link', { name: 'Zur Startseite' }));

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Digitale Hilfe für Vereine – von Freiwilligen',
    });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Digitale Hilfe für Vereine – von Freiwilligen — SkillShift');
  });

  it('marks the current page in the navigation', async () => {
    renderApp({ path: '/', mocks: [noUpcomingEvents] });
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Start');
  });
});
