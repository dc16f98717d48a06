import { type MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organizer } from '../../test/people';
import { renderApp } from '../../test/render';
import {
  AnswerProposalMutation,
  ConfirmTeamMutation,
  FindReplacementMutation,
  MyProposalsQuery,
  NonprofitTeamsQuery,
  PublicationQuery,
  RecordProposalAnswerMutation,
  RecordProposalCancellationMutation,
} from './graphql/publication';

const slot = {
  __typename: 'TeamSlot',
  id: 's1',
  label: 'Erste Runde',
  startsAt: '2027-03-04T16:00:00.000Z',
  endsAt: '2027-03-04T18:30:00.000Z',
  place: 'Kulturwerft Gollan, Lübeck',
};
const member = (revealed: boolean, confirmed: boolean) => ({
  __typename: 'NonprofitTeamMember',
  proposalId: 'p1',
  firstName: 'Ada',
  status: 'ACCEPTED',
  nonprofitConfirmed: confirmed,
  contactRevealed: revealed,
  fullName: revealed ? 'Ada Lovelace' : null,
  email: revealed ? 'ada@example.org' : null,
  phone: revealed ? '0170 123456' : null,
  canRelease: true,
  skills: [{ __typename: 'TeamSkill', skill: 'web.cms.wordpress', level: 3 }],
});
const team = (revealed: boolean) => ({
  __typename: 'NonprofitTeam',
  challengeId: 'c1',
  challengeTitle: 'Website der Tafel',
  eventId: 'e1',
  eventName: 'Nachtschicht Lübeck',
  openPlaces: 0,
  confirmed: revealed,
  canConfirm: !revealed,
  feedback: null,
  slot,
  members: [member(revealed, revealed)],
});
const teams = (revealed: boolean) => ({
  request: { query: NonprofitTeamsQuery, variables: { nonprofitId: 'n1' } },
  result: {
    data: {
      nonprofitTeams: {
        __typename: 'NonprofitTeams',
        nonprofitId: 'n1',
        nonprofitName: 'Tafel',
        teams: [team(revealed)],
      },
    },
  },
});
const contact = {
  __typename: 'Me',
  id: 'k1',
  name: 'Nora',
  email: 'nora@example.org',
  locale: 'en',
  roles: [{ __typename: 'RoleGrant', role: 'NONPROFIT_CONTACT', organizingBodyId: null, organizingBodyName: null }],
};

