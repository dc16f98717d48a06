import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';
const EVENT = 'Nachtschicht Lübeck';

interface DevMail {
  to: string;
  subject: string;
  text?: string;
  links: string[];
}

const mailsTo = async (page: Page, email: string) =>
  ((await (await page.request.get('/dev/mailbox.json')).json()) as DevMail[]).filter((mail) => mail.to === email);

/** The newest sign-in link mailed to `email`, as a path of this site. */
async function verifyLinkFor(page: Page, email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () =>
        (link = (await mailsTo(page, email))
          .flatMap((mail) => mail.links)
          .find((candidate) => candidate.includes('/auth/verify?token='))),
      { timeout: 15_000 },
    )
    .toBeTruthy();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

/** GraphQL as the signed-in browser (its cookie), for the second challenge the journey is not about. */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function signOut(page: Page) {
  await page.request.post('/graphql', { data: { query: 'mutation { signOut }' } });
  await page.context().clearCookies();
}

test('a nonprofit registers and submits a challenge; the organizer asks back, accepts it and rejects another', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = `nora.${Date.now()}@nachbarschaft.example`;
  const nonprofitName = `Nachbarschaftstreff Buntekuh ${Date.now()}`;
  const title = 'Anmeldung zum Mittagstisch online';
  const secondTitle = 'Eine eigene App für alles';

  // From the home page to the open event, and on to the registration.
  await page.goto('/');
  await page.getByRole('link', { name: EVENT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Organisation registrieren und Herausforderung einreichen' }).click();
  await expect(page).toHaveURL(/\/nonprofits\/register\?event=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation registrieren' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sign up with a new address; the mailed link brings Nora back to the form.
  await page.getByRole('textbox', { name: /^Ihr Name/ }).fill('Nora Nachbar');
  await page
    .getByRole('textbox', { name: /^E-Mail-Adresse/ })
    .first()
    .fill(email);
  await page.getByRole('button', { name: 'Bestätigungslink senden' }).click();
  await expect(page.getByText(`Ein Link ist unterwegs an ${email}`)).toBeVisible();
  await page.goto(await verifyLinkFor(page, email));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/nonprofits\/register\?event=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Angaben zur Organisation' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The registration form names what is missing, then registers the nonprofit.
  await page.getByRole('button', { name: 'Organisation registrieren und weiter' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie Folgendes:' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Bitte füllen Sie dieses Feld aus.' }).first()).toBeVisible();
  // One submit names it all: the list of causes by its legend, with "choose", and the consent with the rest.
  await expect(
    summary.getByRole('link', { name: 'Themen Ihrer Arbeit: Bitte wählen Sie mindestens eine Option aus.' }),
  ).toBeVisible();
  await expect(
    summary.getByRole('link', { name: /^Ich willige in die Verarbeitung der Daten.*: Bitte/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: /^Name der Organisation/ }).fill(nonprofitName);
  await page.getByRole('combobox', { name: 'Rechtsform' }).selectOption('INITIATIVE');
  await page.getByRole('checkbox', { name: 'Nachbarschaft und Quartier' }).check();
  await page.getByRole('checkbox', { name: 'Ältere Menschen' }).check();
  await page.getByRole('textbox', { name: /^Straße und Hausnummer/ }).fill('Karavellenstraße 2');
  await page.getByRole('textbox', { name: /^Postleitzahl/ }).fill('23558');
  await page.getByRole('textbox', { name: /^Ort/ }).fill('Lübeck');
  await page.getByRole('textbox', { name: /^Stadtteil/ }).fill('Buntekuh');
  await page
    .getByRole('textbox', { name: /^Kurzbeschreibung/ })
    .fill('Wir kochen jeden Mittwoch für die Nachbarschaft.');
  // Invitations to later editions are on unless the nonprofit turns them off.
  await expect(
    page.getByRole('checkbox', { name: 'Laden Sie uns ein, wenn eine Veranstaltung wieder stattfindet.' }),
  ).toBeChecked();
  await page.getByRole('checkbox', { name: /^Ich willige in die Verarbeitung der Daten/ }).check();
  await page.getByRole('button', { name: 'Organisation registrieren und weiter' }).click();

  // The guided challenge form: help and examples, suggestions from the words, the checklist.
  await expect(page).toHaveURL(/\/nonprofits\/[0-9a-f-]+\/challenges\/new\?event=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Herausforderung beschreiben' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: /^Titel Ihrer Herausforderung/ }).fill(title);
  await page
    .getByRole('textbox', { name: /^Was klappt heute nicht/ })
    .fill('Anmeldungen kommen per Telefon und Zettel, die Liste in Excel stimmt nie.');
  await page.getByRole('button', { name: 'Einreichen' }).click();
  const missing = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie Folgendes:' });
  await expect(missing).toBeVisible();
  await expect(
    missing.getByRole('link', { name: /^Was soll nach .*funktionieren\? Bitte füllen Sie dieses Feld aus\.$/ }),
  ).toBeVisible();
  // A refused submission creates nothing: no draft, and the page stays the new challenge's.
  await expect(page.getByText('Ihr Entwurf ist gespeichert.')).toHaveCount(0);
  await expect(page).toHaveURL(/\/nonprofits\/[0-9a-f-]+\/challenges\/new\?event=/);
  await expectNoAxeViolations(page);

  await page
    .getByRole('textbox', { name: /^Was soll nach dem Abend funktionieren/ })
    .fill('Ein Online-Formular, über das sich Gäste selbst anmelden, und eine Liste für die Küche.');
  await page.getByRole('textbox', { name: /^Wer hat etwas davon/ }).fill('Rund 60 ältere Gäste und unser Küchenteam.');
  await page.getByRole('textbox', { name: /^Welche Programme und Geräte/ }).fill('Excel, WordPress-Website');
  await page
    .getByRole('button', { name: /^Excel hinzufügen|Microsoft Excel hinzufügen/ })
    .first()
    .click();
  await expect(page.getByRole('group', { name: /Excel/ })).toBeVisible();
  for (const item of [
    'Jemand, der entscheiden darf, ist am Abend dabei',
    'Zugänge zu den Systemen sind vorbereitet',
    'Das Ziel ist an einem Abend zu schaffen',
  ])
    await page.getByRole('checkbox', { name: item }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Einreichen' }).click();
  await expect(page).toHaveURL(/\/challenges\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Danke! Ihre Herausforderung ist eingereicht.')).toBeVisible();
  await expectNoAxeViolations(page);
  const challengeId = new URL(page.url()).pathname.split('/').pop()!;

  // A second challenge of the same nonprofit, the one the organizer will not accept.
  const { challenge } = await graphql<{
    challenge: { nonprofitId: string; event: { id: string; slots: { id: string }[] } };
  }>(
    page,
    `
      query ($id: ID!) {
        challenge(id: $id) {
          nonprofitId
          event {
            id
            slots {
              id
            }
          }
        }
      }
    `,
    { id: challengeId },
  );
  const { nonprofitId, event } = challenge;
  const created = await graphql<{ createChallenge: { id: string } }>(
    page,
    `
      mutation ($np: ID!, $event: ID!, $input: ChallengeInput!) {
        createChallenge(nonprofitId: $np, eventId: $event, input: $input) {
          id
        }
      }
    `,
    {
      np: nonprofitId,
      event: event.id,
      input: {
        title: secondTitle,
        problem: 'Wir wünschen uns eine eigene App für Anmeldung, Küche, Spenden und Fahrdienst.',
        goal: 'Eine fertige App in den Stores, die alle unsere Abläufe abbildet.',
        beneficiaries: 'Alle Gäste und Helfenden.',
        skills: [{ skill: 'dev.javascript', level: 3, required: true }],
        languages: ['de'],
        slotIds: [event.slots[0].id],
        decisionMakerPresent: true,
        accessReady: true,
        fitsOneEvening: true,
      },
    },
  );
  await graphql(
    page,
    `
      mutation ($id: ID!) {
        submitChallenge(id: $id) {
          id
        }
      }
    `,
    { id: created.createChallenge.id },
  );
  await signOut(page);

  // The demo organizer finds both in the event's curation list and asks back about the first.
  await signInThroughMailbox(page, ORGANIZER);
  await page.goto(`/manage/events/${event.id}`);
  await page.getByRole('link', { name: 'Herausforderungen sichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Herausforderungen: ${EVENT}` })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('textbox', { name: /^Rückfrage an die Organisation/ })
    .fill('Soll das Formular auch telefonische Anmeldungen aufnehmen, die Sie abtippen?');
  await page.getByRole('button', { name: 'Rückfrage senden' }).click();
  await expect(page.getByText('Die Rückfrage ist gesendet.')).toBeVisible();
  await expect(page.getByText('Rückfrage offen').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expect
    .poll(async () => (await mailsTo(page, email)).map((mail) => mail.subject))
    .toContain(`Eine Rückfrage zu Ihrer Herausforderung „${title}“`);
  await signOut(page);

  // Nora sees the question flagged on her nonprofit's page and answers it there.
  await signInThroughMailbox(page, email);
  await page.getByRole('link', { name: nonprofitName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: nonprofitName })).toBeVisible();
  await expect(page.getByText('Rückfrage des Orga-Teams:')).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('textbox', { name: /^Ihre Antwort/ })
    .fill('Ja, bitte: Frau Meier nimmt Anrufe an und trägt sie ins selbe Formular ein.');
  await page.getByRole('button', { name: 'Antwort senden' }).click();
  await expect(page.getByText('Rückfrage des Orga-Teams:')).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: title }).getByText('Eingereicht')).toBeVisible();
  // The organizer who asked is told by mail, with the answer and a link to the challenge.
  await expect
    .poll(async () => (await mailsTo(page, ORGANIZER)).map((mail) => mail.subject))
    .toContain(`${nonprofitName} hat Ihre Rückfrage zu „${title}“ beantwortet`);

  // Nora does not want the invitations to later editions: she turns them off in the profile, and it stays saved.
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  const invite = page.getByRole('checkbox', { name: 'Laden Sie uns ein, wenn eine Veranstaltung wieder stattfindet.' });
  await expect(invite).toBeChecked();
  await invite.uncheck();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByText('Das Profil ist gespeichert.')).toBeVisible();
  await expect(page.getByText('Ansprechpersonen werden nicht eingeladen')).toBeVisible();
  // Beside it: who turned them off, and when (as the page writes today's date in Lübeck).
  const today = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date());
  await expect(page.getByText(`Ausgeschaltet von Nora Nachbar am ${today}.`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: nonprofitName })).toBeVisible();
  await expect(page.getByText('Ansprechpersonen werden nicht eingeladen')).toBeVisible();
  await expect(page.getByText(`Ausgeschaltet von Nora Nachbar am ${today}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  await expect(invite).not.toBeChecked();
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await signOut(page);

  // The organizer accepts the answered challenge and rejects the other with a reason (bulk dialog).
  await signInThroughMailbox(page, ORGANIZER);
  await page.goto(`/challenges/${challengeId}`);
  await expect(page.getByText('Ja, bitte: Frau Meier nimmt Anrufe an')).toBeVisible();
  await page.getByRole('button', { name: 'Annehmen' }).click();
  await expect(page.getByText('Angenommen. Die Organisation wurde per E-Mail informiert.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The list works on a 320 px wide screen and with the keyboard alone.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/manage/events/${event.id}/challenges`);
  await page.getByRole('combobox', { name: 'Status anzeigen' }).selectOption('SUBMITTED');
  const select = page.getByRole('checkbox', { name: `Auswählen: ${secondTitle}` });
  await expect(select).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await tabTo(page, select);
  await page.keyboard.press('Space');
  await expect(select).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Ausgewählte ablehnen (1)' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Eine Herausforderung ablehnen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /^Begründung der Ablehnung/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(dialog.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
  // The refusal takes focus to the field, so that its error is read out with it.
  await expect(dialog.getByRole('textbox', { name: /^Begründung der Ablehnung/ })).toBeFocused();
  const reason = 'Eine ganze App ist an einem Abend nicht zu schaffen – gern ein kleinerer Teil davon.';
  await dialog.getByRole('textbox', { name: /^Begründung der Ablehnung/ }).fill(reason);
  await dialog.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Eine Herausforderung ist abgelehnt.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status anzeigen' }).selectOption('REJECTED');
  await expect(page.getByRole('listitem').filter({ hasText: secondTitle })).toContainText(reason);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: secondTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: secondTitle })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);

  const subjects = (await mailsTo(page, email)).map((mail) => mail.subject);
  expect(subjects).toContain(`Ihre Herausforderung „${title}“ wurde angenommen`);
  expect(subjects).toContain(`Ihre Herausforderung „${secondTitle}“ wurde nicht angenommen`);
});

test('a contact person is removed only after a confirmation; unknown challenges and nonprofits say so', async ({
  page,
}) => {
  await signInThroughMailbox(page, 'nonprofit@demo.skillshift.local');
  const { myNonprofits } = await graphql<{ myNonprofits: { id: string; name: string }[] }>(
    page,
    '{ myNonprofits { id name } }',
    {},
  );
  const tafel = myNonprofits.find((nonprofit) => nonprofit.name.startsWith('Tafel'))!;
  await page.goto(`/nonprofits/${tafel.id}`);
  const remove = page.getByRole('button', { name: 'Renate Holm entfernen' });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Renate Holm als Ansprechperson entfernen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await expect(page.getByText('Renate Holm', { exact: true })).toBeVisible();

  for (const path of ['/challenges/xyz', '/challenges/xyz/edit', '/nonprofits/00000000-0000-4000-8000-000000000000']) {
    await page.goto(path);
    await expect(page.getByText(/wurde nicht gefunden\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Zu meiner Übersicht' })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
