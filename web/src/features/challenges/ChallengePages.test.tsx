import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { fieldIdFor } from '../../lib/field-ids';
import { NonprofitQuery, RegisterNonprofitByIntakeMutation } from '../nonprofits/graphql/nonprofits';
import {
  AnswerChallengeQuestionMutation,
  ChallengeEventQuery,
  ChallengeNonprofitQuery,
  ChallengeQuery,
  CreateChallengeMutation,
} from './graphql/challenges';
import {
  AcceptChallengesMutation,
  AskChallengeQuestionMutation,
  CurationEventQuery,
  EventChallengesQuery,
  RejectChallengeMutation,
  RejectChallengesMutation,
} from './graphql/curation';

const contact = {
  __typename: 'Me',
  id: 'p1',
  name: 'Nora Nachbar',
  email: 'nora@verein.example',
  locale: 'de',
  roles: [{ __typename: 'RoleGrant', role: 'NONPROFIT_CONTACT', organizingBodyId: null, organizingBodyName: null }],
};
const organizer = {
  ...contact,
  id: 'p2',
  roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
};

const event = {
  __typename: 'ChallengeEvent',
  kind: 'NACHTSCHICHT',
  id: 'e1',
  name: 'Nachtschicht Lübeck',
  status: 'OPEN',
  nonprofitDeadline: '2027-02-18T23:00:00.000Z',
  languages: ['de', 'en'],
  organizingBodyId: 'b1',
  organizingBodyName: 'Hansestadt Lübeck',
  startsAt: '2027-03-04T16:00:00.000Z',
  endsAt: '2027-03-04T21:00:00.000Z',
  acceptsChallenges: true,
  slots: [
    {
      __typename: 'ChallengeEventSlot',
      id: 's1',
      startsAt: '2027-03-04T16:00:00.000Z',
      endsAt: '2027-03-04T18:30:00.000Z',
      label: 'Erste Runde',
    },
  ],
};

const draft = {
  __typename: 'Challenge',
  id: 'c1',
  title: 'Dienstplan',
  status: 'DRAFT',
  priority: null,
  submittedAt: null,
  updatedAt: '2026-11-23T10:00:00.000Z',
  createdAt: '2026-11-23T10:00:00.000Z',
  nonprofitId: 'n1',
  nonprofitName: 'Nachbarschaftstreff',
  openQuestion: null,
  decisionReason: null,
  problem: '',
  goal: '',
  beneficiaries: '',
  tools: '',
  skills: [],
  teamMin: 2,
  teamMax: 3,
  languages: ['de'],
  format: 'ONSITE',
  slotIds: ['s1'],
  decisionMakerPresent: false,
  accessReady: false,
  fitsOneEvening: false,
  missingFields: ['input.problem'],
  viewerIsContact: true,
  viewerIsOrganizer: false,
  event,
  history: [],
};

const badInput = (fields: { path: string; message: string }[]) => ({
  errors: [{ message: 'Einige Felder sind nicht richtig ausgefüllt.', extensions: { code: 'BAD_USER_INPUT', fields } }],
});

