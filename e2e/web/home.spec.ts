import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';

test('home page in German and in English, keyboard only', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Digitale Hilfe für Vereine – von Freiwilligen' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('Digitale Hilfe für Vereine – von Freiwilligen — SkillShift');
  const events = page.getByRole('region', { name: 'Nächste Veranstaltungen' });
  await expect(events.getByRole('article', { name: 'Nachtschicht Lübeck' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The first Tab reaches the skip link, which becomes visible and moves focus to main.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Back into the header with Shift+Tab, then Enter on "English".
  const english = page.getByRole('button', { name: 'English' });
  await tabTo(page, english, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Digital help for nonprofits – from volunteers' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('Digital help for nonprofits – from volunteers — SkillShift');
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  const upcoming = page.getByRole('region', { name: 'Upcoming events' });
  await expect(upcoming.getByRole('article', { name: 'Nachtschicht Lübeck' })).toContainText('Registration open');
  await expectNoAxeViolations(page);

  // The choice is remembered.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Digital help for nonprofits – from volunteers' }),
  ).toBeVisible();

  // An unknown address shows the app's own 404 page, in English, and its link leads home (Space on a link does
  // nothing in browsers, so Enter).
  await page.goto('/this/page/does-not-exist');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found — SkillShift');
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('link', { name: 'Go to the home page' }));
  await page.keyboard.press('Enter');
  const homeHeading = page.getByRole('heading', { level: 1, name: 'Digital help for nonprofits – from volunteers' });
  await expect(homeHeading).toBeFocused();

  // Switching back to German with Space works as well.
  await tabTo(page, page.getByRole('button', { name: 'Deutsch' }), 'Shift+Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Digitale Hilfe für Vereine – von Freiwilligen' }),
  ).toBeVisible();
});

test('home page on a small screen (320 × 640) is accessible and does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expect(page.getByRole('article', { name: 'Nachtschicht Lübeck' })).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);

  // The first Tab shows the skip link on a line of its own: it covered the logo and "Start" (axe: target-size).
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expectNoAxeViolations(page);
  const logo = page.getByRole('link', { name: 'SkillShift, zur Startseite' });
  const [skipBox, logoBox] = [await skip.boundingBox(), await logo.boundingBox()];
  expect(skipBox!.y + skipBox!.height, 'the skip link ends above the header').toBeLessThanOrEqual(logoBox!.y);
});

test('when the server cannot be reached, the home page says so accessibly and recovers', async ({ page }) => {
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.getByText('Die Veranstaltungen konnten nicht geladen werden.')).toBeVisible();
  const notice = page.getByRole('region', { name: 'Benachrichtigungen' }).getByRole('alert');
  await expect(notice).toContainText('Keine Verbindung zum Server');
  await expectNoAxeViolations(page);

  await tabTo(page, notice.getByRole('button', { name: 'Schließen' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);

  await page.unroute('**/graphql');
  await tabTo(page, page.getByRole('button', { name: 'Erneut versuchen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: 'Nachtschicht Lübeck' })).toBeVisible();
});
