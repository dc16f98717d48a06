import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { moveEventBack } from './database';
import { tabTo } from './keyboard';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';
const NONPROFIT_CONTACT = 'nonprofit@demo.skillshift.local';
/** A demo volunteer with WordPress skills whom no other journey publishes. */
const VOLUNTEER = 'lena.marquardt@demo.skillshift.local';
const BODY = 'Hansestadt Lübeck — Social Smart City';
const EVENT = `Nachschicht ${Date.now().toString(36)}`;
const CHALLENGE = 'Spendenquittungen digital';

interface DevMail {
  to: string;
  subject: string;
  text: string;
  links: string[];
}

const DAY = 86_400_000;
const at = (days: number, hour = 17) => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

/** A GraphQL call as the signed-in person of `page`; any error fails the journey at once. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

async function mailTo(page: Page, to: string, subject: string | RegExp): Promise<DevMail> {
  let found: DevMail | undefined;
  await expect
    .poll(
      async () =>
        (found = ((await (await page.request.get('/dev/mailbox.json')).json()) as DevMail[]).find(
          (mail) =>
            mail.to === to && (typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject)),
        )),
      { timeout: 30_000 },
    )
    .toBeTruthy();
  return found!;
}

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'de-DE', baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signInThroughMailbox(page, email);
  return { context, page };
}

/**
 * RFC 4180 as the export writes it: CRLF records, quoted fields with doubled quotes, a BOM in front; German files
 * separated by semicolons.
 */
function parseCsv(text: string, delimiter = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted && char === '"' && body[index + 1] === '"') {
      field += '"';
      index++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) field += char;
    else if (char === '"') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else field += char;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return records;
}

/**
 * An evening of the demo body with one served challenge, up to its published teams: created, opened, a challenge of
 * the demo nonprofit accepted, a volunteer registered, a run solved and published, the place accepted. All through
 * the API as the people themselves would (the other journeys show these steps in the browser).
 */
