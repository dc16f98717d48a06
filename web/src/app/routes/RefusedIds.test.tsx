import { type DocumentNode } from 'graphql';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OrganizerEventQuery } from '../../features/events/graphql/organizer-events';
import { NonprofitQuery } from '../../features/nonprofits/graphql/nonprofits';
import { NonprofitTeamsQuery } from '../../features/publication/graphql/publication';
import { renderApp } from '../../test/render';

const volunteer = { __typename: 'Me', id: 'p9', name: 'Vera', email: 'vera@example.org', locale: 'en', roles: [] };

// An id in the address that is unknown or not the viewer's: the API's reason and a way back, never a retry.
describe.each([
  ['/nonprofits/n9', NonprofitQuery, { id: 'n9' }],
  ['/nonprofits/n9/teams', NonprofitTeamsQuery, { nonprofitId: 'n9' }],
  ['/manage/events/e9', OrganizerEventQuery, { id: 'e9' }],
])('%s refused', (path, query: DocumentNode, variables) => {
  it.each([
    ['NOT_FOUND', 'Not found.'],
    ['FORBIDDEN', 'You are not allowed to do that.'],
  ])('with %s', async (code, message) => {
    renderApp({
      path,
      language: 'en',
      me: volunteer,
      mocks: [
        { request: { query, variables }, result: { errors: [new GraphQLError(message, { extensions: { code } })] } },
      ],
    });
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to my dashboard' })).toBeTruthy();
  });
});
