import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import { type DevMail } from '../hooks/useMailbox';

const signIn: DevMail = {
  id: 'mail-2',
  to: 'orga@example.org',
  subject: 'Ihr Anmeldelink',
  text: 'Hallo,\nhier ist Ihr Link: https://skillshift.example/auth/abc',
  html: '<p>Hallo <img src=x onerror="window.__injected = true"></p>',
  links: ['https://skillshift.example/auth/abc', 'javascript:alert(1)'],
  createdAt: '2026-03-20T17:00:00.000Z',
};
const welcome: DevMail = { ...signIn, id: 'mail-1', subject: 'Willkommen', links: [], text: 'Willkommen!' };
const proposal: DevMail = { ...signIn, id: 'mail-3', subject: 'Ihr Teamvorschlag', attachments: ['invitation.ics'] };

function respondWith(status: number, body: unknown = []) {
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status }));
}

describe('dev mailbox', () => {
  it('lists mails and shows the chosen one with its links as anchors', async () => {
    respondWith(200, [signIn, welcome]);
    const { user } = renderApp({ path: '/dev/mailbox' });

    expect(await screen.findByText('2 E-Mails')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Ihr Anmeldelink/ }));

    const mail = screen.getByRole('article', { name: 'Ihr Anmeldelink' });
    expect(document.activeElement).toBe(within(mail).getByRole('heading', { level: 2 }));
    expect(within(mail).getByText(/hier ist Ihr Link/)).toBeTruthy();
    const links = within(mail).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://skillshift.example/auth/abc']);
    // The javascript: "link" stays text, and the mail's HTML never reaches the page.
    expect(within(mail).getByText('javascript:alert(1)').tagName).toBe('SPAN');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByRole('button', { name: /Ihr Anmeldelink/ }).getAttribute('aria-current')).toBe('true');
    expect(within(mail).queryByRole('heading', { name: 'Anhänge' })).toBeNull();
  });

  it('names a mail’s attachments, such as its calendar invitation', async () => {
    respondWith(200, [proposal]);
    const { user } = renderApp({ path: '/dev/mailbox' });
    await user.click(await screen.findByRole('button', { name: /Ihr Teamvorschlag/ }));
    const mail = screen.getByRole('article', { name: 'Ihr Teamvorschlag' });
    expect(within(mail).getByRole('heading', { level: 3, name: 'Anhänge' })).toBeTruthy();
    expect(within(mail).getAllByRole('list')[1].textContent).toBe('invitation.ics');
    // to be opened and checked: the file as the mail carries it
    expect(within(mail).getByRole('link', { name: 'invitation.ics' }).getAttribute('href')).toBe(
      '/dev/mailbox-attachments/mail-3/0',
    );
  });

  it('says that it is not available in production when the server answers 404', async () => {
    respondWith(404);
    renderApp({ path: '/dev/mailbox', language: 'en' });
    expect(await screen.findByText('The dev mailbox is not available in production.')).toBeTruthy();
    expect(document.title).toBe('Dev mailbox — SkillShift');
  });

  it('refreshes on request', async () => {
    respondWith(200, []);
    const { user } = renderApp({ path: '/dev/mailbox' });
    expect(await screen.findByText('Noch keine E-Mails.')).toBeTruthy();

    respondWith(200, [welcome]);
    await user.click(screen.getByRole('button', { name: 'Aktualisieren' }));
    expect(await screen.findByText('1 E-Mail')).toBeTruthy();
  });
});
