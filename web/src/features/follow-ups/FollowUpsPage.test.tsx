import { type MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { organizer } from '../../test/people';
import { renderApp } from '../../test/render';
import { FollowUpTasksQuery, SendFollowUpReferralMutation, UpdateFollowUpTaskMutation } from './graphql/follow-ups';

const task = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'FollowUpTask',
  id: 't1',
  kind: 'REFERRAL',
  status: 'OPEN',
  dueDate: '2026-12-07',
  notes: '',
  requestNote: 'Tablets für die Ausgabe',
  helpTopic: 'DEVICES',
  eventName: 'Nachtschicht 2026',
  nonprofitName: 'Tafel Lübeck',
  challengeTitle: 'Schichtplan',
  ownerId: 'o1',
  ownerName: 'Olga',
  helpPointId: null,
  helpPointName: '',
  referralSentAt: null,
  closedAt: null,
  suggestedHelpPoints: [
    { __typename: 'HelpPoint', id: 'h1', name: 'Digitalcafé', district: 'Innenstadt', openingHours: 'Di 14–17 Uhr' },
  ],
  ...overrides,
});
const tasks: MockLink.MockedResponse = {
  request: { query: FollowUpTasksQuery, variables: { organizingBodyId: 'b1', status: null } },
  result: {
    data: {
      followUpTasks: {
        __typename: 'FollowUpTaskList',
        tasks: [task()],
        owners: [
          { __typename: 'FollowUpOwner', id: 'o1', name: 'Olga' },
          { __typename: 'FollowUpOwner', id: 'o2', name: 'Zoe' },
        ],
      },
    },
  },
};

describe('follow-ups page', () => {
  it('marks a task past its due date as overdue until it is done', async () => {
    const list = (dueDates: [string, string][]) => ({
      ...tasks,
      result: {
        data: {
          followUpTasks: {
            ...(tasks.result as { data: { followUpTasks: object } }).data.followUpTasks,
            tasks: dueDates.map(([id, dueDate], index) =>
              task({ id, dueDate, nonprofitName: `Verein ${index}`, status: id === 'done' ? 'DONE' : 'OPEN' }),
            ),
          },
        },
      },
    });
    renderApp({
      path: '/organize/b1/follow-ups',
      language: 'en',
      me: organizer,
      mocks: [
        list([
          ['late', '2020-02-03'],
          ['done', '2020-02-03'],
          ['later', '2999-01-01'],
        ]),
      ],
    });
    const card = async (name: string) => screen.findByRole('article', { name: new RegExp(name) });
    expect(within(await card('Verein 0')).getByText('Overdue')).toBeTruthy();
    expect(within(await card('Verein 1')).queryByText('Overdue')).toBeNull();
    expect(within(await card('Verein 2')).queryByText('Overdue')).toBeNull();
  });

  it('shows what the nonprofit asked for and names invalid fields in an error summary', async () => {
    const refused: MockLink.MockedResponse = {
      request: {
        query: UpdateFollowUpTaskMutation,
        variables: {
          id: 't1',
          input: { status: 'IN_PROGRESS', dueDate: '2026-12-07', notes: 'Angerufen', ownerId: 'o2' },
        },
      },
      result: {
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ path: 'input.dueDate', message: 'Please enter a valid date.' }],
            },
          },
        ],
      },
    };
    const { user } = renderApp({
      path: '/organize/b1/follow-ups',
      me: organizer,
      language: 'en',
      mocks: [tasks, refused],
    });
    const card = await screen.findByRole('article', { name: 'Referral to a help point: Tafel Lübeck' });
    expect(within(card).getByText('They wrote: “Tablets für die Ausgabe”')).toBeTruthy();
    expect(
      within(card).getByText('Needs help with: Devices: setting up smartphones, tablets and computers'),
    ).toBeTruthy();
    await user.selectOptions(within(card).getByLabelText('Owner'), 'o2');
    await user.selectOptions(within(card).getByLabelText('Status'), 'IN_PROGRESS');
    await user.type(within(card).getByLabelText('Notes'), 'Angerufen');
    await user.click(within(card).getByRole('button', { name: 'Save follow-up' }));
    const link = await within(card).findByRole('link', { name: /Please enter a valid date\./ });
    expect(link.getAttribute('href')).toBe('#follow-up-t1-dueDate');
    // (the heading every form's summary has)
    expect(within(card).getByText('Please correct the following:')).toBeTruthy();
  });

  it('sends the referral to the chosen help point', async () => {
    const sent: MockLink.MockedResponse = {
      request: { query: SendFollowUpReferralMutation, variables: { id: 't1', helpPointId: 'h1' } },
      result: {
        data: {
          sendFollowUpReferral: task({
            status: 'DONE',
            helpPointId: 'h1',
            helpPointName: 'Digitalcafé',
            referralSentAt: '2026-11-23T12:00:00.000Z',
            closedAt: '2026-11-23T12:00:00.000Z',
          }),
        },
      },
    };
    const { user } = renderApp({
      path: '/organize/b1/follow-ups',
      me: organizer,
      language: 'en',
      mocks: [tasks, sent],
    });
    const card = await screen.findByRole('article', { name: 'Referral to a help point: Tafel Lübeck' });
    expect(within(card).getByLabelText('Help point to refer to')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Send referral mail' }));
    expect(await within(card).findByText('Referral to Digitalcafé sent on 23 Nov 2026.')).toBeTruthy();
    // The cache shows the sent referral as soon as the answer is stored; the confirmation follows when the mutation's
    // promise resolves, a moment later (on a busy machine, after the line above already passed).
    await waitFor(() =>
      expect(within(card).getByRole('status').textContent).toBe(
        'The referral mail has been sent and the follow-up closed.',
      ),
    );
  });

  it('says why when the body is not one the person organizes, without a retry that would change nothing', async () => {
    renderApp({
      path: '/organize/b9/follow-ups',
      me: organizer,
      language: 'en',
      mocks: [
        {
          request: { query: FollowUpTasksQuery, variables: { organizingBodyId: 'b9', status: null } },
          result: {
            errors: [new GraphQLError('You are not allowed to do that.', { extensions: { code: 'FORBIDDEN' } })],
          },
        },
      ],
    });
    expect(await screen.findByText('You are not allowed to do that.')).toBeTruthy();
    expect(screen.queryByText('The follow-ups could not be loaded.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to my dashboard' })).toBeTruthy();
  });
});