const newChallengeMocks = [
  {
    request: { query: ChallengeNonprofitQuery, variables: { id: 'n1' } },
    result: {
      data: {
        nonprofit: {
          __typename: 'Nonprofit',
          id: 'n1',
          name: 'Nachbarschaftstreff',
          organizingBodyId: 'b1',
          viewerIsContact: true,
        },
      },
    },
  },
  {
    request: { query: ChallengeEventQuery, variables: { id: 'e1' } },
    result: { data: { challengeEvent: event } },
  },
  {
    request: { query: CreateChallengeMutation, variables: () => true },
    result: { data: { createChallenge: draft } },
  },
  {
    request: { query: ChallengeQuery, variables: { id: 'c1' } },
    result: { data: { challenge: draft } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** The curation page's event: the open Nachtschicht e1 of body b1. */
const curationEvent = {
  request: { query: CurationEventQuery, variables: { id: 'e1' } },
  result: {
    data: {
      event: { __typename: 'OrganizerEvent', id: 'e1', name: 'Nachtschicht', status: 'OPEN', organizingBodyId: 'b1' },
    },
  },
};

/** A line of the curation list. */
const challengeSummary = (id: string, title: string, status: string) => ({
  __typename: 'ChallengeSummary',
  id,
  title,
  status,
  priority: 1,
  submittedAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  nonprofitId: 'n1',
  nonprofitName: 'Nachbarschaftstreff',
  openQuestion: status === 'NEEDS_INFO' ? 'Wer kommt am Abend?' : null,
  decisionReason: null,
});

describe('challenge pages', () => {
  it('moves to the draft’s edit page after its first save, so a reload keeps it and no second draft is made', async () => {
    const { user, router } = renderApp({
      path: '/nonprofits/n1/challenges/new?event=e1',
      me: contact,
      mocks: newChallengeMocks,
    });
    await user.type(await screen.findByRole('textbox', { name: /^Titel Ihrer Herausforderung/ }), 'Dienstplan');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    const saved = await screen.findByText('Ihr Entwurf ist gespeichert.');
    expect(router.state.location.pathname).toBe('/challenges/c1/edit');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getByRole('heading', { level: 1, name: 'Herausforderung bearbeiten' })).toBeTruthy();
    await vi.waitFor(() => expect(document.activeElement).toBe(saved));
  });

  it('guides through the brief, suggests skills from the words, and names what a submission lacks', async () => {
    const { user, router } = renderApp({
      path: '/nonprofits/n1/challenges/new?event=e1',
      me: contact,
      mocks: [
        ...newChallengeMocks.filter(
          (mock) => mock.request.query !== ChallengeNonprofitQuery && mock.request.query !== CreateChallengeMutation,
        ),
        {
          // Only the submission is sent: a refused one creates no draft.
          request: {
            query: CreateChallengeMutation,
            variables: (variables: Record<string, unknown>) => variables.submit === true,
          },
          result: badInput([
            { path: 'input.problem', message: 'Bitte verwenden Sie mindestens 20 Zeichen.' },
            { path: 'input.fitsOneEvening', message: 'Bitte bestätigen Sie diesen Punkt.' },
            { path: 'input.slotIds', message: 'Bitte wählen Sie mindestens ein Zeitfenster.' },
          ]),
        },
        {
          request: { query: ChallengeNonprofitQuery, variables: { id: 'n1' } },
          result: {
            data: {
              nonprofit: {
                __typename: 'Nonprofit',
                id: 'n1',
                name: 'Nachbarschaftstreff',
                organizingBodyId: 'b1',
                viewerIsContact: true,
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Herausforderung beschreiben' });
    const problem = await screen.findByRole('textbox', { name: /^Was klappt heute nicht/ });
    expect(problem.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Beispiel: Unser Dienstplan ist eine Excel-Datei/)).toBeTruthy();
    // Only the event's languages and slots are offered.
    expect(screen.getByRole('checkbox', { name: 'Deutsch' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Türkisch' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /^Erste Runde:/ })).toHaveProperty('checked', true);

    await user.type(screen.getByRole('textbox', { name: /^Titel Ihrer Herausforderung/ }), 'Dienstplan');
    await user.type(problem, 'Unsere WordPress-Seite');
    const suggestion = await screen.findByRole('button', { name: 'WordPress hinzufügen' });
    await user.click(suggestion);
    expect(screen.getByRole('group', { name: 'WordPress' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Einreichen' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      // a question as label is followed by the message, not by "?:"
      'Was klappt heute nicht? Bitte verwenden Sie mindestens 20 Zeichen.',
      'Zeitfenster: Bitte wählen Sie mindestens ein Zeitfenster.',
      'Das Ziel ist an einem Abend zu schaffen: Bitte bestätigen Sie diesen Punkt.',
    ]);
    // The slot checkboxes' group is marked invalid and described by its error.
    const slotGroup = screen.getByRole('group', { name: 'Zeitfenster' });
    expect(slotGroup.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(slotGroup.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Bitte wählen Sie mindestens ein Zeitfenster.',
    );
    // Each entry names its field, so two alike messages are told apart.
    expect(within(summary).getAllByRole('link')[2].textContent).toBe(
      'Das Ziel ist an einem Abend zu schaffen: Bitte bestätigen Sie diesen Punkt.',
    );
    // A group of checkboxes is named by its legend, not by its first option.
    expect(within(summary).getAllByRole('link')[1].textContent).toBe(
      'Zeitfenster: Bitte wählen Sie mindestens ein Zeitfenster.',
    );
    // Nothing was created: no draft message, and the page is still the new challenge's.
    expect(screen.queryByText('Ihr Entwurf ist gespeichert.')).toBeNull();
    expect(router.state.location.pathname).toBe('/nonprofits/n1/challenges/new');
    await user.click(within(summary).getByRole('link', { name: /^.+: Bitte bestätigen Sie diesen Punkt\.$/ }));
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: 'Das Ziel ist an einem Abend zu schaffen' }),
    );
  });

  it('names a team size problem with its fieldset: “Team size – At most”, not a bare “At most”', async () => {
    const { user } = renderApp({
      path: '/nonprofits/n1/challenges/new?event=e1',
      me: contact,
      mocks: [
        ...newChallengeMocks.filter((mock) => mock.request.query !== CreateChallengeMutation),
        {
          request: { query: CreateChallengeMutation, variables: () => true },
          result: badInput([
            { path: 'input.teamMax', message: 'Das größte Team darf nicht kleiner sein als das kleinste.' },
          ]),
        },
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: /^Titel Ihrer Herausforderung/ }), 'Dienstplan');
    await user.click(screen.getByRole('button', { name: 'Einreichen' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'Teamgröße – Höchstens: Das größte Team darf nicht kleiner sein als das kleinste.',
    );
  });

  it('names the challenge that stops a bulk decision, and changes nothing', async () => {
    const { user } = renderApp({
      path: '/manage/events/e1/challenges',
      me: organizer,
      mocks: [
        curationEvent,
        {
          request: { query: EventChallengesQuery, variables: { eventId: 'e1', status: null } },
          result: {
            data: {
              eventChallenges: {
                __typename: 'EventChallengePage',
                totalCount: 2,
                countsByStatus: [
                  { __typename: 'ChallengeCountByStatus', status: 'SUBMITTED', count: 1 },
                  { __typename: 'ChallengeCountByStatus', status: 'NEEDS_INFO', count: 1 },
                ],
                items: [
                  challengeSummary('c1', 'Dienstplan', 'SUBMITTED'),
                  challengeSummary('c2', 'Newsletter', 'NEEDS_INFO'),
                ],
              },
            },
          },
          maxUsageCount: 2,
        },
        {
          request: { query: AcceptChallengesMutation, variables: { eventId: 'e1', ids: ['c1', 'c2'] } },
          result: {
            errors: [
              {
                message: 'Es wurde nichts geändert: „Newsletter“ kann nicht wechseln.',
                extensions: {
                  code: 'CONFLICT',
                  fields: [{ path: 'ids[1]', message: 'Diese Herausforderung kann nicht wechseln.' }],
                },
              },
            ],
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Herausforderungen: Nachtschicht' })).toBeTruthy();
    // The heading comes with the event; the list arrives with its own query.
    expect(await screen.findByText('Rückfrage offen: Wer kommt am Abend?')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Status anzeigen' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Auswählen: Dienstplan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Auswählen: Newsletter' }));
    expect(screen.getByRole('checkbox', { name: 'Alle auswählen' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Ausgewählte annehmen (2)' }));
    // Accepting mails the nonprofits: it asks first, like rejecting.
    const dialog = await screen.findByRole('dialog', { name: '2 Herausforderungen annehmen' });
    await user.click(within(dialog).getByRole('button', { name: 'Alle 2 annehmen' }));
    expect(await screen.findByText('Es wurde nichts geändert: „Newsletter“ kann nicht wechseln.')).toBeTruthy();
    expect(screen.getByText('Newsletter: Diese Herausforderung kann nicht wechseln.')).toBeTruthy();
    // The selection stays, so the organizer can untick the one named and try again.
    expect(screen.getByRole('checkbox', { name: 'Auswählen: Dienstplan' })).toHaveProperty('checked', true);
  });

  it('flags an open question on the nonprofit’s page with the answer form beside it', async () => {
    const { user } = renderApp({
      path: '/nonprofits/n1',
      me: contact,
      mocks: [
        {
          request: { query: NonprofitQuery, variables: { id: 'n1' } },
          result: {
            data: {
              nonprofit: {
                __typename: 'Nonprofit',
                id: 'n1',
                name: 'Nachbarschaftstreff',
                legalForm: 'INITIATIVE',
                causes: ['NEIGHBOURHOOD'],
                street: 'Karavellenstraße 2',
                postalCode: '23558',
                city: 'Lübeck',
                district: 'Buntekuh',
                website: null,
                description: 'Wir kochen mittwochs.',
                publishOnMap: false,
                inviteToNextEditions: true,
                invitationsChange: null,
                latitude: null,
                longitude: null,
                organizingBodyId: 'b1',
                organizingBodyName: 'Hansestadt Lübeck',
                viewerIsContact: true,
                contacts: [
                  {
                    __typename: 'NonprofitContact',
                    personId: 'p1',
                    name: 'Nora Nachbar',
                    email: 'nora@verein.example',
                    phone: null,
                  },
                ],
                challenges: [
                  {
                    __typename: 'ChallengeSummary',
                    id: 'c1',
                    title: 'Dienstplan',
                    status: 'NEEDS_INFO',
                    priority: null,
                    submittedAt: '2026-11-20T10:00:00.000Z',
                    updatedAt: '2026-11-21T10:00:00.000Z',
                    eventId: 'e1',
                    eventName: 'Nachtschicht Lübeck',
                    eventStatus: 'OPEN',
                    openQuestion: 'Wer kommt am Abend?',
                    decisionReason: null,
                  },
                ],
                openEvents: [
                  {
                    __typename: 'NonprofitOpenEvent',
                    id: 'e1',
                    name: 'Nachtschicht Lübeck',
                    startsAt: '2027-03-04T16:00:00.000Z',
                    nonprofitDeadline: '2027-02-18T23:00:00.000Z',
                  },
                ],
              },
            },
          },
          maxUsageCount: 2,
        },
        {
          request: { query: AnswerChallengeQuestionMutation, variables: { id: 'c1', answer: '' } },
          result: badInput([{ path: 'answer', message: 'Bitte füllen Sie dieses Feld aus.' }]),
        },
        {
          request: {
            query: AnswerChallengeQuestionMutation,
            variables: { id: 'c1', answer: 'Unsere Vorsitzende kommt.' },
          },
          result: { data: { answerChallengeQuestion: { ...draft, status: 'SUBMITTED' } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nachbarschaftstreff' })).toBeTruthy();
    expect(screen.getByText('Das Orga-Team hat eine Rückfrage an Sie. Bitte beantworten Sie sie unten.')).toBeTruthy();
    expect(screen.getByText('Wer kommt am Abend?')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Ihre Antwort/ })).toBeTruthy();
    expect(screen.getByText('Rückfrage offen')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Herausforderung für „Nachtschicht Lübeck“ beschreiben' })).toBeTruthy();
    // One contact: nobody can remove the last one.
    expect(screen.queryByRole('button', { name: 'Nora Nachbar entfernen' })).toBeNull();

    // An empty answer is refused: focus goes to the field, which now carries the error (it stayed on the button).
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));
    expect(await screen.findByText('Bitte füllen Sie dieses Feld aus.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^Ihre Antwort/ })));

    // Typing an answer drops the error at once.
    await user.type(screen.getByRole('textbox', { name: /^Ihre Antwort/ }), 'Unsere Vorsitzende kommt.');
    expect(screen.queryByText('Bitte füllen Sie dieses Feld aus.')).toBeNull();
    // Answering says so, and the message takes focus (the form goes once the question is answered).
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));
    const sent = (
      await screen.findByText('Ihre Antwort ist beim Orga-Team. Die Herausforderung ist wieder eingereicht.')
    ).closest<HTMLElement>('[role="status"]');
    await waitFor(() => expect(document.activeElement).toBe(sent));
  });

  it('takes focus to the question or the reason an organizer left empty, and drops the error once it is corrected', async () => {
    const submitted = { ...draft, status: 'SUBMITTED', viewerIsContact: false, viewerIsOrganizer: true };
    const { user } = renderApp({
      path: '/challenges/c1',
      me: organizer,
      mocks: [
        {
          request: { query: ChallengeQuery, variables: { id: 'c1' } },
          result: { data: { challenge: submitted } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: AskChallengeQuestionMutation, variables: { id: 'c1', question: '' } },
          result: badInput([{ path: 'question', message: 'Bitte füllen Sie dieses Feld aus.' }]),
        },
        {
          request: { query: RejectChallengeMutation, variables: { id: 'c1', reason: '' } },
          result: badInput([{ path: 'reason', message: 'Bitte füllen Sie dieses Feld aus.' }]),
        },
      ],
    });
    const question = await screen.findByRole('textbox', { name: /^Rückfrage an die Organisation/ });
    await user.click(screen.getByRole('button', { name: 'Rückfrage senden' }));
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(question.getAttribute('aria-invalid')).toBe('true');
    await user.type(question, 'Wer kommt am Abend?');
    expect(question.getAttribute('aria-invalid')).not.toBe('true');

    const reason = screen.getByRole('textbox', { name: /^Begründung der Ablehnung/ });
    await user.click(screen.getByRole('button', { name: 'Ablehnen' }));
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Bitte füllen Sie dieses Feld aus.').id).toBe(
      reason
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-error')),
    );
  });

  it('takes focus to the reason of a bulk rejection left empty', async () => {
    const { user } = renderApp({
      path: '/manage/events/e1/challenges',
      me: organizer,
      mocks: [
        curationEvent,
        {
          request: { query: EventChallengesQuery, variables: { eventId: 'e1', status: null } },
          result: {
            data: {
              eventChallenges: {
                __typename: 'EventChallengePage',
                totalCount: 1,
                countsByStatus: [{ __typename: 'ChallengeCountByStatus', status: 'SUBMITTED', count: 1 }],
                items: [challengeSummary('c1', 'Dienstplan', 'SUBMITTED')],
              },
            },
          },
        },
        {
          request: { query: RejectChallengesMutation, variables: { eventId: 'e1', ids: ['c1'], reason: '' } },
          result: badInput([{ path: 'reason', message: 'Bitte füllen Sie dieses Feld aus.' }]),
        },
      ],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Auswählen: Dienstplan' }));
    await user.click(screen.getByRole('button', { name: 'Ausgewählte ablehnen (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Eine Herausforderung ablehnen' });
    await user.click(within(dialog).getByRole('button', { name: 'Ablehnen' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Begründung der Ablehnung/ });
    // (focus was on the button, and nothing was read out)
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await user.type(reason, 'Passt leider nicht zum Abend.');
    expect(reason.getAttribute('aria-invalid')).not.toBe('true');
  });
});

describe('assisted intake of a nonprofit', () => {
  it('lists a name already taken with the format’s problems in one summary, which takes focus and leads to the fields', async () => {
    const { user } = renderApp({
      path: '/manage/events/e1/challenges/new',
      me: organizer,
      mocks: [
        {
          request: { query: ChallengeEventQuery, variables: { id: 'e1' } },
          result: { data: { challengeEvent: event } },
        },
        {
          request: { query: RegisterNonprofitByIntakeMutation, variables: () => true },
          result: badInput([
            { path: 'input.nonprofit.name', message: 'Eine Organisation dieses Namens gibt es hier schon.' },
            { path: 'input.nonprofit.postalCode', message: 'Bitte geben Sie eine fünfstellige Postleitzahl an.' },
            {
              path: 'input.consentMethod',
              message: 'Bitte wählen Sie, wie die Zustimmung gegeben wurde: telefonisch, auf Papier oder persönlich.',
            },
          ]),
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Organisation und Herausforderung eintragen' }));
    // Each problem names its field.
    const taken = await screen.findByRole('link', {
      name: 'Name der Organisation: Eine Organisation dieses Namens gibt es hier schon.',
    });
    const summary = taken.closest('.error-summary')!;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(Array.from(summary.querySelectorAll('a'), (link) => link.textContent)).toEqual([
      'Name der Organisation: Eine Organisation dieses Namens gibt es hier schon.',
      'Postleitzahl: Bitte geben Sie eine fünfstellige Postleitzahl an.',
      'Wie wurde die Einwilligung gegeben? Bitte wählen Sie, wie die Zustimmung gegeben wurde: telefonisch, auf Papier ' +
        'oder persönlich.',
    ]);
    const name = document.getElementById(fieldIdFor('input.nonprofit.name'))!;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(fieldIdFor('input.nonprofit.postalCode'))!.getAttribute('aria-invalid')).toBe(
      'true',
    );
    // The summary's link leads to the field.
    await user.click(taken);
    expect(document.activeElement).toBe(name);
  });
});
