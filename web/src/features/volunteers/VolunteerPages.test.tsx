import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { EventVolunteerOverviewQuery, RegisterVolunteerOnBehalfMutation } from './graphql/event-volunteers';
import {
  MyVolunteerProfileQuery,
  MyVolunteerRegistrationsQuery,
  RegisterForEventMutation,
  VolunteerEventOptionsQuery,
  WithdrawVolunteerRegistrationMutation,
} from './graphql/volunteers';

const slots = [
  {
    __typename: 'VolunteerEventSlot',
    id: 's1',
    startsAt: '2027-03-04T16:00:00.000Z',
    endsAt: '2027-03-04T18:30:00.000Z',
    label: 'Erste Runde',
  },
  {
    __typename: 'VolunteerEventSlot',
    id: 's2',
    startsAt: '2027-03-04T18:45:00.000Z',
    endsAt: '2027-03-04T21:00:00.000Z',
    label: null,
  },
];
const options = {
  __typename: 'VolunteerEventOptions',
  id: 'e1',
  name: 'Nachtschicht Lübeck',
  status: 'OPEN',
  languages: ['de', 'en'],
  organizingBodyName: 'Hansestadt Lübeck',
  startsAt: slots[0].startsAt,
  endsAt: slots[1].endsAt,
  volunteerDeadline: '2027-02-25T23:00:00.000Z',
  registrationOpen: true,
  slots,
  myRegistration: null,
};
const volunteer = {
  __typename: 'Me',
  id: 'p1',
  name: 'Grete Meyer',
  email: 'grete@example.org',
  locale: 'en',
  roles: [{ __typename: 'RoleGrant', role: 'VOLUNTEER', organizingBodyId: null, organizingBodyName: null }],
};
const registration = {
  __typename: 'VolunteerRegistration',
  id: 'r1',
  eventId: 'e1',
  eventName: 'Nachtschicht Lübeck',
  eventStatus: 'OPEN',
  eventStartsAt: slots[0].startsAt,
  eventEndsAt: slots[1].endsAt,
  volunteerDeadline: '2027-02-25T23:00:00.000Z',
  status: 'REGISTERED',
  maxAssignments: 1,
  changeable: true,
  withdrawable: true,
  assisted: false,
  slots: [slots[1]],
  eventSlots: slots,
};