async function finishedEvening(organizer: Page, contact: Page, volunteer: Page): Promise<string> {
  const { me } = await gql<{
    me: { roles: { role: string; organizingBodyId: string | null; organizingBodyName: string | null }[] };
  }>(organizer, `{ me { roles { role organizingBodyId organizingBodyName } } }`);
  const bodyId = me.roles.find((grant) => grant.organizingBodyName === BODY)!.organizingBodyId!;
  const { createEvent } = await gql<{ createEvent: { id: string; slots: { id: string }[] } }>(
    organizer,
    `mutation ($bodyId: ID!, $input: EventInput!) { createEvent(organizingBodyId: $bodyId, input: $input) { id slots { id } } }`,
    {
      bodyId,
      input: {
        name: EVENT,
        kind: 'NACHTSCHICHT',
        description: 'Ein Abend für die Nachlese.',
        city: 'Lübeck',
        venue: 'Kulturwerft Gollan',
        online: false,
        onlineUrl: null,
        languages: ['de'],
        nonprofitDeadline: at(5),
        volunteerDeadline: at(6),
        slots: [{ startsAt: at(12), endsAt: at(12, 20), capacity: 6, label: null }],
      },
    },
  );
  const eventId = createEvent.id;
  const slotId = createEvent.slots[0].id;
  const status = (value: string) =>
    gql(organizer, `mutation ($id: ID!, $s: EventStatus!) { changeEventStatus(id: $id, status: $s) { id } }`, {
      id: eventId,
      s: value,
    });
  await status('OPEN');

  const { myNonprofits } = await gql<{ myNonprofits: { id: string; name: string }[] }>(
    contact,
    `{ myNonprofits { id name } }`,
  );
  const tafel = myNonprofits.find((nonprofit) => nonprofit.name.startsWith('Tafel'))!;
  const input = {
    title: CHALLENGE,
    problem: 'Spendenquittungen schreiben wir einzeln in Word und drucken sie aus; das dauert jeden Januar Tage.',
    goal: 'Quittungen entstehen aus der Spenderliste per Knopfdruck und gehen als PDF per E-Mail hinaus.',
    beneficiaries: 'Unsere 300 Spenderinnen und Spender und das Büro-Team.',
    tools: 'Word, Excel',
    skills: [{ skill: 'web.cms.wordpress', level: 1, required: true }],
    teamMin: 1,
    teamMax: 1,
    languages: ['de'],
    format: 'ONSITE',
    slotIds: [slotId],
    decisionMakerPresent: true,
    accessReady: true,
    fitsOneEvening: true,
  };
  const { createChallenge } = await gql<{ createChallenge: { id: string } }>(
    contact,
    `mutation ($eventId: ID!, $nonprofitId: ID!, $input: ChallengeInput!) {
      createChallenge(eventId: $eventId, nonprofitId: $nonprofitId, input: $input) { id } }`,
    { eventId, nonprofitId: tafel.id, input },
  );
  await gql(contact, `mutation ($id: ID!) { submitChallenge(id: $id) { id } }`, { id: createChallenge.id });
  await gql(organizer, `mutation ($id: ID!) { acceptChallenge(id: $id) { id } }`, { id: createChallenge.id });
  await gql(volunteer, `mutation ($input: EventRegistrationInput!) { registerForEvent(input: $input) { id } }`, {
    input: { eventId, maxAssignments: 1, slotIds: [slotId] },
  });

  await status('CLOSED');
  await status('MATCHING');
  const { startMatchingRun } = await gql<{ startMatchingRun: { id: string } }>(
    organizer,
    `mutation ($eventId: ID!) { startMatchingRun(eventId: $eventId) { id } }`,
    { eventId },
  );
  await expect
    .poll(
      async () =>
        (
          await gql<{ matchingRun: { status: string } }>(
            organizer,
            `query ($id: ID!) { matchingRun(id: $id) { status } }`,
            {
              id: startMatchingRun.id,
            },
          )
        ).matchingRun.status,
      { timeout: 30_000 },
    )
    .toBe('DONE');
  await gql(
    organizer,
    `mutation ($runId: ID!, $input: PublishRunInput!) { publishMatchingRun(runId: $runId, input: $input) { eventId } }`,
    { runId: startMatchingRun.id, input: { answerDeadline: at(9), autoBackfill: false } },
  );
  const { myProposals } = await gql<{ myProposals: { id: string; eventId: string }[] }>(
    volunteer,
    `{ myProposals { id eventId } }`,
  );
  const proposal = myProposals.find((candidate) => candidate.eventId === eventId)!;
  await gql(volunteer, `mutation ($id: ID!) { answerProposal(proposalId: $id, answer: ACCEPT) { id } }`, {
    id: proposal.id,
  });
  return eventId;
}

/**
 * Marks the evening finished on its page, by keyboard: asked first (the feedback requests go out by mail), refused
 * while its slot is still ahead, done once the evening has taken place.
 */
