import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { EraseMyAccountMutation, MyConsentRecordsQuery } from '../graphql/account';

const volunteer = {
  __typename: 'Me',
  id: 'p1',
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  locale: 'en',
  roles: [{ __typename: 'RoleGrant', role: 'VOLUNTEER', organizingBodyId: null, organizingBodyName: null }],
};
const consents = {
  request: { query: MyConsentRecordsQuery },
  result: {
    data: {
      myConsentRecords: [
        {
          __typename: 'ConsentRecord',
          id: 'c1',
          purpose: 'VOLUNTEER_PROFILE',
          textVersion: '2026-11-1',
          method: 'PHONE',
          recordedByName: 'Olga Orga',
          givenAt: '2026-11-02T10:00:00.000Z',
          withdrawnAt: null,
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('account page', () => {
  it('shows the consents, offers the download and erases only after confirmation', async () => {
    const { user } = renderApp({
      path: '/account',
      language: 'en',
      me: volunteer,
      mocks: [
        consents,
        {
          request: { query: EraseMyAccountMutation, variables: { confirm: false } },
          result: {
            errors: [
              new GraphQLError('Some fields are not filled in correctly.', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    {
                      path: 'confirm',
                      message: 'Please confirm that the account and its personal data are to be erased.',
                    },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account and your data' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Your consent records, newest first' });
    expect(within(table).getByRole('cell', { name: 'Your volunteer profile' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: 'By phone, recorded by Olga Orga' })).toBeTruthy();
    // The stored "2026-11-1", as people read it.
    expect(within(table).getByRole('cell', { name: 'No. 1 of November 2026' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download my data' }).getAttribute('href')).toBe(
      '/api/exports/my-personal-data.json',
    );

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const summaryLink = await screen.findByRole('link', {
      name: /: Please confirm that the account and its personal data are to be erased\.$/,
    });
    expect(summaryLink.getAttribute('href')).toBe('#field-confirm');
    expect(screen.getByRole('checkbox', { name: 'I want to delete my account and my personal data.' })).toBeTruthy();
  });
});