const optionsMock = {
  request: { query: VolunteerEventOptionsQuery, variables: { eventId: 'e1' } },
  result: { data: { volunteerEventOptions: options } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const noProfile = {
  request: { query: MyVolunteerProfileQuery },
  result: { data: { myVolunteerProfile: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** What a screen reader reads as the element's description. */
const describedBy = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('volunteer registration', () => {
  it('is reached from an open event’s page', async () => {
    const { PublicEventQuery } = await import('../events/graphql/public-event');
    renderApp({
      path: '/events/e1',
      language: 'en',
      mocks: [
        {
          request: { query: PublicEventQuery, variables: { id: 'e1' } },
          result: {
            data: {
              publicEvent: {
                __typename: 'PublicEvent',
                id: 'e1',
                name: 'Nachtschicht Lübeck',
                kind: 'NACHTSCHICHT',
                status: 'OPEN',
                description: '',
                city: 'Lübeck',
                venue: 'Kulturwerft',
                online: false,
                languages: ['de'],
                nonprofitDeadline: null,
                volunteerDeadline: null,
                organizingBodyName: 'Lübeck',
                startsAt: slots[0].startsAt,
                endsAt: slots[1].endsAt,
                slots: slots.map(({ startsAt, endsAt }) => ({ __typename: 'PublicSlot', startsAt, endsAt })),
              },
            },
          },
        },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Register as a volunteer' });
    expect(link.getAttribute('href')).toBe('/volunteer/register?event=e1');
  });

  it('asks visitors to sign up or sign in first, under the page’s heading', async () => {
    renderApp({ path: '/volunteer/register?event=e1', language: 'en', mocks: [optionsMock] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Register as a volunteer' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'New to SkillShift' })).toBeTruthy();
  });

  it('shows the server’s field errors in a summary linked to the fields, then the confirmation', async () => {
    let attempt = 0;
    const { user } = renderApp({
      path: '/volunteer/register?event=e1',
      language: 'en',
      me: volunteer,
      mocks: [
        optionsMock,
        noProfile,
        {
          request: { query: RegisterForEventMutation, variables: () => true },
          result: () =>
            ++attempt === 1
              ? {
                  errors: [
                    {
                      message: 'Some fields are not filled in correctly.',
                      extensions: {
                        code: 'BAD_USER_INPUT',
                        fields: [
                          { path: 'input.profile.formats', message: 'Please add at least one entry.' },
                          {
                            path: 'input.profile.consent',
                            message: 'Please agree to the processing of your data; without it we cannot register you.',
                          },
                          { path: 'input.slotIds', message: 'Please add at least one entry.' },
                        ],
                      },
                    },
                  ],
                }
              : { data: { registerForEvent: registration } },
          maxUsageCount: 2,
        },
        {
          request: { query: MyVolunteerRegistrationsQuery },
          result: { data: { myVolunteerRegistrations: [registration] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Register as a volunteer: Nachtschicht Lübeck' }),
    ).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement).value).toBe('Grete Meyer');
    // The stored version 2026-11-1 reads like a broken date; the form names the month it took effect.
    expect(screen.getByText('Version of this text: no. 1 of November 2026')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Register for this event' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#volunteer-formats',
      '#volunteer-consent',
      '#volunteer-slotIds',
    ]);
    // Each group of checkboxes is described by its problem, as a screen reader reads it when focus enters the group.
    for (const [group, help] of [
      ['How you can work', 'At least one.'],
      ['When can you come?', 'Choose every slot you can attend; you work on at most one challenge per slot.'],
    ])
      expect(describedBy(screen.getByRole('group', { name: group }))).toBe(`${help} Please add at least one entry.`);
    await user.click(links[1]);
    expect(document.activeElement?.id).toBe('volunteer-consent');
    expect(screen.getByRole('checkbox', { name: /I agree to the processing/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await user.click(screen.getByRole('checkbox', { name: /I agree to the processing/ }));
    await user.click(screen.getByRole('checkbox', { name: /19:45/ }));
    await user.click(screen.getByRole('button', { name: 'Register for this event' }));
    const done = await screen.findByRole('heading', { level: 2, name: 'You are registered' });
    expect(document.activeElement).toBe(done);
  });

  it('tells a registered person to use the dashboard instead of registering twice', async () => {
    renderApp({
      path: '/volunteer/register?event=e1',
      language: 'en',
      me: volunteer,
      mocks: [
        {
          ...optionsMock,
          result: {
            data: {
              volunteerEventOptions: {
                ...options,
                myRegistration: { __typename: 'VolunteerRegistration', id: 'r1', status: 'REGISTERED' },
              },
            },
          },
        },
        noProfile,
      ],
    });
    expect(await screen.findByText('You are already registered')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Register' })).toBeNull();
  });
});

describe('volunteer dashboard', () => {
  it('lists the events with slots, and withdraws after a confirmation', async () => {
    const { user } = renderApp({
      path: '/dashboard',
      language: 'en',
      me: volunteer,
      mocks: [
        noProfile,
        {
          request: { query: MyVolunteerRegistrationsQuery },
          result: { data: { myVolunteerRegistrations: [registration] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: WithdrawVolunteerRegistrationMutation, variables: { id: 'r1' } },
          result: {
            data: {
              withdrawVolunteerRegistration: {
                ...registration,
                status: 'WITHDRAWN',
                changeable: false,
                withdrawable: false,
              },
            },
          },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'Nachtschicht Lübeck' });
    expect(within(card).getByText('Registered')).toBeTruthy();
    // Readable: teal text on the card's white (an outline), not teal text on a teal fill.
    const badge = within(card).getByText('Registered').closest<HTMLElement>('.mantine-Badge-root')!;
    expect(badge.style.getPropertyValue('--badge-bg')).toBe('transparent');
    expect(within(card).getByText(/19:45/)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Withdraw from this event' }));
    await user.click(within(card).getByRole('button', { name: 'Yes, withdraw from Nachtschicht Lübeck' }));
    expect(await within(card).findByText('You have withdrawn from Nachtschicht Lübeck.')).toBeTruthy();
    expect(within(card).getByText('Withdrawn')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Register again' }).getAttribute('href')).toBe(
      '/volunteer/register?event=e1',
    );
  });
});

describe('volunteer dashboard by keyboard', () => {
  const dashboardMocks = (withdrawResult: object) => [
    noProfile,
    {
      request: { query: MyVolunteerRegistrationsQuery },
      result: { data: { myVolunteerRegistrations: [registration] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    { request: { query: WithdrawVolunteerRegistrationMutation, variables: { id: 'r1' } }, result: withdrawResult },
  ];

  it('puts focus where the person goes on after each step of changing slots or withdrawing', async () => {
    const { user } = renderApp({ path: '/dashboard', language: 'en', me: volunteer, mocks: dashboardMocks({}) });
    const card = await screen.findByRole('article', { name: 'Nachtschicht Lübeck' });

    within(card).getByRole('button', { name: 'Change slots' }).focus();
    await user.keyboard('{Enter}');
    const form = within(card).getByRole('form', { name: 'Change your slots for Nachtschicht Lübeck' });
    expect(document.activeElement).toBe(within(form).getAllByRole('checkbox')[0]);
    within(form).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Change slots' }));

    await user.tab();
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Withdraw from this event' }));
    await user.keyboard('{Enter}');
    // Keeping the registration first: a second Enter must not withdraw.
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Keep my registration' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Withdraw from this event' }));
  });

  it('says why a withdrawal was refused, in the card, and puts focus there', async () => {
    const { user } = renderApp({
      path: '/dashboard',
      language: 'en',
      me: volunteer,
      mocks: dashboardMocks({
        errors: [{ message: 'Team forming has begun.', extensions: { code: 'CONFLICT' } }],
      }),
    });
    const card = await screen.findByRole('article', { name: 'Nachtschicht Lübeck' });
    await user.click(within(card).getByRole('button', { name: 'Withdraw from this event' }));
    await user.click(within(card).getByRole('button', { name: 'Yes, withdraw from Nachtschicht Lübeck' }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toBe('Not withdrawnTeam forming has begun.');
    expect(document.activeElement).toBe(alert);
    expect(within(card).getByText('Registered')).toBeTruthy();
  });
});

describe('organizer event dashboard', () => {
  it('shows the supply/demand table with shortages marked by words, not only colour', async () => {
    const organizer = {
      ...volunteer,
      roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
    };
    const row = (skill: string, status: string, missing: number) => ({
      __typename: 'SkillSupplyDemand',
      skill,
      minLevel: 3,
      requiredBy: 2,
      wishedBy: 0,
      covering: 1,
      coveringInSharedSlots: 1,
      status,
      missing,
    });
    renderApp({
      path: '/manage/events/e1/volunteers',
      language: 'en',
      me: organizer,
      mocks: [
        {
          request: { query: EventVolunteerOverviewQuery, variables: { eventId: 'e1' } },
          result: {
            data: {
              eventVolunteerOverview: {
                __typename: 'EventVolunteerOverview',
                eventId: 'e1',
                eventName: 'Nachtschicht Lübeck',
                eventStatus: 'OPEN',
                volunteerCount: 1,
                withdrawnCount: 0,
                challengeCounts: [{ __typename: 'ChallengeStatusCount', status: 'ACCEPTED', count: 2 }],
                slots: [
                  {
                    __typename: 'SlotVolunteerCount',
                    slotId: 's1',
                    startsAt: slots[0].startsAt,
                    endsAt: slots[0].endsAt,
                    label: null,
                    capacity: 8,
                    volunteers: 1,
                    acceptedChallenges: 2,
                  },
                ],
                supplyDemand: [row('security.gdpr', 'SHORTAGE', 1), row('web.cms.wordpress', 'OK', 0)],
              },
              eventVolunteers: [
                {
                  __typename: 'EventVolunteer',
                  registrationId: 'r1',
                  personId: 'p2',
                  name: 'Ada',
                  email: 'ada@example.org',
                  phone: null,
                  employer: null,
                  skills: [{ __typename: 'VolunteerSkill', skill: 'web.cms.wordpress', level: 3 }],
                  languages: ['de'],
                  formats: ['ONSITE'],
                  causes: [],
                  slots: [slots[0]],
                  maxAssignments: 1,
                  status: 'REGISTERED',
                  assisted: false,
                  registeredAt: '2026-11-20T10:00:00.000Z',
                },
              ],
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: /Skills: supply and demand/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Skill, minimum level and status',
      'Required by (challenges)',
      'Nice to have for (challenges)',
      'Volunteers who cover it',
      'Of them, in the challenges’ slots',
    ]);
    const shortage = within(table).getByRole('row', { name: /Data protection & GDPR/ });
    expect(shortage.className).toContain('supply-shortage');
    // The status stands in the first column, next to the skill's name, so it is seen without scrolling sideways.
    const skillCell = within(shortage).getByRole('rowheader');
    expect(skillCell.textContent).toContain('Data protection & GDPR');
    expect(skillCell.textContent).toContain('Minimum level: 3');
    expect(within(skillCell).getByText(/Shortage: 1 more needed/)).toBeTruthy();
    expect(within(table).getByRole('row', { name: /WordPress/ }).textContent).toContain('Enough');
    expect(screen.getByText('1 skill is short: recruit before matching.')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Ada' }).textContent).toContain('WordPress (3)');
  });
});

describe('assisted intake of a volunteer', () => {
  it('sends a form without a consent method, so that one answer names every problem', async () => {
    const organizer = {
      ...volunteer,
      locale: 'de',
      roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
    };
    let sent: { input: { consentMethod: string } } | undefined;
    const refused = {
      request: {
        query: RegisterVolunteerOnBehalfMutation,
        variables: (variables: { input: { consentMethod: string } }) => {
          sent = variables;
          return true;
        },
      },
      result: {
        errors: [
          {
            message: 'Ungültige Eingabe',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                {
                  path: 'input.consentMethod',
                  message:
                    'Bitte wählen Sie, wie die Zustimmung gegeben wurde: am Telefon, auf Papier oder persönlich.',
                },
                { path: 'input.profile.name', message: 'Bitte füllen Sie dieses Feld aus.' },
                { path: 'input.slotIds', message: 'Bitte wählen Sie mindestens eines aus.' },
                {
                  path: 'input.email',
                  message: 'Zu dieser Adresse gibt es schon ein Konto bei SkillShift.',
                },
              ],
            },
          },
        ],
      },
    };
    const { user } = renderApp({
      path: '/manage/events/e1/volunteers/new',
      language: 'de',
      me: organizer,
      mocks: [optionsMock, refused],
    });
    // The organizer fills in someone else's profile: the form speaks of the person, not to them.
    expect(await screen.findByRole('group', { name: 'Wie die Person arbeiten kann' })).toBeTruthy();
    expect(screen.getByText('So, wie das Team und das Orga-Team die Person ansprechen sollen.')).toBeTruthy();
    expect(screen.queryByText(/Ihnen am Herzen/)).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Person anmelden' }));
    // (no method chosen: sent as ONLINE, which the server names as the missing choice, with every other problem)
    const summary = await screen.findByRole('link', { name: /am Telefon, auf Papier oder persönlich/ });
    expect(sent?.input.consentMethod).toBe('ONLINE');
    // An address that already has an account is named in the same summary and at its field, with the format's errors.
    expect(summary.closest('.error-summary')!.querySelectorAll('a')).toHaveLength(4);
    expect(screen.getByRole('link', { name: /schon ein Konto bei SkillShift/ })).toBeTruthy();
    const email = screen.getByRole('textbox', { name: /E-Mail-Adresse \(freiwillig\)/ });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('radio', { name: 'am Telefon' }).getAttribute('aria-invalid')).toBe('true');
  });
});