async function finishOnItsPage(page: Page, eventId: string): Promise<void> {
  await page.goto(`/manage/events/${eventId}`);
  const markDone = page.getByRole('button', { name: 'Als abgeschlossen markieren' });
  const dialog = page.getByRole('dialog', { name: 'Veranstaltung als abgeschlossen markieren?' });
  const confirm = dialog.getByRole('button', { name: 'Ja, abschließen und um Feedback bitten' });
  const openDialog = async () => {
    await page.locator('#event-status').focus();
    await tabTo(page, markDone);
    await page.keyboard.press('Enter');
    await expect(dialog).toContainText('per E-Mail eine Bitte um Feedback');
    // Focus starts on Cancel: a second Enter must not send the mails.
    await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  };
  await openDialog();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(markDone).toBeFocused();

  await openDialog();
  await tabTo(page, confirm, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('erst als abgeschlossen markiert werden');
  await expect(page.getByText('Aktueller Status: Teams stehen fest')).toBeVisible();
  await expectNoAxeViolations(page);

  await moveEventBack(eventId, 13);
  await page.reload();
  await openDialog();
  await tabTo(page, confirm, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Der Status ist jetzt: Abgeschlossen.' })).toBeVisible();
}

test('after the event: feedback by mail link, a referral handled by the organizer, impact figures and their CSV, the public page', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInThroughMailbox(page, ORGANIZER);
  const contact = await signedIn(browser, NONPROFIT_CONTACT);
  const volunteer = await signedIn(browser, VOLUNTEER);
  const eventId = await finishedEvening(page, contact.page, volunteer.page);
  await finishOnItsPage(page, eventId);
  const subject = `Wie war „${EVENT}“? Ihr Feedback`;

  // The volunteer gives feedback through the mail's link, in a browser that is not signed in.
  const anonymous = await browser.newContext({ locale: 'de-DE', baseURL: test.info().project.use.baseURL });
  const visitor = await anonymous.newPage();
  const volunteerMail = await mailTo(page, VOLUNTEER, subject);
  await visitor.goto(pathOf(volunteerMail.links.find((link) => link.includes('/api/feedback/'))!));
  await expect(visitor.getByRole('heading', { level: 1, name: `Ihr Feedback zu „${CHALLENGE}“` })).toBeVisible();
  await expectNoAxeViolations(visitor);
  // The page speaks the mail's language; the other is one link away, the signed token kept.
  await visitor.getByRole('link', { name: 'English' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: `Your feedback on “${CHALLENGE}”` })).toBeVisible();
  await visitor.getByRole('link', { name: 'Deutsch' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: `Ihr Feedback zu „${CHALLENGE}“` })).toBeVisible();
  // A radio group is one tab stop; the arrow keys choose within it.
  await tabTo(visitor, visitor.getByRole('radio', { name: '1 von 5' }));
  for (let step = 0; step < 4; step++) await visitor.keyboard.press('ArrowRight');
  await expect(visitor.getByRole('radio', { name: '5 von 5' })).toBeChecked();
  await visitor.getByRole('radio', { name: 'ja' }).check();
  await visitor.getByLabel(/Wie viele Stunden/).fill('3,5');
  await visitor.getByLabel('Was sollte als Nächstes passieren?').fill('Eine Schulung für das Büro-Team.');
  await tabTo(visitor, visitor.getByRole('button', { name: 'Feedback senden' }));
  await visitor.keyboard.press('Enter');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Danke für Ihr Feedback' })).toBeVisible();
  await expect(visitor.getByText('5 von 5')).toBeVisible();
  // The hours as typed, with the German decimal comma.
  await expect(visitor.getByText('3,5', { exact: true })).toBeVisible();
  await expectNoAxeViolations(visitor);

  // The nonprofit asks for a referral; forgetting the topic is named above the form first.
  const nonprofitMail = await mailTo(page, NONPROFIT_CONTACT, subject);
  expect(nonprofitMail.text).toContain('weitere Hilfe anfragen');
  const nonprofitLink = nonprofitMail.links.find((link) => link.includes('/api/feedback/'))!;

  // Signed in, the way to the form is also beside the team it is about: the volunteer's dashboard shows that the
  // feedback is given, and the nonprofit's teams page the form still to fill in (the mail's link).
  await volunteer.page.goto('/dashboard');
  const proposal = volunteer.page.getByRole('article', { name: CHALLENGE });
  await expect(proposal.getByText('Danke für Ihr Feedback.')).toBeVisible();
  await expect(proposal.getByRole('link', { name: `Ihre Antworten zu „${CHALLENGE}“ ansehen` })).toBeVisible();
  await expectNoAxeViolations(volunteer.page);
  const { myNonprofits } = await gql<{ myNonprofits: { id: string; name: string }[] }>(
    contact.page,
    `{ myNonprofits { id name } }`,
  );
  await contact.page.goto(
    `/nonprofits/${myNonprofits.find((nonprofit) => nonprofit.name.startsWith('Tafel'))!.id}/teams`,
  );
  const give = contact.page.getByRole('link', { name: `Feedback zu „${CHALLENGE}“ geben` });
  await expect(give).toBeVisible();
  expect(pathOf((await give.getAttribute('href'))!)).toBe(pathOf(nonprofitLink));
  // (the demo's own evening twelve days ago waits for the contact's feedback too)
  await expect(
    contact.page.getByRole('link', { name: 'Feedback zu „Ausgabetermine per SMS ankündigen“ geben' }),
  ).toBeVisible();
  await expectNoAxeViolations(contact.page);
  await visitor.goto(pathOf(nonprofitLink));
  await expectNoAxeViolations(visitor);
  await visitor.getByRole('radio', { name: '4 von 5' }).check();
  await visitor.getByRole('radio', { name: 'teilweise' }).check();
  await visitor.getByLabel(/Wie viele Stunden/).fill('2');
  await visitor.getByRole('checkbox', { name: 'Eine Vermittlung an eine Anlaufstelle für digitale Teilhabe' }).check();
  await visitor.getByRole('button', { name: 'Feedback senden' }).click();
  const summary = visitor.getByRole('alert');
  await expect(summary).toContainText('Bitte wählen Sie für die Vermittlung, wobei Sie Hilfe brauchen.');
  await expectNoAxeViolations(visitor);
  await summary.getByRole('link').click();
  await expect(visitor.getByLabel('Für eine Vermittlung: Wobei brauchen Sie Hilfe?')).toBeFocused();
  await visitor.getByLabel('Für eine Vermittlung: Wobei brauchen Sie Hilfe?').selectOption('DEVICES');
  await visitor
    .getByLabel('Was sollten die Organisierenden für die Nachbereitung wissen?')
    .fill('Unsere Älteren brauchen Hilfe mit Tablets.');
  await visitor.getByRole('button', { name: 'Feedback senden' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Danke für Ihr Feedback' })).toBeVisible();
  await expect(visitor.getByText(/Eine Vermittlung an eine Anlaufstelle für digitale Teilhabe \(Geräte/)).toBeVisible();
  // The answer as given, the note for the organizers included.
  await expect(visitor.getByText('Unsere Älteren brauchen Hilfe mit Tablets.')).toBeVisible();
  await expectNoAxeViolations(visitor);

  // The organizer finds the referral on the follow-up list and sends the help point, by keyboard.
  await page.goto('/dashboard');
  await tabTo(page, page.getByRole('link', { name: `Nachbereitung von ${BODY}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Nachbereitung von ${BODY}` })).toBeVisible();
  // Last year's open tasks are past their due date, and say so.
  await expect(page.getByText('Überfällig').first()).toBeVisible();
  const card = page
    .getByRole('article', { name: /^Vermittlung an eine Anlaufstelle: Tafel/ })
    .filter({ hasText: CHALLENGE });
  await expect(card).toContainText('Die Organisation schrieb: „Unsere Älteren brauchen Hilfe mit Tablets.“');
  await expectNoAxeViolations(page);
  const helpPoint = card.getByLabel('Anlaufstelle für die Vermittlung');
  const chosen = (await helpPoint.locator('option:checked').textContent())!.split(' (')[0];
  // The card is further down the list: start from its help point choice, then on by keyboard.
  await helpPoint.focus();
  await tabTo(page, card.getByRole('button', { name: 'Vermittlungs-E-Mail senden' }));
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toHaveText(
    'Die Vermittlungs-E-Mail wurde verschickt und die Nachbereitung erledigt.',
  );
  await expect(card).toContainText(`Vermittlung an ${chosen}`);
  await expectNoAxeViolations(page);
  const referral = await mailTo(page, NONPROFIT_CONTACT, /^Eine Anlaufstelle für Tafel/);
  expect(referral.subject).toContain(chosen);
  expect(referral.text).toContain('Öffnungszeiten:');

  // The impact page: last year's demo edition and this evening, each table with its chart; then the CSV.
  await page.goto('/dashboard');
  await tabTo(page, page.getByRole('link', { name: `Wirkung von ${BODY}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Wirkung von ${BODY}` })).toBeVisible();
  const editions = page.getByRole('table', { name: 'Zahlen je Ausgabe, älteste zuerst' });
  await expect(editions.getByRole('row', { name: /Nachtschicht Lübeck \(Vorjahr\)/ })).toBeVisible();
  await expect(editions.getByRole('row', { name: new RegExp(EVENT) })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText(/Eine Organisation mit mehreren Anliegen zählt bei jedem davon mit/)).toBeVisible();
  // The charts at a desktop's and a phone's width: every category name whole and apart from the others, the legend
  // in dark text.
  await expect(page.getByTestId('impact-chart').first()).toBeVisible();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const chart of await page.getByTestId('impact-chart').all()) {
      const area = (await chart.boundingBox())!;
      const labels = await chart.locator('.recharts-yAxis-tick-labels text').all();
      expect(labels.length).toBeGreaterThan(0);
      let bottom = -Infinity;
      for (const label of labels) {
        const box = (await label.boundingBox())!;
        expect(box.x, `${await label.textContent()} at ${width} px`).toBeGreaterThanOrEqual(area.x);
        expect(box.y, `${await label.textContent()} at ${width} px`).toBeGreaterThanOrEqual(bottom - 0.5);
        bottom = box.y + box.height;
      }
      for (const legend of await chart.locator('.recharts-legend-item-text > span').all())
        expect(await legend.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(33, 37, 41)');
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel('Ausgabe', { exact: true }).selectOption(eventId);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: `Bericht zu ${EVENT} als CSV` }).click();
  const file = await download;
  const [header, ...rows] = parseCsv(readFileSync((await file.path())!, 'utf8'));
  expect(header).toEqual(['Aufschlüsselung', 'Gruppe', 'Kennzahl', 'Wert']);
  const value = (metric: string) => rows.find((row) => row[0] === '' && row[2] === metric)?.[3];
  expect(value('Beworbene Organisationen')).toBe('1');
  expect(value('Unterstützte Organisationen')).toBe('1');
  expect(value('Ehrenamtliche Stunden')).toBe('3,5');
  expect(value('Erledigte Nachbereitungen')).toBe('1');

  await page.getByRole('link', { name: `Bericht zu ${EVENT} (druckbar)` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bericht zur Ausgabe' })).toBeVisible();
  await expect(page.getByRole('table', { name: `Kennzahlen von ${EVENT}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // The public page, from the home page: aggregates only, small figures as "weniger als 3", no names.
  await visitor.goto('/');
  await visitor.getByRole('link', { name: 'Zu den Wirkungszahlen' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Was die Veranstaltungen bewirkt haben' })).toBeVisible();
  const lastYear = visitor.getByRole('table', { name: 'Kennzahlen von Nachtschicht Lübeck (Vorjahr)' });
  await expect(lastYear.getByRole('row', { name: /Unterstützte Organisationen/ })).toContainText('10');
  const evening = visitor.getByRole('table', { name: `Kennzahlen von ${EVENT}` });
  await expect(evening.getByRole('row', { name: /Unterstützte Organisationen/ })).toContainText('weniger als 3');
  await expect(
    visitor.getByText(/Eine Organisation mit mehreren Anliegen zählt bei jedem davon mit/).first(),
  ).toBeVisible();
  await expect(visitor.getByRole('main')).not.toContainText('Tafel');
  await expect(visitor.getByRole('main')).not.toContainText('demo.skillshift.local');
  await expectNoAxeViolations(visitor);

  await anonymous.close();
  await contact.context.close();
  await volunteer.context.close();
});
