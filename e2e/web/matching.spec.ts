import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';
const EVENT = 'Nachtschicht Lübeck';

interface BoardTeam {
  challengeId: string;
  title: string;
  teamMin: number;
  skills: { required: boolean; coveredBy: string[] }[];
  members: { volunteerId: string; firstName: string; pinned: boolean }[];
}

/** The board as the page's own session sees it, to pick a pair and a move the journey can rely on. */
async function boardTeams(page: Page, runId: string): Promise<BoardTeam[]> {
  const response = await page.request.post('/graphql', {
    data: {
      query: `query ($runId: ID!) { matchingBoard(runId: $runId) { slots { teams {
        challengeId title teamMin skills { required coveredBy } members { volunteerId firstName pinned }
      } } } }`,
      variables: { runId },
    },
  });
  const body = (await response.json()) as { data: { matchingBoard: { slots: { teams: BoardTeam[] }[] } } };
  return body.data.matchingBoard.slots.flatMap((slot) => slot.teams);
}

interface UnservedOnBoard {
  challenge: { challengeId: string; title: string; slotIds: string[]; code: string; reason: string };
  /** A team in one of the challenge's slots, and someone in it: the challenge is among their "Move to …" options. */
  team: string;
  volunteer: { volunteerId: string; firstName: string };
}

/** A challenge the run left without a team, and someone in a team that runs in one of its slots. */
async function unservedWithCandidate(page: Page, runId: string, taken: string[]): Promise<UnservedOnBoard | undefined> {
  const response = await page.request.post('/graphql', {
    data: {
      query: `query ($runId: ID!) { matchingBoard(runId: $runId) {
        slots { id teams { title members { volunteerId firstName } } }
        unserved { challengeId title slotIds code reason }
      } }`,
      variables: { runId },
    },
  });
  const board = (
    (await response.json()) as {
      data: {
        matchingBoard: {
          slots: { id: string; teams: { title: string; members: UnservedOnBoard['volunteer'][] }[] }[];
          unserved: UnservedOnBoard['challenge'][];
        };
      };
    }
  ).data.matchingBoard;
  for (const challenge of board.unserved)
    for (const slot of board.slots.filter((candidate) => challenge.slotIds.includes(candidate.id)))
      for (const team of slot.teams) {
        const volunteer = team.members.find((member) => !taken.includes(member.volunteerId));
        if (volunteer) return { challenge, team: team.title, volunteer };
      }
  return undefined;
}

/** Tabs to `target`, forwards or, when it lies behind the focus, backwards. */
async function reach(page: Page, target: Locator) {
  const focused = () => target.evaluate((element) => element === document.activeElement);
  for (const key of ['Tab', 'Shift+Tab'])
    for (let presses = 0; presses < 150 && !(await focused()); presses++) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

/** Opens a member's action menu by keyboard and activates the item called `item`. */
async function chooseAction(page: Page, button: Locator, item: string) {
  await reach(page, button);
  await page.keyboard.press('Enter');
  const wanted = page.getByRole('menuitem', { name: item });
  await expect(wanted).toBeVisible();
  for (let presses = 0; presses < 6 && !(await wanted.evaluate((node) => node === document.activeElement)); presses++)
    await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeFocused();
  await page.keyboard.press('Enter');
}

/**
 * Drags `handle` with the mouse onto `target`: press, a few small steps past the activation distance, then, with the
 * target scrolled to the middle of the screen, on to it in steps; `whileOver` runs before letting go. Both ends stay
 * in the middle of the screen, away from the edges where dragging scrolls the page by itself.
 */
async function dragOnto(page: Page, handle: Locator, target: Locator, whileOver?: () => Promise<void>) {
  const toMiddle = (locator: Locator) =>
    locator.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'center' }));
  await toMiddle(handle);
  const from = (await handle.boundingBox())!;
  const [x, y] = [from.x + from.width / 2, from.y + from.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 12, { steps: 4 });
  await toMiddle(target);
  const to = (await target.boundingBox())!;
  const middle = page.viewportSize()!.height / 2;
  await page.mouse.move(to.x + to.width / 2, Math.max(to.y + 10, Math.min(to.y + to.height - 10, middle)), {
    steps: 12,
  });
  await whileOver?.();
  await page.mouse.up();
}

