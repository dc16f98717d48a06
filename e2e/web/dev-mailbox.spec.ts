import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';

test('dev mailbox page opens from the footer and is accessible', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Dev-Postfach' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dev-Postfach' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Posteingang' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Opening it directly works too (the server hands the page to the app).
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Dev-Postfach' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Posteingang' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('dev mailbox with mails: choose one with the keyboard, read it and its links', async ({ page }) => {
  // Nothing in the API sends mail yet (sign-in comes with the registration issue), so the list is served from a
  // fixture here; replace it with a real sign-in mail once that exists.
  const mail = {
    id: 'fixture-1',
    to: 'orga@demo.skillshift.local',
    subject: 'Ihr Anmeldelink für SkillShift',
    text: 'Hallo,\n\nmelden Sie sich mit diesem Link an:\nhttp://127.0.0.1:3199/auth/verify?token=abc',
    html: '<p>Hallo</p>',
    links: ['http://127.0.0.1:3199/auth/verify?token=abc'],
    createdAt: new Date().toISOString(),
  };
  await page.route('**/dev/mailbox.json', (route) => route.fulfill({ json: [mail] }));
  await page.goto('/dev/mailbox');
  await tabTo(page, page.getByRole('button', { name: /Ihr Anmeldelink für SkillShift/ }));
  await page.keyboard.press('Enter');

  const opened = page.getByRole('article', { name: 'Ihr Anmeldelink für SkillShift' });
  await expect(opened.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(opened.getByRole('link', { name: mail.links[0] })).toHaveAttribute('href', mail.links[0]);
  await expectNoAxeViolations(page);
});
