import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';

describe('language switch', () => {
  it('starts in German', async () => {
    renderApp({ path: '/nowhere' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches the text to English, sets lang and the title, and remembers the choice', async () => {
    const first = renderApp({ path: '/nowhere' });
    await first.user.click(await screen.findByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Page not found — SkillShift');

    // A new visit (fresh i18n instance, no explicit language) starts in the remembered language.
    first.unmount();
    renderApp({ path: '/nowhere' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('is operable with the keyboard alone', async () => {
    const { user } = renderApp({ path: '/nowhere' });
    const english = await screen.findByRole('button', { name: 'English' });
    english.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();

    screen.getByRole('button', { name: 'Deutsch' }).focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeTruthy();
  });
});
