import { type APIRequestContext, expect, type Page, type Request, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';
const NONPROFIT_CONTACT = 'nonprofit@demo.skillshift.local';
const EVENT = 'Nachtschicht Lübeck';

interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
  attachments: string[];
}

interface BoardTeam {
  challengeId: string;
  title: string;
  teamMin: number;
  skills: { required: boolean; coveredBy: string[] }[];
  members: { volunteerId: string; firstName: string }[];
}

const mailbox = async (request: APIRequestContext) =>
  (await (await request.get('/dev/mailbox.json')).json()) as DevMail[];
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};
/** A datetime-local value on Berlin's clock, `days` from now at 18:00. */
const berlinInput = (days: number) =>
  `${new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000))}T18:00`;

async function changeStatus(page: Page, button: string, status: string) {
  await tabTo(page, page.getByRole('button', { name: button }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Der Status ist jetzt: ${status}` })).toBeVisible();
}

async function boardTeams(page: Page, runId: string): Promise<BoardTeam[]> {
  const response = await page.request.post('/graphql', {
    data: {
      query: `query ($runId: ID!) { matchingBoard(runId: $runId) { slots { teams {
        challengeId title teamMin skills { required coveredBy } members { volunteerId firstName }
      } } } }`,
      variables: { runId },
    },
  });
  const body = (await response.json()) as { data: { matchingBoard: { slots: { teams: BoardTeam[] }[] } } };
  return body.data.matchingBoard.slots.flatMap((slot) => slot.teams);
}

/** How long the page after a volunteer's answer by link may take: it comes from the server while mails go out. */
const ANSWER_PAGE_MS = 20_000;

test('the organizer publishes the demo Nachtschicht; volunteers answer by mail; a replacement is found; the nonprofit confirms', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInThroughMailbox(page, ORGANIZER);

  // Team forming begins and a run is solved (the matching journey shows these pages in detail).
  await page.getByRole('link', { name: 'Veranstaltungen von Hansestadt Lübeck — Social Smart City' }).click();
  await page.getByRole('link', { name: EVENT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await changeStatus(page, 'Anmeldung schließen', 'Anmeldung geschlossen');
  await changeStatus(page, 'Teambildung beginnen', 'Teams werden gebildet');
  await expect(page.getByRole('button', { name: 'Teams veröffentlichen' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Teambildung (Matching)' }).click();
  await page.getByRole('button', { name: 'Lauf starten' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Lauf \d+ ist fertig/ })).toBeVisible({ timeout: 30_000 });
  await page
    .getByRole('link', { name: /^Tafel von Lauf \d+ öffnen$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Lauf \d+: Prüftafel$/ })).toBeVisible();
  const runId = page.url().split('/').pop()!;
  const runNumber = /Lauf (\d+)/.exec((await page.getByRole('heading', { level: 1 }).textContent())!)![1];
  const teams = await boardTeams(page, runId);

  // The publish panel: a deadline, then a confirmation before anything is mailed; all by keyboard.
  const panel = page.getByRole('region', { name: 'Veröffentlichen' });
  await tabTo(page, panel.getByRole('button', { name: `Lauf ${runNumber} veröffentlichen` }));
  await page.keyboard.press('Enter');
  await expect(panel.locator('.error-summary')).toContainText('Bitte geben Sie die Antwortfrist an.');
  await expectNoAxeViolations(page);
  // A deadline in the past is refused before the confirmation, which says the step cannot be undone.
  await panel.getByLabel('Antwortfrist').fill(berlinInput(-1));
  await tabTo(page, panel.getByRole('button', { name: `Lauf ${runNumber} veröffentlichen` }));
  await page.keyboard.press('Enter');
  await expect(panel.locator('.error-summary')).toContainText(
    'Die Antwortfrist muss mindestens 1 Stunde in der Zukunft liegen.',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await panel.getByLabel('Antwortfrist').fill(berlinInput(7));
  await tabTo(page, panel.getByRole('button', { name: `Lauf ${runNumber} veröffentlichen` }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Lauf ${runNumber} veröffentlichen?` });
  await expect(
    confirm.getByText(/\d+ Freiwillige und die Organisationen von \d+ Teams bekommen jetzt eine E-Mail/),
  ).toBeVisible();
  // Peter Kühl registered on paper without an e-mail address: the organizer is told to call him.
  await expect(confirm.getByText(/^Eine Person in den Teams hat keine E-Mail-Adresse/)).toBeVisible();
  await expectNoAxeViolations(page);
  // Focus starts on Cancel (publishing cannot be undone): the person moves to the confirming button on purpose.
  await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm.getByRole('button', { name: 'Ja, jetzt veröffentlichen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Lauf ${runNumber} ist veröffentlicht; die E-Mails gehen jetzt hinaus.` }),
  ).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Antworten verfolgen' })).toBeVisible();
  await expectNoAxeViolations(page);

  // From the dev mailbox: the demo contact's team (its nonprofit confirms later), and a volunteer of another team
  // who can leave it without breaking it (someone else covers each required skill).
  let mails: DevMail[] = [];
  await expect
    .poll(
      async () =>
        (mails = await mailbox(page.request)).filter((mail) => mail.subject.startsWith('Ihr Teamvorschlag')).length,
      {
        timeout: 30_000,
      },
    )
    .toBeGreaterThan(3);
  const teamMail = mails.find(
    (mail) => mail.to === NONPROFIT_CONTACT && mail.subject.startsWith('Ihr vorgeschlagenes Team'),
  )!;
  const contactTeam = teams.find((team) => teamMail.subject.includes(`„${team.title}“`))!;
  const proposalOf = (team: BoardTeam, firstName: string) =>
    mails.find(
      (mail) =>
        mail.subject === `Ihr Teamvorschlag: „${team.title}“ bei ${EVENT}` &&
        mail.text.startsWith(`Hallo ${firstName},`),
    );
  const acceptor = contactTeam.members.find((member) => proposalOf(contactTeam, member.firstName))!;
  const removable = (team: BoardTeam) =>
    team.members.find(
      (member) =>
        team.members.length > team.teamMin &&
        proposalOf(team, member.firstName) &&
        member.volunteerId !== acceptor.volunteerId &&
        !team.skills.some(
          (need) => need.required && need.coveredBy.length === 1 && need.coveredBy[0] === member.firstName,
        ),
    );
  const declineTeam = teams.find((team) => team !== contactTeam && removable(team))!;
  const decliner = removable(declineTeam)!;
  const acceptMail = proposalOf(contactTeam, acceptor.firstName)!;
  const declineMail = proposalOf(declineTeam, decliner.firstName)!;
  expect(acceptMail.text).toContain('Kalendereinladung ist angehängt');
  expect(acceptMail.attachments).toEqual(['invitation.ics']);
  // The dev mailbox hands out the attachment itself, as a mail program would save it.
  const invitation = await page.request.get(`/dev/mailbox-attachments/${acceptMail.id}/0`);
  expect(invitation.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(invitation.headers()['content-disposition']).toContain('invitation.ics');
  expect(await invitation.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*METHOD:PUBLISH[\s\S]*BEGIN:VEVENT/);
  expect(acceptMail.text).not.toMatch(/@demo\.skillshift\.local/);

  // One volunteer accepts by the mail's link: the link shows the proposal, the button records it.
  const acceptLink = acceptMail.links.find((link) => link.includes('/accept?'))!;
  // Someone else's browser: the links work without signing in.
  const visitorContext = await browser.newContext({ locale: 'de-DE', baseURL: test.info().project.use.baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto(pathOf(acceptLink));
  await expect(visitor.getByRole('heading', { level: 1, name: 'Vorschlag zusagen?' })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await tabTo(visitor, visitor.getByRole('button', { name: 'Ja, ich sage zu' }));
  await visitor.keyboard.press('Enter');
  // (The server is still sending the publication's mails: once a CI run's answer took more than 5 s to come back.)
  await expect(visitor.getByRole('heading', { level: 1, name: 'Sie haben zugesagt' })).toBeVisible({
    timeout: ANSWER_PAGE_MS,
  });
  await expectNoAxeViolations(visitor);
  // A second click on the mail's link shows the answer already given.
  await visitor.goto(pathOf(acceptLink));
  await expect(visitor.getByText(/^Sie haben diesen Vorschlag am .* zugesagt\.$/)).toBeVisible();

  // Another declines by theirs.
  await visitor.goto(pathOf(declineMail.links.find((link) => link.includes('/decline?'))!));
  await expect(visitor.getByRole('heading', { level: 1, name: 'Vorschlag absagen?' })).toBeVisible();
  await visitor.getByRole('button', { name: 'Nein, ich sage ab' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Sie haben abgesagt' })).toBeVisible({
    timeout: ANSWER_PAGE_MS,
  });
  await expectNoAxeViolations(visitor);
  await visitorContext.close();
  // The receipts update the proposal's calendar entry: confirmed for the one, taken out for the other.
  const receiptOf = async (to: string, subject: string) => {
    let receipt: DevMail | undefined;
    await expect
      .poll(
        async () => (receipt = (await mailbox(page.request)).find((m) => m.to === to && m.subject.startsWith(subject))),
      )
      .toBeTruthy();
    return receipt!;
  };
  expect((await receiptOf(acceptMail.to, 'Sie haben zugesagt')).attachments).toEqual(['invitation.ics']);
  expect((await receiptOf(declineMail.to, 'Sie haben abgesagt')).attachments).toEqual(['cancellation.ics']);

  // The organizer sees the freed place and asks the engine for a replacement with one action. The page follows
  // answers every 30 seconds by itself: its timers run on a clock the journey can move on (further below).
  await page.clock.install();
  await panel.getByRole('link', { name: 'Antworten verfolgen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Veröffentlichung: ${EVENT}` })).toBeVisible();
  await expect(page.getByText('Brauchen Ersatz: 1')).toBeVisible();
  const declineTable = page.getByRole('table', { name: `Plätze im Team „${declineTeam.title}“` });
  await expect(
    declineTable.getByRole('row', { name: new RegExp(`^${decliner.firstName} Braucht Ersatz \\(abgesagt\\)`) }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: `Plätze im Team „${contactTeam.title}“` })
      .getByRole('row', { name: new RegExp(`^${acceptor.firstName} Zugesagt`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: `Ersatz finden für „${declineTeam.title}“` }));
  await page.keyboard.press('Enter');
  const found = page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^Für „${escape(declineTeam.title)}“ ist jetzt .+ vorgeschlagen\\.$`) });
  await expect(found).toBeVisible();
  const replacement = /ist jetzt (.+) vorgeschlagen/.exec((await found.textContent())!)![1];
  await expect(
    declineTable.getByRole('row', { name: new RegExp(`^${decliner.firstName} Ersetzt \\(abgesagt\\)`) }),
  ).toBeVisible();
  await expect(
    declineTable.getByRole('row', { name: new RegExp(`^${replacement} Vorgeschlagen, Antwort steht aus`) }),
  ).toBeVisible();
  await expect(page.getByText('Brauchen Ersatz: 0')).toBeVisible();
  await expectNoAxeViolations(page);

  // Someone who registered on paper has no e-mail address and got no mail: the page says to call them, with their
  // number, and the organizer records the answer they gave on the phone; all by keyboard.
  const unmailed = page
    .getByRole('row')
    .filter({ hasText: 'Keine E-Mail-Adresse: bitte anrufen · Telefon: +49 40 66969' })
    .filter({ has: page.getByRole('button', { name: /^Antwort von .+ eintragen$/ }) })
    .first();
  // The flag is under the name, in the same cell: the name is taken from the button's.
  await expect(unmailed.getByRole('rowheader')).toContainText('Keine E-Mail-Adresse: bitte anrufen');
  const caller = /^Antwort von (.+) eintragen$/.exec(
    (await unmailed.getByRole('button', { name: /^Antwort von .+ eintragen$/ }).getAttribute('aria-label'))!,
  )![1];
  await expect(unmailed.getByRole('link', { name: /^\+49 40 66969 \d+$/ })).toHaveAttribute('href', /^tel:\+494066969/);
  // The team's table, held by its id: the row changes once the answer is in.
  const callerPlaces = page.locator(
    `#${await page
      .getByRole('region', { name: /^Plätze im Team/ })
      .filter({ has: unmailed })
      .getAttribute('id')}`,
  );
  await callerPlaces.focus();
  await tabTo(page, unmailed.getByRole('button', { name: `Antwort von ${caller} eintragen` }));
  await page.keyboard.press('Enter');
  const record = page.getByRole('dialog', { name: `Antwort von ${caller} eintragen` });
  await expect(record.getByText(`${caller} hat keine E-Mail-Adresse und bekommt keine Bestätigung.`)).toBeVisible();
  await expect(record.getByRole('radio', { name: 'Sagt zu' })).toBeFocused();
  await expect(record).toBeInViewport();
  await expectNoAxeViolations(page);
  // Closed with Escape, focus is back on the button that opened it (not on the page's heading), and stays there.
  const recordButton = unmailed.getByRole('button', { name: `Antwort von ${caller} eintragen` });
  await page.keyboard.press('Escape');
  await expect(record).toHaveCount(0);
  await expect(recordButton).toBeFocused();
  await page.waitForTimeout(400); // past focus-rescue's next look
  await expect(recordButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(record.getByRole('radio', { name: 'Sagt zu' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(record.getByRole('radio', { name: 'Sagt zu' })).toBeChecked();
  await tabTo(page, record.getByRole('textbox', { name: 'Notiz (freiwillig)' }));
  await page.keyboard.type('am Telefon');
  await tabTo(page, record.getByRole('button', { name: 'Antwort eintragen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Die Zusage von ${caller} ist eingetragen.` })).toBeVisible();
  await expect(record).toHaveCount(0);
  // Focus is on the caller's row; Tab goes on to their phone number and to what can be done for them now.
  const callerRow = callerPlaces.getByRole('row', {
    name: new RegExp(`^${escape(caller)} Keine E-Mail-Adresse · Telefon: \\+49 40 66969 \\d+ Zugesagt`),
  });
  await expect(callerRow).toBeVisible();
  await expect(callerRow.getByRole('rowheader')).toBeFocused();
  await tabTo(page, callerPlaces.getByRole('button', { name: `Absage von ${caller} eintragen` }));
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The phone number sits under the name, in view without scrolling the table sideways, and on one line.
  const phone = await callerPlaces.getByRole('link', { name: /^\+49 40 66969 \d+$/ }).boundingBox();
  expect(phone!.x + phone!.width).toBeLessThanOrEqual(320);
  expect(phone!.height).toBeLessThan(30);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  let replacementMail: DevMail | undefined;
  await expect
    .poll(
      async () =>
        (replacementMail = (await mailbox(page.request)).find(
          (mail) =>
            mail.subject === `Ihr Teamvorschlag: „${declineTeam.title}“ bei ${EVENT}` &&
            mail.text.startsWith(`Hallo ${replacement},`) &&
            mail.text.includes('ist ein Platz frei geworden'),
        )),
    )
    .toBeTruthy();

  // The organizer's page stays open, its clock stopped, so that it cannot look for answers until the journey says so.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  const replacementPlace = declineTable.getByRole('row', { name: new RegExp(`^${escape(replacement)} `) });
  await expect(replacementPlace).toHaveAccessibleName(new RegExp(`^${escape(replacement)} Vorgeschlagen`));

  // The replacement declines on the dashboard instead: asked first in a dialog, all by keyboard.
  const replacementContext = await browser.newContext({ locale: 'de-DE', baseURL: test.info().project.use.baseURL });
  const volunteer = await replacementContext.newPage();
  await signInThroughMailbox(volunteer, replacementMail!.to);
  const declineButton = volunteer.getByRole('button', { name: `Absagen für „${declineTeam.title}“` });
  await tabTo(volunteer, declineButton);
  await volunteer.keyboard.press('Enter');
  const declineDialog = volunteer.getByRole('dialog', { name: `„${declineTeam.title}“ absagen?` });
  await expect(declineDialog).toContainText('Eine Absage lässt sich nicht zurücknehmen.');
  await expect(declineDialog.getByRole('button', { name: 'Nicht absagen' })).toBeFocused();
  await expectNoAxeViolations(volunteer);
  await volunteer.keyboard.press('Escape');
  await expect(declineDialog).toHaveCount(0);
  await expect(declineButton).toBeFocused();
  await volunteer.keyboard.press('Enter');
  await expect(declineDialog.getByRole('button', { name: 'Nicht absagen' })).toBeFocused();
  await volunteer.keyboard.press('Shift+Tab');
  await expect(declineDialog.getByRole('button', { name: 'Ja, ich sage ab' })).toBeFocused();
  await volunteer.keyboard.press('Enter');
  await expect(
    volunteer.getByRole('status').filter({ hasText: `Sie haben „${declineTeam.title}“ abgesagt.` }),
  ).toBeVisible();
  await expect(declineDialog).toHaveCount(0);
  await expect(volunteer.getByText('Stand: Abgesagt')).toBeVisible();
  await expectNoAxeViolations(volunteer);
  await replacementContext.close();
  expect((await receiptOf(replacementMail!.to, 'Sie haben abgesagt')).attachments).toEqual(['cancellation.ics']);
  // The organizer's page has not asked since: it still shows the place as proposed. Thirty seconds on, it asks by
  // itself and shows the answer given elsewhere, without a reload.
  await expect(replacementPlace).toHaveAccessibleName(new RegExp(`^${escape(replacement)} Vorgeschlagen`));
  await expect(page.getByText('Brauchen Ersatz: 0')).toBeVisible();
  // (a mark on this document: a reload would lose it)
  await page.evaluate(() => ((window as unknown as { sameDocument?: boolean }).sameDocument = true));
  // While the page is hidden (another tab in front) it does not ask: 30 seconds on, no request, the old state.
  let asked = 0;
  const count = (request: Request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('query Publication(')) asked++;
  };
  page.on('request', count);
  await page.evaluate(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => true }));
  await page.clock.fastForward(30_000);
  await page.waitForTimeout(1_500);
  expect(asked).toBe(0);
  await expect(page.getByText('Brauchen Ersatz: 0')).toBeVisible();
  // In view again (the document's own `hidden` back): the next 30 seconds bring the answer.
  await page.evaluate(() => delete (document as { hidden?: boolean }).hidden);
  await page.clock.fastForward(30_000);
  await page.clock.resume();
  const declined = new RegExp(`^${escape(replacement)} Braucht Ersatz \\(abgesagt\\)`);
  // Well within the next 30 seconds of real time, so the answer shows because the clock was moved on.
  await expect(replacementPlace).toHaveAccessibleName(declined, { timeout: 10_000 });
  expect(asked).toBeGreaterThan(0);
  page.off('request', count);
  await expect(page.getByText('Brauchen Ersatz: 1')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expectNoAxeViolations(page);

  // The nonprofit sees its team by first names and skills, confirms it, and only then sees the contact data.
  const nonprofitContext = await browser.newContext({ locale: 'de-DE', baseURL: test.info().project.use.baseURL });
  const nonprofit = await nonprofitContext.newPage();
  await signInThroughMailbox(nonprofit, NONPROFIT_CONTACT);
  const teamsLink = pathOf(teamMail.links.find((link) => link.includes('/teams'))!);
  await nonprofit.locator(`a[href="${teamsLink}"]`).click();
  await expect(nonprofit.getByRole('heading', { level: 1, name: /^Teams: / })).toBeVisible();
  const card = nonprofit.getByRole('article', { name: contactTeam.title });
  await expect(card.getByText(`${acceptor.firstName}`, { exact: true })).toBeVisible();
  await expect(card.getByText('Hat zugesagt · Noch nicht bestätigt')).toBeVisible();
  await expect(card.getByRole('link', { name: /@/ })).toHaveCount(0);
  await expectNoAxeViolations(nonprofit);
  await tabTo(nonprofit, card.getByRole('button', { name: `Team „${contactTeam.title}“ bestätigen` }));
  await nonprofit.keyboard.press('Enter');
  await expect(
    nonprofit.getByRole('status').filter({ hasText: `Sie haben das Team „${contactTeam.title}“ bestätigt.` }),
  ).toBeVisible();
  await expect(card.getByRole('link', { name: /@demo\.skillshift\.local$/ })).toHaveCount(1);
  await expect(card.getByText('Sie haben dieses Team bestätigt.')).toBeVisible();
  await expectNoAxeViolations(nonprofit);
  await nonprofit.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => nonprofit.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(nonprofit);
  await nonprofitContext.close();

  // The volunteer who accepted gets the nonprofit's contact by mail now.
  await expect
    .poll(async () =>
      (await mailbox(page.request)).some((mail) => mail.subject === `Ihr Team ist bestätigt: „${contactTeam.title}“`),
    )
    .toBe(true);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
