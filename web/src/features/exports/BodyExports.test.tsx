import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { organizer } from '../../test/people';
import { renderApp } from '../../test/render';
import { ExportableEventsQuery } from './graphql/exports';

describe('exports of a body one does not organize', () => {
  it('say why, without a retry that would change nothing', async () => {
    renderApp({
      path: '/organize/b9/exports',
      me: organizer,
      language: 'en',
      mocks: [
        {
          request: { query: ExportableEventsQuery, variables: { organizingBodyId: 'b9', limit: 50, offset: 0 } },
          result: {
            errors: [new GraphQLError('You are not allowed to do that.', { extensions: { code: 'FORBIDDEN' } })],
          },
        },
      ],
    });
    expect(await screen.findByText('You are not allowed to do that.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to my dashboard' })).toBeTruthy();
  });
});
