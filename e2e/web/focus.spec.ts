import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInThroughMailbox } from './session';

test('editing the organisation profile: focus goes into the form, to the message after saving, back after cancelling', async ({
  page,
}) => {
  await signInThroughMailbox(page, 'nonprofit@demo.skillshift.local');
  await page
    .getByRole('link', { name: /^Tafel Lübeck/ })
    .first()
    .click();
  const profile = page.getByRole('region', { name: 'Profil', exact: true });
  const edit = profile.getByRole('button', { name: 'Profil bearbeiten' });
  await edit.focus();
  await page.keyboard.press('Enter');
  // The button pressed is gone: keyboard users land in the form's first field, not at the top of the page
  await expect(profile.locator('form :is(input, select, textarea)').first()).toBeFocused();
  await expectNoAxeViolations(page);

  await profile.getByRole('button', { name: 'Abbrechen' }).focus();
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();

  await page.keyboard.press('Enter');
  await profile.getByRole('button', { name: 'Profil speichern' }).focus();
  await page.keyboard.press('Enter');
  await expect(profile.getByRole('status').filter({ hasText: 'Das Profil ist gespeichert.' })).toBeFocused();
  await expectNoAxeViolations(page);
});
