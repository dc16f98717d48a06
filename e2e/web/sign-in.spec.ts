import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';

const ORGANIZER = 'organizer@demo.skillshift.local';

test('the demo organizer signs in through the dev mailbox in German, keyboard only', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Anmelden' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeFocused();
  await expectNoAxeViolations(page);

  // Sending an empty form names the field in a summary that leads to it.
  await tabTo(page, page.getByRole('button', { name: 'Anmeldelink senden' }));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie Folgendes' });
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page);
  await tabTo(page, summary.getByRole('link', { name: 'Bitte füllen Sie dieses Feld aus.' }));
  await page.keyboard.press('Enter');
  const email = page.getByRole('textbox', { name: /E-Mail-Adresse/ });
  await expect(email).toBeFocused();

  await page.keyboard.type(ORGANIZER);
  await page.keyboard.press('Enter');
  const sent = page.getByRole('status').filter({ hasText: 'Bitte schauen Sie in Ihr Postfach' });
  await expect(sent).toContainText(`Wenn zu ${ORGANIZER} ein Konto gehört`);
  await expectNoAxeViolations(page);

  // The link in the dev mailbox (the mail is in German, the language of the page).
  await page.goto('/dev/mailbox');
  const mail = page.getByRole('button', { name: /Ihr Anmeldelink für SkillShift/ }).first();
  await expect(mail).toBeVisible({ timeout: 15_000 });
  await tabTo(page, mail);
  await page.keyboard.press('Enter');
  const opened = page.getByRole('article', { name: 'Ihr Anmeldelink für SkillShift' });
  const link = opened.getByRole('link', { name: /\/auth\/verify\?token=/ });
  const href = (await link.getAttribute('href'))!;
  await tabTo(page, link);
  await page.keyboard.press('Enter');

  // Opening the link shows a page with a button; only pressing it signs in.
  await expect(page.getByRole('heading', { level: 1, name: 'Bei SkillShift anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: 'Anmelden' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Übersicht' })).toBeVisible();
  await expect(page.getByText(`Angemeldet als Demo Organizer (${ORGANIZER}).`)).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Ihre Rollen' })
      .getByText('Organisation bei Hansestadt Lübeck — Social Smart City'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The same link does not work twice.
  expect((await page.request.get(href)).status()).toBe(410);

  // Sign out from the menu under the person's name.
  const account = page.getByRole('button', { name: 'Konto von Demo Organizer' });
  await tabTo(page, account, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const signOut = page.getByRole('menuitem', { name: 'Abmelden', exact: true });
  await expect(signOut).toBeVisible();
  await expectNoAxeViolations(page);
  // The arrow keys walk the menu's items (account page, sign out, sign out everywhere) down to "sign out".
  for (let step = 0; step < 5 && !(await signOut.evaluate((item) => item === document.activeElement)); step++)
    await page.keyboard.press('ArrowDown');
  await expect(signOut).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Digitale Hilfe für Vereine – von Freiwilligen' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('the sign-in page in English, on a small screen, is accessible', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'English' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /E-mail address/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
});
