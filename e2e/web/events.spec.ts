import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';
const YEAR = new Date().getFullYear() + 1;

/**
 * Types into a datetime-local field the way a keyboard user does: digits fill the segments one after another. This
 * Chromium orders them month, day, year (its own UI locale, not the page's), then hours and minutes on a 12-hour
 * clock that reads 13 to 19 as afternoon hours but takes a leading 2 as 2 o'clock, so the journey's times avoid 20-23.
 */
async function typeDateTime(page: Page, field: Locator, [date, time]: [string, string]) {
  await tabTo(page, field);
  const [year, month, day] = date.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(time.replace(':', ''));
  await expect(field).toHaveValue(`${date}T${time}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test('an organizer creates an event with two slots by keyboard, opens it and sees its public page', async ({
  page,
}) => {
  await signInThroughMailbox(page, ORGANIZER);
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Veranstaltungen von Hansestadt Lübeck — Social Smart City' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Veranstaltungen von Hansestadt Lübeck/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nachtschicht Lübeck', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Neue Veranstaltung anlegen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Veranstaltung anlegen' })).toBeVisible();
  await expectNoAxeViolations(page);

  const name = `Digitalabend Moisling ${YEAR}`;
  await typeInto(page, page.getByRole('textbox', { name: /^Name der Veranstaltung/ }), name);
  await typeInto(
    page,
    page.getByRole('textbox', { name: /^Beschreibung/ }),
    'Vereine aus Moisling treffen Digitalprofis.',
  );
  await typeInto(page, page.getByRole('textbox', { name: /^Stadt/ }), 'Lübeck');
  await typeInto(page, page.getByRole('textbox', { name: /^Veranstaltungsort/ }), 'Stadtteilhaus Moisling');
  await tabTo(page, page.getByRole('checkbox', { name: 'Englisch' }));
  await page.keyboard.press('Space');
  await typeDateTime(page, page.getByLabel(/^Anmeldefrist für gemeinnützige/), [`${YEAR}-05-01`, '18:00']);
  await typeDateTime(page, page.getByLabel(/^Anmeldefrist für Freiwillige/), [`${YEAR}-05-08`, '18:00']);

  await typeDateTime(page, page.locator('#event-slots-0-startsAt'), [`${YEAR}-05-21`, '17:00']);
  await typeDateTime(page, page.locator('#event-slots-0-endsAt'), [`${YEAR}-05-21`, '18:30']);
  await typeInto(page, page.locator('#event-slots-0-capacity'), '8');
  await tabTo(page, page.getByRole('button', { name: 'Zeitfenster hinzufügen' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#event-slots-1-startsAt')).toBeFocused();
  await typeDateTime(page, page.locator('#event-slots-1-startsAt'), [`${YEAR}-05-21`, '18:45']);
  await typeDateTime(page, page.locator('#event-slots-1-endsAt'), [`${YEAR}-05-21`, '19:45']);
  await typeInto(page, page.locator('#event-slots-1-capacity'), '6');
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('button', { name: 'Veranstaltung als Entwurf anlegen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Aktueller Status: In Vorbereitung')).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('button', { name: 'Anmeldung öffnen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Der Status ist jetzt: Anmeldung offen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Anmeldung schließen' })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Öffentliche Veranstaltungsseite öffnen' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const slots = page.getByRole('region', { name: 'Zeitfenster' }).getByRole('listitem');
  await expect(slots).toHaveCount(2);
  await expect(slots.first()).toContainText('17:00');
  await expect(page.getByText('Deutsch, Englisch')).toBeVisible();
  await expectNoAxeViolations(page);

  // Nonprofits and volunteers reach the page from the home page's event card.
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('the event form in English on a small screen: errors are named, summarised and accessible', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInThroughMailbox(page, ORGANIZER, 'en');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: /^Events of Hansestadt Lübeck/ }).click();
  await page.getByRole('link', { name: 'Create a new event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a new event' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Name of the event/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create event as draft' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Please correct the following' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Please enter a date and time.' })).toHaveCount(2);
  // The same submit names the event's other problems too, not only once the slots are filled.
  await expect(summary.getByRole('link', { name: /^Name of the event.*: Please fill in this field\.$/ })).toBeVisible();
  await expect(
    summary.getByRole('link', { name: /: Please enter a venue, or mark the event as online\.$/ }),
  ).toBeVisible();
  // In the form's order, each slot's fields named with their slot.
  const entries = await summary.getByRole('listitem').allTextContents();
  expect(entries[0]).toMatch(/^Name of the event/);
  expect(entries.findIndex((entry) => entry.startsWith('Venue'))).toBeLessThan(
    entries.indexOf('Slot 1 – Start: Please enter a date and time.'),
  );
  expect(entries.slice(-3)).toEqual([
    'Slot 1 – Start: Please enter a date and time.',
    'Slot 1 – End: Please enter a date and time.',
    expect.stringMatching(/^Slot 1 – Teams at the same time: /),
  ]);
  await expectNoAxeViolations(page);
  // A field corrected loses its error at once; the others keep theirs until the next submit.
  await page.locator('#event-slots-0-startsAt').fill(`${YEAR}-06-10T17:00`);
  await expect(summary.getByRole('link', { name: /^Slot 1 – Start: / })).toHaveCount(0);
  await expect(page.locator('#event-slots-0-startsAt')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByRole('link', { name: /^Slot 1 – End: / })).toBeVisible();

  await page.locator('#event-slots-0-startsAt').fill(`${YEAR}-06-10T17:00`);
  await page.locator('#event-slots-0-endsAt').fill(`${YEAR}-06-10T16:00`);
  await page.locator('#event-slots-0-capacity').fill('300');
  await page.getByRole('textbox', { name: /^Name of the event/ }).fill('ab');
  await page.getByRole('button', { name: 'Create event as draft' }).click();
  await expect(
    summary.getByRole('link', { name: /^Name of the event.*: Please use at least 3 characters\.$/ }),
  ).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Please enter a value of at most 200.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'The end must be after the start.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Name of the event/ })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function dataOf<T>(page: Page, query: string): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query } });
  return ((await response.json()) as { data: T }).data;
}

test('addresses with an unknown or foreign id say so, with a way back and no retry; the team refuses inviting an organizer again and invites a newcomer in their language', async ({
  page,
  browser,
}) => {
  await signInThroughMailbox(page, ORGANIZER);
  await page.goto(`/manage/events/${UNKNOWN_ID}`);
  await expect(page.getByText('Die Veranstaltung wurde nicht gefunden.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Zu meiner Übersicht' })).toBeVisible();
  // The page says it itself: no toast repeats it
  await expect(page.getByText('Das Gesuchte gibt es nicht (mehr).')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/organize/${UNKNOWN_ID}/team`);
  await expect(page.getByText('Dazu sind Sie nicht berechtigt.')).toBeVisible();
  await expect(page.getByText('Dafür fehlen Ihnen die Rechte.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Einladung senden' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // One's own address, in capitals: refused on the field, and no mail goes out.
  const { organizingBodies } = await dataOf<{ organizingBodies: { id: string }[] }>(
    page,
    '{ organizingBodies { id } }',
  );
  const mailsToOrganizer = async () =>
    ((await (await page.request.get('/dev/mailbox.json')).json()) as { to: string }[]).filter(
      (mail) => mail.to === ORGANIZER,
    ).length;
  const mailsBefore = await mailsToOrganizer();
  await page.goto(`/organize/${organizingBodies[0].id}/team`);
  const email = page.getByRole('textbox', { name: /E-Mail-Adresse/ });
  await typeInto(page, email, ORGANIZER.toUpperCase());
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${ORGANIZER} organisiert bereits für`).first()).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/ist unterwegs/)).toHaveCount(0);
  expect(await mailsToOrganizer()).toBe(mailsBefore);
  await expectNoAxeViolations(page);

  // Someone new who reads English: the invitation goes out in English, whatever the page's language.
  const newcomer = `kim.${Date.now()}@example.org`;
  await email.fill('');
  await typeInto(page, email, newcomer);
  await page.getByRole('combobox', { name: 'Sprache der Einladung' }).selectOption('en');
  await email.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Die Einladung an ${newcomer} ist unterwegs.`)).toBeVisible();
  await expect
    .poll(async () =>
      ((await (await page.request.get('/dev/mailbox.json')).json()) as { to: string; subject: string }[])
        .filter((mail) => mail.to === newcomer)
        .map((mail) => mail.subject),
    )
    .toEqual([expect.stringMatching(/^You are invited to organize with /)]);

  // A volunteer at an organizer's address of a real event.
  const { upcomingEvents } = await dataOf<{ upcomingEvents: { id: string }[] }>(page, '{ upcomingEvents { id } }');
  const context = await browser.newContext();
  const volunteer = await context.newPage();
  await signInThroughMailbox(volunteer, 'tim.schroeder@demo.skillshift.local');
  await volunteer.goto(`/manage/events/${upcomingEvents[0].id}`);
  await expect(volunteer.getByText('Dazu sind Sie nicht berechtigt.')).toBeVisible();
  await expect(volunteer.getByRole('button', { name: 'Erneut versuchen' })).toHaveCount(0);
  await expectNoAxeViolations(volunteer);
  await context.close();
});
