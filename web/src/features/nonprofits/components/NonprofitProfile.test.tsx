import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { NonprofitQuery, UpdateNonprofitMutation } from '../graphql/nonprofits';

const me = {
  __typename: 'Me',
  id: 'p1',
  name: 'Petra Wulf',
  email: 'petra@katzenhilfe.example',
  locale: 'de',
  roles: [],
};
/** The profile's fields, as the form shows and sends them back. */
const profile = {
  name: 'Katzenhilfe Lübeck e.V.',
  legalForm: 'EV',
  causes: ['ANIMALS'],
  street: 'Moislinger Allee 75',
  postalCode: '23558',
  city: 'Lübeck',
  district: 'St. Lorenz Süd',
  website: null,
  description: 'Wir vermitteln Fundkatzen.',
  publishOnMap: false,
  inviteToNextEditions: true,
  latitude: null,
  longitude: null,
};
/** The last change of the invitations: null as registered; `byName` null once that account was erased. */
const turned = (byName: string | null) => ({
  __typename: 'NonprofitInvitationsChange',
  at: '2026-12-07T14:05:00.000Z',
  byName,
});
const nonprofit = (inviteToNextEditions: boolean, invitationsChange: ReturnType<typeof turned> | null = null) => ({
  __typename: 'Nonprofit',
  id: 'n1',
  ...profile,
  inviteToNextEditions,
  invitationsChange,
  organizingBodyId: 'b1',
  organizingBodyName: 'Hansestadt Lübeck',
  viewerIsContact: true,
  contacts: [
    {
      __typename: 'NonprofitContact',
      personId: 'p1',
      name: 'Petra Wulf',
      email: 'petra@katzenhilfe.example',
      phone: null,
    },
  ],
  challenges: [],
  openEvents: [],
});

/** The profile as the form sends it back, with only the invitations switched off. */
const savedWithoutInvitations = { ...profile, inviteToNextEditions: false };

describe('the nonprofit’s invitations to later editions', () => {
  it('are on until a contact turns them off in the profile, which then says so', async () => {
    const { user } = renderApp({
      path: '/nonprofits/n1',
      language: 'de',
      me,
      mocks: [
        {
          request: { query: NonprofitQuery, variables: { id: 'n1' } },
          result: { data: { nonprofit: nonprofit(true) } },
        },
        {
          request: { query: UpdateNonprofitMutation, variables: { id: 'n1', input: savedWithoutInvitations } },
          result: { data: { updateNonprofit: nonprofit(false, turned('Petra Wulf')) } },
        },
      ],
    });
    const profile = await screen.findByRole('region', { name: 'Profil' });
    expect(within(profile).getByText('Ansprechpersonen werden per E-Mail eingeladen')).toBeTruthy();
    // As registered: nobody changed them, so nothing says who did.
    expect(within(profile).queryByText(/geschaltet/)).toBeNull();

    await user.click(within(profile).getByRole('button', { name: 'Profil bearbeiten' }));
    const invite = within(profile).getByRole('checkbox', {
      name: 'Laden Sie uns ein, wenn eine Veranstaltung wieder stattfindet.',
    });
    expect(invite).toHaveProperty('checked', true);
    expect(invite.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(invite);
    expect(invite).toHaveProperty('checked', false);
    await user.click(within(profile).getByRole('button', { name: 'Profil speichern' }));

    expect(await within(profile).findByText('Das Profil ist gespeichert.')).toBeTruthy();
    expect(within(profile).getByText('Ansprechpersonen werden nicht eingeladen')).toBeTruthy();
    expect(within(profile).getByText('Ausgeschaltet von Petra Wulf am 07.12.2026.')).toBeTruthy();
  });

  it('reads in English too', async () => {
    renderApp({
      path: '/nonprofits/n1',
      language: 'en',
      me,
      mocks: [
        {
          request: { query: NonprofitQuery, variables: { id: 'n1' } },
          result: { data: { nonprofit: nonprofit(false, turned(null)) } },
        },
      ],
    });
    const profile = await screen.findByRole('region', { name: 'Profile' });
    expect(within(profile).getByText('When an event takes place again')).toBeTruthy();
    expect(within(profile).getByText('Contact persons are not invited')).toBeTruthy();
    expect(within(profile).getByText('Turned off on 7 Dec 2026 by an account since erased.')).toBeTruthy();
  });
});