async function changeStatus(page: Page, button: string, status: string) {
  await tabTo(page, page.getByRole('button', { name: button }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Der Status ist jetzt: ${status}` })).toBeVisible();
}

test('the organizer forms the teams of the demo Nachtschicht: runs, explains, pins, excludes, moves, re-runs, compares', async ({
  page,
}) => {
  // (about 1.7 minutes on a loaded machine before the pin to a challenge without a team was added: 2 left too little)
  test.setTimeout(180_000);
  await signInThroughMailbox(page, ORGANIZER);

  // The event page: registration closes, team forming begins, all through the interface.
  await page.getByRole('link', { name: 'Veranstaltungen von Hansestadt Lübeck — Social Smart City' }).click();
  await page.getByRole('link', { name: EVENT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await changeStatus(page, 'Anmeldung schließen', 'Anmeldung geschlossen');
  await changeStatus(page, 'Teambildung beginnen', 'Teams werden gebildet');
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Teambildung (Matching)' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Teambildung: ${EVENT}` })).toBeVisible();
  await expect(page.getByText(/^Angenommene Herausforderungen: \d+ · angemeldete Freiwillige: \d+/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Run 1, solved in the background while the page polls; the page says when it is done.
  const started = Date.now();
  await tabTo(page, page.getByRole('button', { name: 'Lauf starten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Lauf 1 ist fertig: Teams für \d+ von \d+/ })).toBeVisible({
    timeout: 20_000,
  });
  console.log(`run 1 of the demo Nachtschicht, click to "done" on the page: ${Date.now() - started} ms`);
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Tafel von Lauf 1 öffnen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lauf 1: Prüftafel' })).toBeVisible();
  await expect(page.getByText(/^Güte: /)).toBeVisible();
  await expectNoAxeViolations(page);
  const runId = page.url().split('/').pop()!;
  const teams = await boardTeams(page, runId);
  expect(teams.length).toBeGreaterThan(2);

  // A member who can leave their team without breaking it: more than the minimum, and not its only coverer.
  const removable = (team: BoardTeam) =>
    team.members.find(
      (member) =>
        team.members.length > team.teamMin &&
        !team.skills.some(
          (need) => need.required && need.coveredBy.length === 1 && need.coveredBy[0] === member.firstName,
        ),
    );
  const moveTeam = teams.find((team) => removable(team))!;
  const mover = removable(moveTeam)!;
  const [pinTeam, excludeTeam] = teams.filter((team) => team !== moveTeam);
  const pinned = pinTeam.members[0];
  const excluded = excludeTeam.members[0];
  const actions = (name: string, challenge: string) =>
    page.getByRole('button', { name: `Aktionen für ${name} in „${challenge}“` });

  // Why does this pair score what it scores?
  await chooseAction(page, actions(pinned.firstName, pinTeam.title), 'Warum diese Bewertung?');
  const explanation = page.getByRole('dialog', { name: `${pinned.firstName} und „${pinTeam.title}“` });
  await expect(explanation).toBeVisible();
  // Over the page, where the person is, not somewhere below it (a dialog without its style sheet lands at the end).
  await expect(explanation).toBeInViewport();
  await expect(explanation.getByRole('table', { name: /So entsteht die Bewertung/ })).toBeVisible();
  await expect(
    explanation.getByText(`${pinned.firstName} ist in diesem Lauf in „${pinTeam.title}“.`, { exact: false }),
  ).toBeVisible();
  await expect(explanation.getByText(/^Bewertung 0,\d\d von 1\. /)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(explanation).toBeHidden();

  // Pin a pair, exclude another.
  await chooseAction(page, actions(pinned.firstName, pinTeam.title), 'An diese Herausforderung festlegen');
  await expect(
    page.getByRole('status').filter({ hasText: `${pinned.firstName} ist an „${pinTeam.title}“ festgelegt` }),
  ).toBeVisible();
  await expect(page.getByRole('article', { name: pinTeam.title }).getByText(/Festgelegt$/)).toBeVisible();
  await chooseAction(page, actions(excluded.firstName, excludeTeam.title), 'Von dieser Herausforderung ausschließen');
  await expect(
    page.getByRole('status').filter({ hasText: `${excluded.firstName} ist von „${excludeTeam.title}“ ausgeschlossen` }),
  ).toBeVisible();
  // The board shows it, and the person's menu now offers to lift it instead.
  await expect(
    page.getByRole('article', { name: excludeTeam.title }).getByText('Ab dem nächsten Lauf ausgeschlossen'),
  ).toBeVisible();
  await actions(excluded.firstName, excludeTeam.title).click();
  await expect(page.getByRole('menuitem', { name: 'Ausschluss aufheben' })).toBeVisible();
  // Open, the menu holds only menu items, and focus is on the first of them.
  await expect(page.getByRole('menuitem', { name: 'Warum diese Bewertung?' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  // A pinned person cannot be moved away: the refusal names them and their team.
  await chooseAction(page, actions(pinned.firstName, pinTeam.title), 'Verschieben nach …');
  let dialog = page.getByRole('dialog', { name: `${pinned.firstName} verschieben` });
  await expect(dialog.getByRole('combobox', { name: 'Neues Team' })).toBeFocused();
  await expect(dialog).toBeInViewport();
  await page.keyboard.type('Ohne');
  await tabTo(page, dialog.getByRole('button', { name: 'Verschieben', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText(
    `${pinned.firstName} ist an „${pinTeam.title}“ festgelegt: Entfernen Sie zuerst die Festlegung.`,
  );
  // Focus is on the refusal (the busy button had lost it), not on the page.
  await expect(dialog.getByRole('alert')).toBeFocused();
  await expectNoAxeViolations(page);
  // Closed without a move, focus goes back to the person's actions, not to the top of the page; every time.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(actions(pinned.firstName, pinTeam.title)).toBeFocused();
  await page.waitForTimeout(400); // past the closing transition and focus-rescue's next look
  await expect(actions(pinned.firstName, pinTeam.title)).toBeFocused();
  await chooseAction(page, actions(pinned.firstName, pinTeam.title), 'Verschieben nach …');
  await expect(dialog.getByText(`${pinned.firstName} ist zurzeit in „${pinTeam.title}“.`)).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Abbrechen' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(actions(pinned.firstName, pinTeam.title)).toBeFocused();

  // Move a volunteer by keyboard.
  await chooseAction(page, actions(mover.firstName, moveTeam.title), 'Verschieben nach …');
  dialog = page.getByRole('dialog', { name: `${mover.firstName} verschieben` });
  await expect(dialog.getByRole('combobox', { name: 'Neues Team' })).toBeFocused();
  await page.keyboard.type('Ohne');
  await expect(dialog.getByRole('combobox', { name: 'Neues Team' })).toHaveValue('none');
  await tabTo(page, dialog.getByRole('button', { name: 'Verschieben', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${mover.firstName} ist jetzt ohne Team.` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Aktionen für ${mover.firstName}`, exact: true })).toBeFocused();
  await expect(page.getByText(/^Eine Änderung von Hand seit dem Lauf/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The same by drag and drop with the mouse. A pinned person dropped on another team is refused at once, in the
  // dialog's words; while dragging, the teams that would take them are marked, and the page stays accessible.
  const moveCard = page.getByRole('article', { name: moveTeam.title, exact: true });
  await dragOnto(
    page,
    page.getByRole('button', { name: `${pinned.firstName} aus „${pinTeam.title}“ in ein anderes Team ziehen` }),
    moveCard,
    async () => {
      await expect(moveCard).toHaveClass(/matching-drop-over/);
      await expect(page.getByRole('article', { name: excludeTeam.title, exact: true })).toHaveClass(
        /matching-drop-target/,
      );
      await expect(page.getByRole('article', { name: pinTeam.title, exact: true })).not.toHaveClass(
        /matching-drop-target/,
      );
      await expect(
        page.getByRole('status').filter({ hasText: `${pinned.firstName} über „${moveTeam.title}“.` }),
      ).toHaveCount(1);
      await expectNoAxeViolations(page);
    },
  );
  const refusal = page.getByRole('alert').filter({ hasText: 'Diese Verschiebung ist nicht möglich' });
  await expect(refusal).toContainText(
    `${pinned.firstName} ist an „${pinTeam.title}“ festgelegt: Entfernen Sie zuerst die Festlegung.`,
  );
  // Shown where it can be read, wherever on the board the drop happened.
  await expect(refusal).toBeInViewport();
  await expect(
    page.getByRole('article', { name: pinTeam.title, exact: true }).getByText(pinned.firstName, { exact: true }),
  ).toBeVisible();
  // The volunteer moved out above, dragged from "without a team" back onto their team.
  await dragOnto(
    page,
    page.getByRole('button', { name: `${mover.firstName} in ein Team ziehen`, exact: true }),
    moveCard,
  );
  await expect(
    page.getByRole('status').filter({ hasText: `${mover.firstName} ist jetzt in „${moveTeam.title}“.` }),
  ).toBeVisible();
  await expect(refusal).toBeHidden();
  await expect(moveCard.getByText(mover.firstName, { exact: true })).toBeVisible();
  await expect(page.getByText(/^2 Änderungen von Hand seit dem Lauf/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A challenge left without a team is among the "Move to …" options. The demo's such challenges each ask for a skill
  // nobody who can come has: nobody moved or pinned there would give them a team (the next run would fail on the pin),
  // so the option is shown with the reason, and not offered. (Pinning to one that a pin helps: MatchingPages.test.)
  const found = await unservedWithCandidate(
    page,
    runId,
    [pinned, excluded, mover].map((person) => person.volunteerId),
  );
  expect(found, 'run 1 of the demo leaves a challenge without a team').toBeDefined();
  const { challenge: unserved, team: starterTeam, volunteer: starter } = found!;
  expect(unserved.code).toBe('SKILL_NOT_COVERED');
  await chooseAction(page, actions(starter.firstName, starterTeam), 'Verschieben nach …');
  dialog = page.getByRole('dialog', { name: `${starter.firstName} verschieben` });
  const newTeam = dialog.getByRole('combobox', { name: 'Neues Team' });
  await expect(newTeam).toBeFocused();
  const blocked = newTeam.locator('option', { hasText: `${unserved.title} (noch ohne Team: ` });
  await expect(blocked).toHaveText(`${unserved.title} (noch ohne Team: ${unserved.reason.replace(/\.$/, '')})`);
  await expect(blocked).toBeDisabled();
  // (the arrow keys pass over it: it cannot be chosen)
  for (let presses = 0; presses < 40; presses++) await page.keyboard.press('ArrowDown');
  expect(await newTeam.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.disabled)).toBe(false);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(actions(starter.firstName, starterTeam)).toBeFocused();

  // On a small phone the board reflows: nothing wider than the screen.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Run 2 keeps the pin and the exclusion.
  await reach(page, page.getByRole('link', { name: 'Alle Läufe der Veranstaltung' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Teambildung: ${EVENT}` })).toBeVisible();
  await expect(page.getByText(`${pinned.firstName} in „${pinTeam.title}“`)).toBeVisible();
  await expect(page.getByText(`${excluded.firstName} nie in „${excludeTeam.title}“`)).toBeVisible();
  // What if shared causes counted more? The sliders work with the arrow keys.
  await reach(page, page.getByText('Was wäre, wenn? Faktoren anders gewichten'));
  await page.keyboard.press('Enter');
  const causes = page.getByRole('slider', { name: 'Gemeinsame Anliegen' });
  await reach(page, causes);
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
  await expect(causes).toHaveAttribute('aria-valuenow', '0.4');
  await expect(page.getByText('0,40 (zählt 32 %)')).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: 'Lauf mit diesen Gewichten starten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Lauf 2 ist fertig/ })).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);

  // Compare the two runs.
  await tabTo(page, page.getByRole('button', { name: 'Vergleichen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lauf 1 und Lauf 2 im Vergleich' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Kennzahlen beider Läufe/ })).toBeVisible();
  // On a small phone the table scrolls sideways inside its region, and its caption wraps within the screen.
  await page.setViewportSize({ width: 320, height: 800 });
  const caption = page.locator('caption', { hasText: 'Kennzahlen beider Läufe' });
  await expect
    .poll(async () => {
      const box = await caption.boundingBox();
      return box ? box.x + box.width : Number.POSITIVE_INFINITY;
    })
    .toBeLessThanOrEqual(320);
  await expect(page.getByRole('table', { name: /Kennzahlen beider Läufe/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  // Run 2 weighed shared causes more: its score measures something else, and the page says so.
  await expect(page.getByText(/Die beiden Läufe haben die Faktoren unterschiedlich gewichtet/)).toBeVisible();
  const moved = page.getByRole('table', { name: /Freiwillige, deren Teams sich/ });
  await expect(moved.getByRole('rowheader', { name: excluded.firstName })).toBeVisible();
  await expectNoAxeViolations(page);

  // The audit log says who did what.
  await page.getByRole('link', { name: 'Alle Läufe der Veranstaltung' }).click();
  await tabTo(page, page.getByRole('link', { name: 'Protokoll' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Protokoll: ${EVENT}` })).toBeVisible();
  const log = page.getByRole('table', { name: /Wer hat was wann getan/ });
  await expect(log.getByText(`${pinned.firstName} an „${pinTeam.title}“ festgelegt.`)).toBeVisible();
  await expect(log.getByText(/^Lauf 2 gestartet/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Was' }).selectOption({ label: 'Person verschoben' });
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await expect(page.getByText('2 Einträge')).toBeVisible();
  await expect(
    log.getByText(`${mover.firstName} in Lauf 1 von „${moveTeam.title}“ nach „ohne Team“ verschoben.`),
  ).toBeVisible();
  await expect(
    log.getByText(`${mover.firstName} in Lauf 1 von „ohne Team“ nach „${moveTeam.title}“ verschoben.`),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to open registration, so that the other journeys find the Nachtschicht as the seed left it.
  await page.getByRole('link', { name: 'Alle Läufe der Veranstaltung' }).click();
  await page.getByRole('link', { name: 'Zurück zur Veranstaltung' }).click();
  await changeStatus(page, 'Zurück zur geschlossenen Anmeldung', 'Anmeldung geschlossen');
  await changeStatus(page, 'Anmeldung wieder öffnen', 'Anmeldung offen');

  // Last year's edition: its published run is listed, and its board shows the teams and why two challenges had none.
  await page.goto('/dashboard');
  await page.getByRole('link', { name: 'Veranstaltungen von Hansestadt Lübeck — Social Smart City' }).click();
  await page.getByRole('link', { name: 'Nachtschicht Lübeck (Vorjahr)', exact: true }).click();
  await page.getByRole('link', { name: 'Teambildung (Matching)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Teambildung: Nachtschicht Lübeck (Vorjahr)' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Tafel von Lauf 1 öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lauf 1: Prüftafel' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
