import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';

/** How far the label's middle lies from the button's middle, in px (vertically). */
async function labelOffset(button: Locator): Promise<number> {
  const outer = await button.boundingBox();
  const label = await button.locator('.mantine-Button-label').boundingBox();
  if (!outer || !label) throw new Error('button or its label not rendered');
  return Math.abs(outer.y + outer.height / 2 - (label.y + label.height / 2));
}

/** Words of the element's text that the browser broke across lines (each word of one line has one box). */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((element) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

test('on a 320 px screen headings keep their words whole and link buttons centre their labels', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInThroughMailbox(page, ORGANIZER);

  await page.getByRole('link', { name: /^Organisationsteam von Hansestadt Lübeck/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Organisationsteam von/ })).toBeVisible();
  expect(await brokenWords(page, 'h1')).toEqual([]);
  await expectNoAxeViolations(page);

  await page.goBack();
  await page.getByRole('link', { name: /^Datenschutzanfragen für Hansestadt Lübeck/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Datenschutzanfragen/ })).toBeVisible();
  expect(await brokenWords(page, 'h1')).toEqual([]);

  await page.goBack();
  await page.getByRole('link', { name: /^Veranstaltungen von Hansestadt Lübeck/ }).click();
  // A button that is a link: its label sits in the middle, as on a <button> (it stuck to the top edge)
  const create = page.getByRole('link', { name: 'Neue Veranstaltung anlegen' });
  await expect(create).toBeVisible();
  expect(await labelOffset(create)).toBeLessThanOrEqual(1);
  expect(await brokenWords(page, 'h1')).toEqual([]);
});

test('on a 360 px screen the impact table scrolls sideways under its caption, which stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInThroughMailbox(page, ORGANIZER);
  await page.getByRole('link', { name: /^Wirkung von Hansestadt Lübeck/ }).click();
  const region = page.getByRole('region', { name: 'Zahlen je Ausgabe, älteste zuerst' });
  await expect(region).toBeVisible();
  // The page itself does not scroll sideways: the table does, inside its region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  await region.evaluate((element) => (element.scrollLeft = element.scrollWidth));
  const visible = (await region.boundingBox())!;
  const caption = (await region.locator('caption').boundingBox())!;
  // Scrolled to the last column, the caption still names the table (it scrolled out of sight with the first column).
  expect(caption.x).toBeGreaterThanOrEqual(visible.x - 1);
  expect(caption.x + caption.width).toBeLessThanOrEqual(visible.x + visible.width + 1);
  await expectNoAxeViolations(page);
});
