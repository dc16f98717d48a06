import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { ChallengeQuery } from '../graphql/challenges';

const contact = {
  __typename: 'Me',
  id: 'p1',
  name: 'Renate Holm',
  email: 'renate@example.org',
  locale: 'de',
  roles: [],
};

const refused = (code: string, message: string) => ({
  request: { query: ChallengeQuery, variables: { id: 'xyz' } },
  result: { errors: [new GraphQLError(message, { extensions: { code } })] },
});

describe('a challenge that cannot be shown', () => {
  it.each([
    ['/challenges/xyz', 'NOT_FOUND', 'Die Herausforderung wurde nicht gefunden.'],
    ['/challenges/xyz', 'FORBIDDEN', 'Dazu sind Sie nicht berechtigt.'],
    ['/challenges/xyz/edit', 'NOT_FOUND', 'Die Herausforderung wurde nicht gefunden.'],
  ])('%s refused with %s says why, offers the way back and no retry', async (path, code, message) => {
    renderApp({ path, language: 'de', me: contact, mocks: [refused(code, message)] });
    expect(await screen.findByText(message)).toBeTruthy();
    expect(
      screen.queryByText(
        'Die Herausforderung konnte nicht geladen werden. Sind Sie mit der richtigen Adresse angemeldet?',
      ),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Zu meiner Übersicht' }).getAttribute('href')).toBe('/dashboard');
  });

  it('keeps the retry when the network failed', async () => {
    renderApp({
      path: '/challenges/c1',
      language: 'de',
      me: contact,
      mocks: [{ request: { query: ChallengeQuery, variables: { id: 'c1' } }, error: new Error('offline') }],
    });
    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });
});
