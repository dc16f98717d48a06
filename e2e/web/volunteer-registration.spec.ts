import { expect, type APIRequestContext, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';
const EVENT = 'Nachtschicht Lübeck';

interface DevMail {
  to: string;
  subject: string;
  links: string[];
}

/** The newest link to /auth/verify mailed to `email`, once it is in the dev mailbox. */
async function verifyLinkFor(page: Page, email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await page.request.get('/dev/mailbox.json')).json()) as DevMail[];
        link = mails
          .filter((mail) => mail.to === email)
          .flatMap((mail) => mail.links)
          .find((candidate) => candidate.includes('/auth/verify?token='));
        return link;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'accept-language': 'en' } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function nachtschichtId(request: APIRequestContext): Promise<string> {
  const { upcomingEvents } = await graphql<{ upcomingEvents: { id: string; name: string; status: string }[] }>(
    request,
    `
      {
        upcomingEvents {
          id
          name
          status
        }
      }
    `,
  );
  return upcomingEvents.find((event) => event.name === EVENT && event.status === 'OPEN')!.id;
}

test('a volunteer registers in English with skills and availability, keyboard only', async ({ page }) => {
  const email = `grete.${Date.now()}@volunteer.example`;
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: 'English' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('link', { name: EVENT, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Register as a volunteer' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/volunteer\/register\?event=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Register as a volunteer' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sign up: name and address; the mailed link brings the person back to this form.
  await tabTo(page, page.getByRole('textbox', { name: /^Your name/ }));
  await page.keyboard.type('Grete Keyboard');
  await tabTo(page, page.getByRole('textbox', { name: /^E-mail address/ }).first());
  await page.keyboard.type(email);
  await tabTo(page, page.getByRole('button', { name: 'Send confirmation link' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`A link is on its way to ${email}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(await verifyLinkFor(page, email));
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: 'Sign in' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/volunteer\/register\?event=/);
  await expect(page.getByRole('heading', { level: 1, name: `Register as a volunteer: ${EVENT}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Grete Keyboard');
  await expectNoAxeViolations(page);

  // A first try with a phone of too few digits and nothing chosen: one answer names every problem, each list by its
  // legend, the phone by the rule it breaks, the consent with the rest.
  const phone = page.getByRole('textbox', { name: /^Phone/ });
  await tabTo(page, phone);
  await page.keyboard.type('12');
  // Enter in a text field sends the form, as its submit button would.
  await page.keyboard.press('Enter');
  const problems = page.getByRole('alert').filter({ hasText: 'Please correct the following' });
  await expect(problems).toBeFocused();
  for (const entry of [
    'Phone: Please enter a phone number with at least 5 digits.',
    'Languages: Please choose at least one.',
    'How you can work: Please choose at least one.',
    'When can you come? Please choose at least one.',
  ])
    await expect(problems.getByRole('link', { name: entry, exact: true })).toBeVisible();
  await expect(
    problems.getByRole('link', { name: /^I agree to the processing of my data.*: Please agree/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, phone);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('+49 451 555 0101');

  // Skills: search as you type, pick with the arrow keys and Enter, set the level with the arrow keys.
  const search = page.getByRole('combobox', { name: 'Your skills' });
  await tabTo(page, search);
  await page.keyboard.type('wordpress');
  await expect(page.getByRole('listbox', { name: 'Your skills' }).getByRole('option').first()).toContainText(
    'WordPress',
  );
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const wordpress = page.getByRole('group', { name: 'WordPress' });
  await expect(wordpress).toBeVisible();
  await expect(search).toBeFocused();
  await page.keyboard.type('Datenschutz');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Data protection & GDPR' })).toBeVisible();
  const level = wordpress.getByRole('combobox', { name: /^Your level/ });
  await tabTo(page, level);
  await page.keyboard.press('ArrowDown');
  await expect(level).toHaveValue('3');

  for (const name of ['German', 'English', 'On site', 'Hybrid', 'Education', 'Older people']) {
    const box = page.getByRole('checkbox', { name, exact: true });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const consent = page.getByRole('checkbox', { name: /^I agree to the processing of my data/ });
  await tabTo(page, consent);
  await page.keyboard.press('Space');
  await expect(page.getByText('Version of this text: no. 1 of November 2026')).toBeVisible();

  const firstSlot = page.locator('#volunteer-slotIds');
  await tabTo(page, firstSlot);
  await page.keyboard.press('Space');
  await expect(firstSlot).toBeChecked();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('button', { name: 'Register for this event', exact: true }));
  await page.keyboard.press('Enter');
  const done = page.getByRole('heading', { level: 2, name: 'You are registered' });
  await expect(done).toBeFocused();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Go to my dashboard' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);
  const card = page.getByRole('region', { name: 'Volunteering' }).getByRole('article', { name: EVENT });
  await expect(card).toContainText('Registered');
  await expect(card.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Your profile lists 2 skills.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The same person cannot register twice: the form says where to change the registration instead.
  await page.goBack();
  await page.reload();
  await expect(page.getByText('You are already registered')).toBeVisible();
});

test('the demo organizer sees the event’s supply and demand, with shortages marked', async ({ page }) => {
  await signInThroughMailbox(page, ORGANIZER, 'en');
  const eventId = await nachtschichtId(page.request);

  // An accepted challenge that needs a skill at expert level which no registered volunteer offers.
  const { eventVolunteers } = await graphql<{
    eventVolunteers: { status: string; skills: { skill: string; level: number }[] }[];
  }>(
    page.request,
    `
      query ($eventId: ID!) {
        eventVolunteers(eventId: $eventId) {
          status
          skills {
            skill
            level
          }
        }
      }
    `,
    {
      eventId,
    },
  );
  const offeredAtExpertLevel = new Set(
    eventVolunteers
      .filter((volunteer) => volunteer.status === 'REGISTERED')
      .flatMap((volunteer) =>
        volunteer.skills.filter((offered) => offered.level === 4).map((offered) => offered.skill),
      ),
  );
  const rare = [
    'finance.e-invoicing',
    'process.forms.limesurvey',
    'it.printers',
    'media.podcast',
    'finance.e-signature',
  ].find((skill) => !offeredAtExpertLevel.has(skill))!;
  const { volunteerEventOptions } = await graphql<{ volunteerEventOptions: { slots: { id: string }[] } }>(
    page.request,
    `
      query ($eventId: ID!) {
        volunteerEventOptions(eventId: $eventId) {
          slots {
            id
          }
        }
      }
    `,
    { eventId },
  );
  const stamp = Date.now();
  const { registerNonprofitByIntake } = await graphql<{ registerNonprofitByIntake: { challenge: { id: string } } }>(
    page.request,
    `
      mutation ($eventId: ID!, $input: AssistedIntakeInput!) {
        registerNonprofitByIntake(eventId: $eventId, input: $input) {
          challenge {
            id
          }
        }
      }
    `,
    {
      eventId,
      input: {
        consentMethod: 'PHONE',
        contact: { name: 'Hanne Rechnung', phone: '0451 998877', locale: 'de' },
        nonprofit: {
          name: `Förderverein Rechnungswesen ${stamp}`,
          legalForm: 'EV',
          causes: ['SOCIAL'],
          city: 'Lübeck',
          description: 'Ein kleiner Verein, der seine Buchhaltung digital machen möchte.',
        },
        challenge: {
          title: `E-Rechnungen für den Verein ${stamp}`,
          problem: 'Rechnungen kommen als PDF und Papier, und ab nächstem Jahr müssen wir E-Rechnungen lesen können.',
          goal: 'Ein Weg, E-Rechnungen zu empfangen, zu prüfen und abzulegen, den der Vorstand selbst gehen kann.',
          beneficiaries: 'Der ehrenamtliche Vorstand und die Kassenprüfung.',
          tools: 'Excel, Papierordner',
          skills: [
            { skill: rare, level: 4, required: true },
            { skill: 'web.cms.wordpress', level: 2, required: false },
          ],
          teamMin: 1,
          teamMax: 2,
          languages: ['de'],
          format: 'ONSITE',
          slotIds: [volunteerEventOptions.slots[0].id],
          decisionMakerPresent: true,
          accessReady: true,
          fitsOneEvening: true,
        },
      },
    },
  );
  await graphql(
    page.request,
    `
      mutation ($id: ID!) {
        acceptChallenge(id: $id) {
          id
        }
      }
    `,
    {
      id: registerNonprofitByIntake.challenge.id,
    },
  );

  await page.goto(`/manage/events/${eventId}`);
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Volunteers and skills' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Volunteers and skills: ${EVENT}` })).toBeVisible();
  const table = page.getByRole('table', { name: /Skills: supply and demand/ });
  await expect(table.getByRole('columnheader', { name: 'Volunteers who cover it' })).toBeVisible();
  const shortage = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .filter({
      hasText: 'Shortage',
    });
  await expect(shortage.first()).toBeVisible();
  const rareRow = table
    .getByRole('row')
    .filter({ hasText: /Expert/ })
    .filter({ hasText: 'Shortage: ' });
  await expect(rareRow.first()).toContainText('more needed');
  await expect(page.getByText(/skills? (is|are) short: recruit before matching\./)).toBeVisible();
  await expectNoAxeViolations(page);

  // On a phone-sized screen the table scrolls inside a region that the keyboard can reach.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('region', { name: /Skills: supply and demand/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
