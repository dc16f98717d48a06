import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { BodyOrganizersQuery, InviteOrganizerMutation, OrganizingBodiesQuery } from '../graphql/organizers';

const organizer = {
  __typename: 'Me',
  id: 'p1',
  name: 'Demo Organizer',
  email: 'organizer@demo.skillshift.local',
  locale: 'en',
  roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
};
const bodies = {
  request: { query: OrganizingBodiesQuery },
  result: { data: { organizingBodies: [{ __typename: 'OrganizingBody', id: 'b1', name: 'Lübeck', city: 'Lübeck' }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const team = (members: { name: string; email: string; hasSignedIn: boolean }[]) => ({
  request: { query: BodyOrganizersQuery, variables: { organizingBodyId: 'b1' } },
  result: {
    data: {
      bodyOrganizers: members.map((member, index) => ({
        __typename: 'BodyOrganizer',
        id: `o${index}`,
        since: '2026-10-01T10:00:00.000Z',
        ...member,
      })),
    },
  },
});

describe('organizer team page', () => {
  it('lists the organizers with their state in words and invites one more', async () => {
    const { user } = renderApp({
      path: '/organize/b1/team',
      language: 'en',
      me: organizer,
      mocks: [
        bodies,
        team([{ name: 'Demo Organizer', email: 'organizer@demo.skillshift.local', hasSignedIn: true }]),
        {
          request: {
            query: InviteOrganizerMutation,
            variables: { email: 'nele@example.org', name: 'Nele', organizingBodyId: 'b1', locale: 'de' },
          },
          result: { data: { inviteOrganizer: true } },
        },
        team([
          { name: 'Demo Organizer', email: 'organizer@demo.skillshift.local', hasSignedIn: true },
          { name: 'Nele', email: 'nele@example.org', hasSignedIn: false },
        ]),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organizer team of Lübeck' })).toBeTruthy();
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: 'Active' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '1 Oct 2026' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), 'Nele');
    await user.type(screen.getByRole('textbox', { name: /E-mail address/ }), 'nele@example.org');
    // The invitation's language starts as the page's; Nele reads German.
    const language = screen.getByRole('combobox', { name: 'Language of the invitation' });
    expect((language as HTMLSelectElement).value).toBe('en');
    expect(language.getAttribute('aria-describedby')).toBeTruthy();
    await user.selectOptions(language, 'Deutsch');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('The invitation to nele@example.org is on its way.')).toBeTruthy();
    // emptied for the next one: the page's language again
    expect((language as HTMLSelectElement).value).toBe('en');
    expect(await within(table).findByRole('cell', { name: 'Invited, not signed in yet' })).toBeTruthy();
  });
});

describe('organizer team of a body one does not organize', () => {
  it('says so and shows no invitation form', async () => {
    renderApp({
      path: '/organize/unknown/team',
      language: 'en',
      me: organizer,
      mocks: [
        bodies,
        {
          request: { query: BodyOrganizersQuery, variables: { organizingBodyId: 'unknown' } },
          result: {
            errors: [new GraphQLError('You are not allowed to do that.', { extensions: { code: 'FORBIDDEN' } })],
          },
        },
      ],
    });
    expect(await screen.findByText('You are not allowed to do that.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to my dashboard' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send invitation' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('inviting someone who already organizes', () => {
  it('names the e-mail field and says nothing is on its way', async () => {
    const message = 'organizer@demo.skillshift.local already organizes for Lübeck.';
    const { user } = renderApp({
      path: '/organize/b1/team',
      language: 'en',
      me: organizer,
      mocks: [
        bodies,
        team([{ name: 'Demo Organizer', email: 'organizer@demo.skillshift.local', hasSignedIn: true }]),
        {
          request: {
            query: InviteOrganizerMutation,
            variables: { email: 'ORGANIZER@demo.skillshift.local', name: null, organizingBodyId: 'b1', locale: 'en' },
          },
          result: {
            errors: [
              new GraphQLError('Some fields are not filled in correctly.', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'email', message }] },
              }),
            ],
          },
        },
      ],
    });
    const email = await screen.findByRole('textbox', { name: /E-mail address/ });
    await user.type(email, 'ORGANIZER@demo.skillshift.local');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/is on its way/)).toBeNull();
  });
});