describe('the nonprofit’s teams', () => {
  it('shows first names and skills, and contact data only after the team is confirmed', async () => {
    const { user } = renderApp({
      path: '/nonprofits/n1/teams',
      language: 'en',
      me: contact,
      mocks: [
        teams(false),
        {
          request: { query: ConfirmTeamMutation, variables: { challengeId: 'c1' } },
          result: { data: { confirmTeam: team(true) } },
        },
        teams(true),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Teams: Tafel' })).toBeTruthy();
    const card = screen.getByRole('article', { name: 'Website der Tafel' });
    expect(within(card).getByText('Skills: WordPress: Advanced')).toBeTruthy();
    expect(
      within(card).getByText('Contact details appear once the person has accepted and you have confirmed the team.'),
    ).toBeTruthy();
    expect(within(card).queryByRole('link', { name: 'ada@example.org' })).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Confirm the team “Website der Tafel”' }));
    expect(await screen.findByText('You confirmed the team “Website der Tafel”.')).toBeTruthy();
    expect(await within(card).findByRole('link', { name: 'ada@example.org' })).toBeTruthy();
    expect(within(card).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(card).getByText('You have confirmed this team.')).toBeTruthy();
  });

  it('lists the team to confirm first, then those to come, then past editions’ teams, latest first', async () => {
    const past = (id: string, title: string, startsAt: string) => ({
      ...team(true),
      challengeId: id,
      challengeTitle: title,
      eventName: 'Nachtschicht Lübeck (Vorjahr)',
      slot: { ...slot, id: `s-${id}`, startsAt, endsAt: startsAt },
    });
    renderApp({
      path: '/nonprofits/n1/teams',
      language: 'en',
      me: contact,
      mocks: [
        {
          ...teams(false),
          result: {
            data: {
              nonprofitTeams: {
                ...teams(false).result.data.nonprofitTeams,
                // as the server lists them: by the slot's start
                teams: [
                  past('c8', 'Ausgabeliste', '2025-03-06T17:00:00.000Z'),
                  past('c9', 'Dienstplan', '2025-11-20T17:00:00.000Z'),
                  { ...team(true), challengeId: 'c2', challengeTitle: 'Flyer', slot: { ...slot, id: 's2' } },
                  { ...team(false), slot: { ...slot, startsAt: '2027-03-05T16:00:00.000Z' } },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Teams: Tafel' })).toBeTruthy();
    expect(screen.getAllByRole('article').map((card) => card.querySelector('h2, h3')?.textContent)).toEqual([
      'Website der Tafel',
      'Flyer',
      'Dienstplan',
      'Ausgabeliste',
    ]);
  });
});

const place = (
  id: string,
  firstName: string,
  status: string,
  state: string,
  replacement = false,
  extra: { mailed?: boolean; phone?: string | null; cancelReason?: string } = {},
) => ({
  __typename: 'PublishedPlace',
  proposalId: id,
  volunteerId: `v-${id}`,
  firstName,
  status,
  state,
  answerDeadline: '2027-03-01T12:00:00.000Z',
  answeredAt: status === 'PROPOSED' ? null : '2026-12-01T10:00:00.000Z',
  cancelledBy: status === 'CANCELLED' ? 'VOLUNTEER' : null,
  cancelReason: extra.cancelReason ?? null,
  replacement,
  mailed: extra.mailed ?? true,
  phone: extra.phone === undefined ? '0170 123456' : extra.phone,
  nonprofitConfirmed: false,
  canAnswer: status === 'PROPOSED',
  canCancel: status === 'ACCEPTED',
});
const publication = (replaced: boolean) => ({
  __typename: 'Publication',
  eventId: 'e1',
  eventName: 'Nachtschicht Lübeck',
  eventStatus: 'PUBLISHED',
  organizingBodyId: 'b1',
  published: true,
  canPublish: false,
  latestDeadline: null,
  runId: 'r1',
  runNumber: 2,
  publishedAt: '2026-11-23T10:00:00.000Z',
  publishedByName: 'Olga',
  answerDeadline: '2027-03-01T12:00:00.000Z',
  autoBackfill: false,
  counts: {
    __typename: 'PublicationCounts',
    proposed: replaced ? 1 : 0,
    accepted: 1,
    freed: 1,
    needsReplacement: replaced ? 0 : 1,
  },
  teams: [
    {
      __typename: 'PublishedTeam',
      challengeId: 'c1',
      title: 'Website der Tafel',
      nonprofitName: 'Tafel',
      needsReplacement: replaced ? 0 : 1,
      slot,
      places: [
        place('p1', 'Ada', 'ACCEPTED', 'ACCEPTED'),
        place('p2', 'Ben', 'DECLINED', replaced ? 'REPLACED' : 'NEEDS_REPLACEMENT'),
        ...(replaced ? [place('p3', 'Emil', 'PROPOSED', 'PROPOSED', true)] : []),
      ],
    },
  ],
});

/** The organizer's publication page of event e1, in English, answering GraphQL with `mocks`. */
const renderPublicationPage = (mocks: MockLink.MockedResponse[]) =>
  renderApp({ path: '/manage/events/e1/publication', language: 'en', me: organizer, mocks });

/** The page's query answered with `shown` (once, or every time it is asked). */
const showing = (shown: unknown, everyTime = false): MockLink.MockedResponse => ({
  request: { query: PublicationQuery, variables: { eventId: 'e1' } },
  result: { data: { publication: shown } },
  ...(everyTime ? { maxUsageCount: Number.POSITIVE_INFINITY } : {}),
});

describe('the organizer’s publication page', () => {
  it('writes out every place’s state and finds a replacement with one action', async () => {
    const { user } = renderPublicationPage([
      showing(publication(false)),
      {
        request: { query: FindReplacementMutation, variables: { challengeId: 'c1' } },
        result: { data: { findReplacement: publication(true) } },
      },
      showing(publication(true)),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Publication: Nachtschicht Lübeck' })).toBeTruthy();
    expect(screen.getByText('Need a replacement: 1')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Places in the team “Website der Tafel”' });
    expect(within(table).getByRole('cell', { name: 'Needs a replacement (declined)' })).toBeTruthy();
    screen.getByRole('button', { name: 'Find a replacement for “Website der Tafel”' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Emil is now proposed for “Website der Tafel”.')).toBeTruthy();
    expect(await within(table).findByRole('cell', { name: 'Replaced (declined)' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Emil' })).toBeTruthy();
    // The button went with the open place: focus is in the team's table, where Emil now is, not at the page's top.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-labelledby')).toBe('team-c1-caption'));
  });
});

/** Peter registered on paper: no e-mail address, so he was called and the organizer records his answer. */
const withPeter = (peter: 'PROPOSED' | 'ACCEPTED' | 'CANCELLED', counts: { proposed: number; accepted: number }) => ({
  ...publication(true),
  counts: { __typename: 'PublicationCounts', ...counts, freed: 1, needsReplacement: peter === 'CANCELLED' ? 1 : 0 },
  teams: [
    {
      ...publication(true).teams[0],
      needsReplacement: peter === 'CANCELLED' ? 1 : 0,
      places: [
        ...publication(true).teams[0].places,
        place(
          'p4',
          'Peter',
          peter,
          peter === 'CANCELLED' ? 'NEEDS_REPLACEMENT' : peter,
          false,
          peter === 'CANCELLED'
            ? { mailed: false, phone: '+49 40 66969 123', cancelReason: 'krank' }
            : { mailed: false, phone: '+49 40 66969 123' },
        ),
      ],
    },
  ],
});

describe('recording an answer for someone without e-mail', () => {
  it('flags whom to call, and records the answer and a call-off by keyboard', async () => {
    const { user } = renderPublicationPage([
      showing(withPeter('PROPOSED', { proposed: 2, accepted: 1 })),
      {
        request: {
          query: RecordProposalAnswerMutation,
          variables: { proposalId: 'p4', answer: 'ACCEPT', note: 'by phone' },
        },
        result: { data: { recordProposalAnswer: withPeter('ACCEPTED', { proposed: 1, accepted: 2 }) } },
      },
      {
        request: { query: RecordProposalCancellationMutation, variables: { proposalId: 'p4', note: 'krank' } },
        result: { data: { recordProposalCancellation: withPeter('CANCELLED', { proposed: 1, accepted: 1 }) } },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Places in the team “Website der Tafel”' });
    const peter = within(table).getByRole('row', { name: /^Peter / });
    expect(within(peter).getByText(/^No e-mail address: call them/)).toBeTruthy();
    expect(within(peter).getByRole('link', { name: '+49 40 66969 123' }).getAttribute('href')).toBe(
      'tel:+494066969123',
    );
    // Those who were mailed carry no flag.
    expect(within(within(table).getByRole('row', { name: /^Emil / })).queryByText(/No e-mail address/)).toBeNull();

    // The dialog, by keyboard: without a chosen answer it says what is missing, and records nothing.
    within(peter).getByRole('button', { name: 'Record Peter’s answer' }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Record Peter’s answer' });
    expect(within(dialog).getByText('Peter has no e-mail address and gets no confirmation.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Record answer' }));
    expect(await within(dialog).findByText('Please choose the answer.')).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'Accepts the place' })).toBe(document.activeElement);
    await user.keyboard(' ');
    await user.click(within(dialog).getByRole('textbox', { name: 'Note (optional)' }));
    await user.keyboard('by phone{Tab}{Enter}');
    expect(await screen.findByText('Peter’s acceptance is recorded.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    // The list updates from the mutation's answer, and focus is on Peter's row, whose next control is his new one.
    // The flag stays next to his name, without asking for a call any more.
    const updated = within(table).getByRole('row', {
      name: /^Peter No e-mail address · Phone: \+49 40 66969 123 Accepted/,
    });
    expect(within(updated).queryByText(/call them/)).toBeNull();
    expect(screen.getByText('Accepted: 2')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(updated).getByRole('rowheader')));

    // Peter calls later: he cannot come after all.
    await user.click(within(updated).getByRole('button', { name: 'Record Peter’s cancellation' }));
    const cancel = await screen.findByRole('dialog', { name: 'Record Peter’s cancellation' });
    await user.type(within(cancel).getByRole('textbox', { name: 'Reason (optional)' }), 'krank');
    await user.click(within(cancel).getByRole('button', { name: 'Record the cancellation' }));
    expect(await screen.findByText('Peter’s cancellation is recorded; the place is free.')).toBeTruthy();
    expect(
      within(table).getByRole('row', {
        name: /^Peter No e-mail address · Phone: .+ Needs a replacement \(called off by the volunteer\)/,
      }),
    ).toBeTruthy();
    expect(within(table).getByText(/Reason: krank/)).toBeTruthy();
  });
});

describe('a call-off recorded while freed places are filled automatically', () => {
  it('names the replacement the publication proposed at once', async () => {
    const replaced = withPeter('CANCELLED', { proposed: 2, accepted: 1 });
    const withJana = {
      ...replaced,
      autoBackfill: true,
      teams: [
        {
          ...replaced.teams[0],
          needsReplacement: 0,
          places: [...replaced.teams[0].places, place('p5', 'Jana', 'PROPOSED', 'PROPOSED', true)],
        },
      ],
    };
    const { user } = renderPublicationPage([
      showing({ ...withPeter('ACCEPTED', { proposed: 1, accepted: 2 }), autoBackfill: true }),
      {
        request: { query: RecordProposalCancellationMutation, variables: { proposalId: 'p4', note: null } },
        result: { data: { recordProposalCancellation: withJana } },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Places in the team “Website der Tafel”' });
    await user.click(within(table).getByRole('button', { name: 'Record Peter’s cancellation' }));
    const cancel = await screen.findByRole('dialog', { name: 'Record Peter’s cancellation' });
    await user.click(within(cancel).getByRole('button', { name: 'Record the cancellation' }));
    expect(
      await screen.findByText(
        'Peter’s cancellation is recorded; the place is free. Jana is proposed as a replacement and asked by e-mail.',
      ),
    ).toBeTruthy();
  });
});

describe('a refused answer', () => {
  it('puts focus on the refusal, not on the page, and Escape returns it to the button that opened the dialog', async () => {
    const { user } = renderPublicationPage([
      showing(withPeter('PROPOSED', { proposed: 2, accepted: 1 }), true),
      {
        request: {
          query: RecordProposalAnswerMutation,
          variables: { proposalId: 'p4', answer: 'DECLINE', note: null },
        },
        result: {
          errors: [{ message: 'Peter already answered.', extensions: { code: 'CONFLICT' } }],
        },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Places in the team “Website der Tafel”' });
    const opener = within(table).getByRole('button', { name: 'Record Peter’s answer' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Record Peter’s answer' });
    await user.click(within(dialog).getByRole('radio', { name: 'Declines the place' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record answer' }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal.textContent).toContain('Peter already answered.');
    await waitFor(() => expect(document.activeElement).toBe(refusal));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});

describe('the volunteer’s proposals on the dashboard', () => {
  const volunteer = {
    __typename: 'Me',
    id: 'v1',
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    locale: 'de',
    roles: [{ __typename: 'RoleGrant', role: 'VOLUNTEER', organizingBodyId: null, organizingBodyName: null }],
  };
  const proposal = (status: string) => ({
    __typename: 'VolunteerProposal',
    id: 'p1',
    status,
    eventId: 'e1',
    eventName: 'Nachtschicht Lübeck',
    challengeId: 'c1',
    challengeTitle: 'Website der Tafel',
    problem: '',
    goal: '',
    nonprofitName: 'Tafel Lübeck e.V.',
    slot,
    answerDeadline: '2027-03-01T22:00:00.000Z',
    answeredAt: status === 'PROPOSED' ? null : '2027-02-20T10:00:00.000Z',
    cancelledBy: null,
    canAnswer: status === 'PROPOSED',
    canCancel: false,
    feedback: null as { __typename: 'FeedbackInvitation'; url: string; answered: boolean } | null,
    team: [],
    nonprofitConfirmed: false,
    contactRevealed: false,
    nonprofitContacts: [],
  });

  it('asks before declining, by keyboard: Escape keeps the proposal, the confirmation declines it', async () => {
    let declined = false;
    const { user } = renderApp({
      path: '/dashboard',
      me: volunteer,
      mocks: [
        {
          request: { query: MyProposalsQuery },
          result: { data: { myProposals: [proposal('PROPOSED')] } },
        },
        {
          request: { query: AnswerProposalMutation, variables: { proposalId: 'p1', answer: 'DECLINE' } },
          result: () => {
            declined = true;
            return { data: { answerProposal: proposal('DECLINED') } };
          },
        },
      ],
    });
    const decline = await screen.findByRole('button', { name: 'Absagen für „Website der Tafel“' });
    decline.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '„Website der Tafel“ absagen?' });
    expect(dialog.textContent).toContain('Eine Absage lässt sich nicht zurücknehmen.');
    // Focus goes into the dialog, on keeping the proposal; Escape closes it, declines nothing and gives focus back.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Nicht absagen'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(decline));
    expect(declined).toBe(false);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: '„Website der Tafel“ absagen?' });
    await user.click(within(again).getByRole('button', { name: 'Ja, ich sage ab' }));
    expect(await screen.findByText('Sie haben „Website der Tafel“ abgesagt.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(declined).toBe(true);
  });

  it('lists teams still to come first, gives the year of a past edition’s and the way to its feedback', async () => {
    const nextYear = new Date().getFullYear() + 1;
    const at = (year: number, time: string) => `${year}-03-04T${time}:00.000Z`;
    const past = {
      ...proposal('ACCEPTED'),
      id: 'p0',
      challengeTitle: 'Videotreffen für den Seniorentreff',
      eventName: 'Nachtschicht Lübeck (Vorjahr)',
      canAnswer: false,
      slot: { ...slot, id: 's0', startsAt: at(2024, '16:00'), endsAt: at(2024, '18:30') },
      feedback: {
        __typename: 'FeedbackInvitation' as const,
        url: 'http://localhost/api/feedback/f1?token=t',
        answered: false,
      },
    };
    const coming = {
      ...proposal('PROPOSED'),
      slot: { ...slot, startsAt: at(nextYear, '16:00'), endsAt: at(nextYear, '18:30') },
    };
    renderApp({
      path: '/dashboard',
      me: volunteer,
      mocks: [{ request: { query: MyProposalsQuery }, result: { data: { myProposals: [past, coming] } } }],
    });
    await screen.findByRole('heading', { level: 3, name: 'Videotreffen für den Seniorentreff' });
    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Website der Tafel',
      'Videotreffen für den Seniorentreff',
    ]);
    expect(cards[0].textContent).toContain(`4. März ${nextYear}`);
    expect(cards[1].textContent).toContain('Montag, 4. März 2024');
    // the past edition asked for feedback: the mail's link is on its card too, and nobody waits for a confirmation
    const give = within(cards[1]).getByRole('link', { name: 'Feedback zu „Videotreffen für den Seniorentreff“ geben' });
    expect(give.getAttribute('href')).toBe('http://localhost/api/feedback/f1?token=t');
    expect(cards[1].textContent).not.toContain('noch nicht bestätigt');
    expect(within(cards[0]).queryByRole('link', { name: /Feedback/ })).toBeNull();
  });
});
