import { type MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { PublicationQuery } from '../publication/graphql/publication';
import {
  MatchingBoardQuery,
  MatchingSetupQuery,
  MoveMatchingVolunteerMutation,
  PinMatchingPairMutation,
} from './graphql/matching';

const organizer = {
  __typename: 'Me',
  id: 'o1',
  name: 'Olga Organizer',
  email: 'olga@example.org',
  locale: 'en',
  roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
};

const run = {
  __typename: 'MatchingRun',
  id: 'r1',
  eventId: 'e1',
  number: 3,
  status: 'DONE',
  queuePosition: null,
  startedByName: 'Olga Organizer',
  createdAt: '2026-11-23T10:00:00.000Z',
  startedAt: '2026-11-23T10:00:00.100Z',
  finishedAt: '2026-11-23T10:00:00.600Z',
  durationMillis: 600,
  solveMillis: 450,
  challengeCount: 3,
  volunteerCount: 4,
  pinCount: 1,
  exclusionCount: 0,
  served: 2,
  servedPriority: 3,
  totalScore: 2.5,
  engineScore: 2.5,
  upperBound: 2.6,
  optimal: false,
  gapPercent: 3.846,
  manualChanges: 0,
  error: null,
  weights: { __typename: 'MatchingWeights', skills: 0.5, niceToHave: 0.15, languages: 0.1, causes: 0.15, format: 0.1 },
};

const member = (volunteerId: string, firstName: string, pinned = false) => ({
  __typename: 'BoardTeamMember',
  assignmentId: `a-${volunteerId}`,
  volunteerId,
  firstName,
  score: 0.83,
  origin: 'ENGINE',
  pinned,
  excluded: false,
  skills: [{ __typename: 'BoardMemberSkill', skill: 'web.cms.wordpress', level: 3, wanted: true }],
});

const team = (challengeId: string, title: string, members: ReturnType<typeof member>[]) => ({
  __typename: 'BoardTeamCard',
  challengeId,
  title,
  nonprofitName: `Verein ${title}`,
  priority: 1,
  teamMin: 1,
  teamMax: 2,
  languages: ['de'],
  format: 'ONSITE',
  skills: [
    {
      __typename: 'BoardTeamNeed',
      skill: 'web.cms.wordpress',
      level: 2,
      required: true,
      coveredBy: members.map((m) => m.firstName),
    },
  ],
  members,
});

const board = (moved = false) => ({
  __typename: 'MatchingBoard',
  editable: true,
  withoutEmail: [],
  run: { ...run, manualChanges: moved ? 1 : 0 },
  slots: [
    {
      __typename: 'BoardSlot',
      id: 's1',
      label: 'Erste Runde',
      startsAt: '2027-03-04T16:00:00.000Z',
      endsAt: '2027-03-04T18:30:00.000Z',
      capacity: 8,
      teams: [
        team('c1', 'Tafel Lübeck', [member('v1', 'Ada', true), ...(moved ? [] : [member('v2', 'Ben')])]),
        team('c2', 'Mieterverein', moved ? [member('v3', 'Cem'), member('v2', 'Ben')] : [member('v3', 'Cem')]),
      ],
    },
  ],
  unserved: [
    {
      __typename: 'BoardUnservedChallenge',
      challengeId: 'c3',
      title: 'Jugendtreff',
      nonprofitName: 'Jugendtreff e. V.',
      priority: 1,
      slotIds: ['s1'],
      teamMin: 1,
      code: 'SKILL_NOT_COVERED',
      reason: 'No suitable volunteer covers the required skill GDPR (Expert).',
    },
    {
      __typename: 'BoardUnservedChallenge',
      challengeId: 'c5',
      title: 'Seniorenbüro',
      nonprofitName: 'Seniorenbüro e. V.',
      priority: 1,
      slotIds: ['s1'],
      teamMin: 2,
      code: 'VOLUNTEERS_TAKEN',
      reason: 'The other suitable volunteers are in other teams.',
    },
  ],
  unassigned: [
    {
      __typename: 'BoardVolunteer',
      volunteerId: 'v4',
      firstName: 'Dana',
      slotIds: ['s1'],
      maxAssignments: 1,
      languages: ['de'],
      skills: [],
    },
  ],
  pins: [
    {
      __typename: 'MatchingPair',
      challengeId: 'c1',
      challengeTitle: 'Tafel Lübeck',
      volunteerId: 'v1',
      firstName: 'Ada',
      createdByName: 'Olga Organizer',
      createdAt: '2026-11-23T09:00:00.000Z',
    },
  ],
  exclusions: [],
});

/** The publication of e1 before anything is published: a run can be published. */
const unpublished = (): MockLink.MockedResponse => ({
  request: { query: PublicationQuery, variables: { eventId: 'e1' } },
  result: {
    data: {
      publication: {
        __typename: 'Publication',
        eventId: 'e1',
        eventName: 'Nachtschicht Lübeck',
        eventStatus: 'MATCHING',
        organizingBodyId: 'b1',
        published: false,
        canPublish: true,
        latestDeadline: '2027-03-04T16:00:00.000Z',
        runId: null,
        runNumber: null,
        publishedAt: null,
        publishedByName: null,
        answerDeadline: null,
        autoBackfill: false,
        counts: { __typename: 'PublicationCounts', proposed: 0, accepted: 0, freed: 0, needsReplacement: 0 },
        teams: [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** The board with a second slot after the first ("Zweite Runde"), with these teams. */
const withSecondSlot = (id: string, teams: ReturnType<typeof team>[]) => ({
  ...board(),
  slots: [
    board().slots[0],
    {
      ...board().slots[0],
      id,
      label: 'Zweite Runde',
      startsAt: '2027-03-04T18:45:00.000Z',
      endsAt: '2027-03-04T21:00:00.000Z',
      teams,
    },
  ],
});

/**
 * The review board of run r1 as the organizer sees it in English, the board query answered with `matchingBoard` (or,
 * for a board that changes, with what the function gives at the time of each fetch).
 */
const renderBoard = (matchingBoard: object | (() => object), mocks: MockLink.MockedResponse[] = []) =>
  renderApp({
    path: '/manage/events/e1/matching/runs/r1',
    language: 'en',
    me: organizer,
    mocks: [
      {
        request: { query: MatchingBoardQuery, variables: { runId: 'r1' } },
        result: () => ({
          data: { matchingBoard: typeof matchingBoard === 'function' ? matchingBoard() : matchingBoard },
        }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      ...mocks,
    ],
  });

/** The board, and Ben's move from “Tafel Lübeck” to “Mieterverein”: refused the first time (a slot conflict), then done. */
function benMovesToMieterverein() {
  let attempts = 0;
  const mocks = [
    {
      request: { query: MatchingBoardQuery, variables: { runId: 'r1' } },
      result: { data: { matchingBoard: board() } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: {
        query: MoveMatchingVolunteerMutation,
        variables: {
          input: { runId: 'r1', volunteerId: 'v2', fromChallengeId: 'c1', toChallengeId: 'c2', toSlotId: 's1' },
        },
      },
      result: () =>
        ++attempts === 1
          ? {
              errors: [
                {
                  message: 'Ben is already in “Kleiderkammer” in the slot Erste Runde (17:00–19:30).',
                  extensions: { code: 'CONFLICT' },
                },
              ],
            }
          : { data: { moveMatchingVolunteer: board(true) } },
      maxUsageCount: 2,
    },
  ];
  return { mocks, attempts: () => attempts };
}

/** The matching setup of e1 with the event in this status (runs can start only while MATCHING). */
const setupIn = (eventStatus: string): MockLink.MockedResponse => ({
  request: { query: MatchingSetupQuery, variables: { eventId: 'e1' } },
  result: {
    data: {
      matchingSetup: {
        __typename: 'MatchingSetup',
        eventId: 'e1',
        eventName: 'Nachtschicht Lübeck',
        eventStatus,
        organizingBodyId: 'b1',
        canRun: eventStatus === 'MATCHING',
        acceptedChallenges: 3,
        registeredVolunteers: 4,
        defaultWeights: { ...run.weights },
        pins: [],
        exclusions: [],
      },
      matchingRuns: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('matching page', () => {
  it('after publication, says runs are over and leads to the answers, not to a status that cannot come back', async () => {
    renderApp({
      path: '/manage/events/e1/matching',
      language: 'de',
      me: organizer,
      mocks: [setupIn('PUBLISHED')],
    });
    expect(await screen.findByText('Keine weiteren Läufe')).toBeTruthy();
    expect(screen.queryByText(/Ändern Sie den Status/)).toBeNull();
    const link = screen.getByRole('link', { name: 'Zur Veröffentlichung und zu den Antworten' });
    expect(link.getAttribute('href')).toBe('/manage/events/e1/publication');
  });

  it('keeps focus on "back to the default weights" once it has put them back (it was disabled under the keyboard)', async () => {
    const { user } = renderApp({
      path: '/manage/events/e1/matching',
      language: 'de',
      me: organizer,
      mocks: [setupIn('MATCHING')],
    });
    await user.click(await screen.findByText('Was wäre, wenn? Faktoren anders gewichten'));
    const reset = screen.getByRole('button', { name: 'Zurück zu den Standardgewichten' });
    expect(reset.getAttribute('aria-disabled')).toBe('true');
    screen.getAllByRole('slider')[0].focus();
    await user.keyboard('{ArrowLeft}');
    expect(reset.getAttribute('aria-disabled')).toBeNull();
    reset.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('0,50 (zählt 50 %)')).toBeTruthy();
    // Still a working control under the keyboard: a disabled button would drop focus to the start of the page.
    expect((reset as HTMLButtonElement).disabled).toBe(false);
    expect(reset.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(reset);
  });
});

describe('review board', () => {
  it('says a run that does not exist is not there, with a way back and no retry, which would change nothing', async () => {
    renderApp({
      path: '/manage/events/e1/matching/runs/r404',
      language: 'en',
      me: organizer,
      mocks: [
        {
          request: { query: MatchingBoardQuery, variables: { runId: 'r404' } },
          result: {
            errors: [new GraphQLError('This matching run does not exist.', { extensions: { code: 'NOT_FOUND' } })],
          },
        },
      ],
    });
    expect(await screen.findByText('This matching run does not exist.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: 'All runs of the event' }).getAttribute('href')).toBe(
      '/manage/events/e1/matching',
    );
  });

  it('shows teams per slot, what stays open and why, and moves a volunteer by keyboard', async () => {
    const benMove = benMovesToMieterverein();
    const { user, notifications } = renderApp({
      path: '/manage/events/e1/matching/runs/r1',
      language: 'en',
      me: organizer,
      mocks: benMove.mocks,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Run 3: review board' })).toBeTruthy();
    expect(screen.getByText('Quality: Within 3.8% of the best possible')).toBeTruthy();
    const tafel = screen.getByRole('article', { name: 'Tafel Lübeck' });
    expect(within(tafel).getByText('covered by Ada, Ben', { exact: false })).toBeTruthy();
    expect(screen.getByText('No suitable volunteer covers the required skill GDPR (Expert).')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 volunteer without a team' })).toBeTruthy();

    // Ben's menu, "Move to …", a target chosen from the list, all with the keyboard.
    screen.getByRole('button', { name: 'Actions for Ben in “Tafel Lübeck”' }).focus();
    await user.keyboard('{Enter}');
    const item = await screen.findByRole('menuitem', { name: 'Move to …' });
    item.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Move Ben' });
    const target = within(dialog).getByRole('combobox', { name: 'New team' });
    const options = within(target)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual([
      'Please choose …',
      'Without a team',
      'Mieterverein (1 of at most 2)',
      'Jugendtreff (no team yet: No suitable volunteer covers the required skill GDPR (Expert))',
      'Seniorenbüro (no team yet; it needs at least 2 people: pin Ben to it, the next run forms its team)',
    ]);
    // Nobody moved or pinned there gives Jugendtreff a team (a required skill nobody has): shown, with why, not offered.
    expect(within(target).getByRole('option', { name: /^Jugendtreff/ })).toHaveProperty('disabled', true);
    // A disabled option is skipped by the arrow keys and not read out: its reason is also said under the list, and the
    // list's description points there.
    expect(describedBy(target)).toBe('One choice is not available; the reason is below the list.');
    const notAvailable = within(dialog).getByRole('list', { name: 'Not available' });
    expect(
      within(notAvailable)
        .getAllByRole('listitem')
        .map((entry) => entry.textContent),
    ).toEqual([
      '“Jugendtreff” gets no team, even with Ben. No suitable volunteer covers the required skill GDPR (Expert).',
    ]);
    // Where Ben is, in words that do not read like the outcome of a move.
    expect(within(dialog).getByText('Ben is currently in “Tafel Lübeck”.')).toBeTruthy();
    // Nothing chosen: the error is on the list, and focus goes there, so that it is read out.
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(within(dialog).getByText('Please choose where Ben goes.')).toBeTruthy();
    expect(document.activeElement).toBe(target);
    await user.selectOptions(target, 'Mieterverein (1 of at most 2)');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    // The refusal is shown where the move was tried, and not again as a toast; focus is on it (not lost with the
    // busy button).
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveProperty(
      'textContent',
      expect.stringContaining('Ben is already in “Kleiderkammer” in the slot Erste Runde (17:00–19:30).'),
    );
    await waitFor(() => expect(document.activeElement).toBe(refusal));
    expect(notifications.getSnapshot()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Ben is now in “Mieterverein”.')).toBeTruthy();
    const mieterverein = screen.getByRole('article', { name: 'Mieterverein' });
    expect(within(mieterverein).getByText('Ben')).toBeTruthy();
  });

  it('says in words when no team can take a volunteer, and why, in German', async () => {
    const full = {
      ...board(),
      slots: [
        {
          ...board().slots[0],
          teams: [
            team('c1', 'Tafel Lübeck', [member('v1', 'Ada', true), member('v2', 'Ben')]),
            team('c2', 'Mieterverein', [member('v3', 'Cem'), member('v5', 'Eva')]),
          ],
        },
      ],
      unserved: [board().unserved[0]],
    };
    const { user } = renderApp({
      path: '/manage/events/e1/matching/runs/r1',
      language: 'de',
      me: organizer,
      mocks: [
        {
          request: { query: MatchingBoardQuery, variables: { runId: 'r1' } },
          result: { data: { matchingBoard: full } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    (await screen.findByRole('button', { name: 'Dana in ein Team ziehen' })).focus();
    await user.keyboard('{Enter}');
    // Dana has no team: she is added to one, as the board's menu says, not moved
    const dialog = await screen.findByRole('dialog', { name: 'Dana einem Team zuordnen' });
    expect(within(dialog).getByRole('button', { name: 'Zuordnen' })).toBeTruthy();
    const target = within(dialog).getByRole('combobox', { name: 'Neues Team' });
    expect(enabledOptions(target)).toHaveLength(1);
    expect(describedBy(target)).toBe(
      'Gerade kann kein Team und keine Herausforderung ohne Team Dana aufnehmen; die Gründe stehen unter der Liste.',
    );
    expect(
      within(within(dialog).getByRole('list', { name: 'Nicht wählbar' }))
        .getAllByRole('listitem')
        .map((entry) => entry.textContent),
    ).toEqual([
      '„Tafel Lübeck“ ist voll (2 von höchstens 2).',
      '„Mieterverein“ ist voll (2 von höchstens 2).',
      '„Jugendtreff“ bekommt auch mit Dana kein Team. No suitable volunteer covers the required skill GDPR (Expert).',
    ]);

    // Someone in a team can still be taken out of it: the note says so, rather than that nothing can be done.
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Aktionen für Eva in „Mieterverein“' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Verschieben nach …' }));
    const evas = await screen.findByRole('dialog', { name: 'Eva verschieben' });
    const evaTarget = within(evas).getByRole('combobox', { name: 'Neues Team' });
    expect(enabledOptions(evaTarget)).toEqual(['Bitte wählen …', 'Ohne Team']);
    expect(describedBy(evaTarget)).toBe(
      'Gerade kann kein anderes Team und keine Herausforderung ohne Team Eva aufnehmen; die Gründe stehen unter der ' +
        'Liste. Eva kann aber aus dem Team genommen werden („Ohne Team“).',
    );
  });

  it('pins a volunteer to a challenge without a team that one person cannot start, instead of a dead end', async () => {
    let pinned = false;
    const benInSeniorenbuero = {
      __typename: 'MatchingPair',
      challengeId: 'c5',
      volunteerId: 'v2',
      firstName: 'Ben',
      challengeTitle: 'Seniorenbüro',
      createdByName: 'Olga Organizer',
      createdAt: '2026-12-07T09:00:00.000Z',
    };
    // After the pin, the board's pins hold the new pair too.
    const { user } = renderBoard(
      () => (pinned ? { ...board(), pins: [...board().pins, benInSeniorenbuero] } : board()),
      [
        {
          request: {
            query: PinMatchingPairMutation,
            variables: { input: { eventId: 'e1', challengeId: 'c5', volunteerId: 'v2' } },
          },
          result: () => {
            pinned = true;
            return {
              data: { pinMatchingPair: benInSeniorenbuero },
            };
          },
        },
      ],
    );
    await user.click(await screen.findByRole('button', { name: 'Actions for Ben in “Tafel Lübeck”' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move to …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move Ben' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'New team' }),
      'Seniorenbüro (no team yet; it needs at least 2 people: pin Ben to it, the next run forms its team)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Pin' }));
    expect(
      await screen.findByText(
        'Ben is pinned to “Seniorenbüro”. It needs at least 2 people: pin the others too, then start a new run, which forms its team.',
      ),
    ).toBeTruthy();
    expect(pinned).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The challenge's card says who is pinned to it, and the person stays where the run put them.
    const unserved = screen.getByRole('region', { name: '2 challenges without a team' });
    expect(await within(unserved).findByText('Pinned: Ben')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Tafel Lübeck' })).getByText('Ben')).toBeTruthy();
  });

  it('counts a volunteer in two slots once in the publication’s confirmation, and those without e-mail apart', async () => {
    const twoSlots = {
      ...withSecondSlot('s2', [team('c3', 'Jugendtreff', [member('v1', 'Ada')])]),
      // Cem is in a team and has no address; Dana has none either, but no team
      withoutEmail: ['v3', 'v4'],
    };
    const { user } = renderBoard(twoSlots, [unpublished()]);
    // Ada, Ben and Cem in the first slot, Ada again in the second: three people (one without e-mail), three teams
    const deadline = await screen.findByLabelText(/^Answer deadline/);
    fireEvent.change(deadline, { target: { value: '2027-03-01T18:00' } });
    await user.click(screen.getByRole('button', { name: 'Publish run 3' }));
    expect(
      await screen.findByText('2 volunteers and the nonprofits of 3 teams get an e-mail now. This cannot be undone.'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'One volunteer in the teams has no e-mail address: please tell them yourself. The publication page lists them with their phone number.',
      ),
    ).toBeTruthy();
  });

  it('says one volunteer and one team in the publication’s confirmation in the singular, in German', async () => {
    const small = {
      ...board(),
      slots: [{ ...board().slots[0], teams: [team('c1', 'Tafel Lübeck', [member('v1', 'Ada')])] }],
      unserved: [],
      unassigned: [],
    };
    const { user } = renderApp({
      path: '/manage/events/e1/matching/runs/r1',
      language: 'de',
      me: organizer,
      mocks: [
        {
          request: { query: MatchingBoardQuery, variables: { runId: 'r1' } },
          result: { data: { matchingBoard: small } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        unpublished(),
      ],
    });
    const deadline = await screen.findByLabelText(/^Antwortfrist/);
    fireEvent.change(deadline, { target: { value: '2027-03-01T18:00' } });
    await user.click(screen.getByRole('button', { name: 'Lauf 3 veröffentlichen' }));
    expect(
      await screen.findByText(
        'Eine freiwillige Person und die Organisation des Teams bekommen jetzt eine E-Mail. Das lässt sich nicht rückgängig machen.',
      ),
    ).toBeTruthy();
  });

  it('says in German how many changes were made by hand since the run, without running the count into "Lauf"', async () => {
    renderApp({
      path: '/manage/events/e1/matching/runs/r1',
      language: 'de',
      me: organizer,
      mocks: [
        {
          request: { query: MatchingBoardQuery, variables: { runId: 'r1' } },
          result: { data: { matchingBoard: board(true) } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        unpublished(),
      ],
    });
    expect(
      await screen.findByText('Eine Änderung von Hand seit dem Lauf; die Bewertung der Maschine war 2,50.'),
    ).toBeTruthy();
  });

  it('lists the slots a volunteer without a team can come to in the order of the slots', async () => {
    const twoSlots = {
      ...withSecondSlot('s0', []),
      // (sorted by id, as the server sends them)
      unassigned: [{ ...board().unassigned[0], slotIds: ['s0', 's1'] }],
    };
    renderBoard(twoSlots);
    expect(
      await screen.findByText(/^Available: Erste Runde \(.+\); Zweite Runde \(.+\) · speaks: German$/),
    ).toBeTruthy();
  });

  it('moves a volunteer by dragging their handle onto another team, with the same refusal and success as the dialog', async () => {
    const benMove = benMovesToMieterverein();
    const { user } = renderApp({
      path: '/manage/events/e1/matching/runs/r1',
      language: 'en',
      me: organizer,
      mocks: benMove.mocks,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Run 3: review board' })).toBeTruthy();
    const handle = screen.getByRole('button', { name: 'Drag Ben from “Tafel Lübeck” to another team' });
    // The handle says what it is for, in the page's language, and stays out of the tab order (the menu has "Move to …").
    expect(describedBy(handle)).toContain('Drag with the mouse or a finger onto a team');
    expect(handle.getAttribute('tabindex')).toBe('-1');
    // Pressed without dragging, it opens "Move to …".
    await user.click(handle);
    const dialog = await screen.findByRole('dialog', { name: 'Move Ben' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    // Closed without a move: focus is back on the handle, not lost to the top of the page.
    await waitFor(() => expect(document.activeElement).toBe(handle));

    const layout = fakeLayout({ Mieterverein: { left: 400, top: 0, width: 300, height: 300 } });
    await startDrag(handle, { x: 500, y: 100 });
    // While dragging, the other team is marked as a place to drop; the own team is not.
    const mieterverein = screen.getByRole('article', { name: 'Mieterverein' });
    expect(mieterverein.classList.contains('matching-drop-over')).toBe(true);
    expect(screen.getByRole('article', { name: 'Tafel Lübeck' }).classList.contains('matching-drop-target')).toBe(
      false,
    );
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Ben is over “Mieterverein”.');
    await endDrag();
    // The server's refusal, with the dialog's heading, on the board.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This move is not possible');
    expect(alert.textContent).toContain('Ben is already in “Kleiderkammer” in the slot Erste Runde (17:00–19:30).');
    expect(within(screen.getByRole('article', { name: 'Tafel Lübeck' })).getByText('Ben')).toBeTruthy();

    await startDrag(screen.getByRole('button', { name: 'Drag Ben from “Tafel Lübeck” to another team' }), {
      x: 500,
      y: 100,
    });
    await endDrag();
    expect(await screen.findByText('Ben is now in “Mieterverein”.')).toBeTruthy();
    // The drop itself is told neutrally: whether Ben moved is the page's message, once the server answered.
    const told = screen.getAllByRole('status').map((status) => status.textContent ?? '');
    expect(told.join(' ')).toContain('Ben released over “Mieterverein”.');
    expect(told.join(' ')).not.toContain('dropped');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('article', { name: 'Mieterverein' })).getByText('Ben')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Tafel Lübeck' })).queryByText('Ben')).toBeNull();
    // As after "Move to …", the focus is on Ben in the new team.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for Ben in “Mieterverein”' }));
    expect(benMove.attempts()).toBe(2);
    layout.mockRestore();
  });

  it('drags a volunteer without a team onto a challenge without one, in German', async () => {
    const served = board();
    const { unserved, unassigned, ...rest } = served;
    const after = {
      ...rest,
      run: { ...served.run, manualChanges: 1 },
      slots: [
        {
          ...served.slots[0],
          teams: [
            ...served.slots[0].teams,
            { ...team('c3', 'Jugendtreff', [{ ...member('v4', 'Dana'), origin: 'MANUAL' }]) },
          ],
        },
      ],
      unserved: unserved.filter((challenge) => challenge.challengeId !== 'c3'),
      unassigned: [],
    };
    expect(unserved.length + unassigned.length).toBe(3);
    renderApp({
      path: '/manage/events/e1/matching/runs/r1',
      language: 'de',
      me: { ...organizer, locale: 'de' },
      mocks: [
        {
          request: { query: MatchingBoardQuery, variables: { runId: 'r1' } },
          result: { data: { matchingBoard: served } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: {
            query: MoveMatchingVolunteerMutation,
            variables: {
              input: { runId: 'r1', volunteerId: 'v4', fromChallengeId: null, toChallengeId: 'c3', toSlotId: 's1' },
            },
          },
          result: { data: { moveMatchingVolunteer: after } },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Lauf 3: Prüftafel' })).toBeTruthy();
    const handle = screen.getByRole('button', { name: 'Dana in ein Team ziehen' });
    expect(describedBy(handle)).toContain('Mit der Maus oder dem Finger auf ein Team ziehen');
    const layout = fakeLayout({ Jugendtreff: { left: 0, top: 600, width: 300, height: 200 } });
    await startDrag(handle, { x: 100, y: 700 });
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Dana über „Jugendtreff“.');
    await endDrag();
    expect(await screen.findByText('Dana ist jetzt in „Jugendtreff“.')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Jugendtreff' })).getByText('Dana')).toBeTruthy();
    layout.mockRestore();
  });
});

/** The labels of the options of a select that can be chosen. */
function enabledOptions(select: HTMLElement): (string | null)[] {
  return within(select)
    .getAllByRole('option')
    .filter((option) => !(option as HTMLOptionElement).disabled)
    .map((option) => option.textContent);
}

/** The text an element's aria-describedby points to. */
function describedBy(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * happy-dom lays nothing out: every element is a 10×10 box at the top left, but the cards named here (their heading's
 * text) get the boxes given, so that the pointer can be over them.
 */
function fakeLayout(cards: Record<string, Box>) {
  return vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const heading = this.matches('article') ? this.querySelector('h3')?.textContent : undefined;
    const { left, top, width, height } = (heading && cards[heading]) || { left: 0, top: 0, width: 10, height: 10 };
    return { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) };
  });
}

/** Presses the pointer on a handle and moves it to `to`: past the activation distance, then over the target. */
async function startDrag(handle: HTMLElement, to: { x: number; y: number }) {
  await act(async () => {
    fireEvent.pointerDown(handle, { isPrimary: true, button: 0, clientX: 5, clientY: 5 });
  });
  for (const point of [{ x: 20, y: 20 }, to, to])
    await act(async () => {
      fireEvent.pointerMove(document, { isPrimary: true, clientX: point.x, clientY: point.y });
    });
}

async function endDrag() {
  await act(async () => {
    fireEvent.pointerUp(document, { isPrimary: true, button: 0 });
  });
}
