import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { NonprofitQuery, RemoveNonprofitContactMutation } from '../graphql/nonprofits';

const me = { __typename: 'Me', id: 'p1', name: 'Jonas Berg', email: 'jonas@example.org', locale: 'de', roles: [] };
const contact = (personId: string, name: string) => ({
  __typename: 'NonprofitContact',
  personId,
  name,
  email: `${personId}@example.org`,
  phone: null,
});
const nonprofit = (contacts: ReturnType<typeof contact>[]) => ({
  __typename: 'Nonprofit',
  id: 'n1',
  name: 'Tafel Lübeck',
  legalForm: 'EV',
  causes: ['SOCIAL'],
  street: null,
  postalCode: null,
  city: 'Lübeck',
  district: null,
  website: null,
  description: 'Lebensmittel für alle.',
  publishOnMap: false,
  inviteToNextEditions: true,
  invitationsChange: null,
  latitude: null,
  longitude: null,
  organizingBodyId: 'b1',
  organizingBodyName: 'Lübeck',
  viewerIsContact: true,
  contacts,
  challenges: [],
  openEvents: [],
});
const both = [contact('p1', 'Jonas Berg'), contact('p2', 'Renate Holm')];
const loaded = {
  request: { query: NonprofitQuery, variables: { id: 'n1' } },
  result: { data: { nonprofit: nonprofit(both) } },
};

describe('removing a contact person', () => {
  it('asks first; Escape and Abbrechen change nothing and give the keyboard back', async () => {
    const { user } = renderApp({ path: '/nonprofits/n1', language: 'de', me, mocks: [loaded] });
    const removeButton = await screen.findByRole('button', { name: 'Renate Holm entfernen' });
    await user.click(removeButton);
    const dialog = await screen.findByRole('dialog', { name: 'Renate Holm als Ansprechperson entfernen?' });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(removeButton));

    await user.click(removeButton);
    await user.click(await screen.findByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Renate Holm')).toBeTruthy();
  });

  it('removes after the confirmation', async () => {
    const { user } = renderApp({
      path: '/nonprofits/n1',
      language: 'de',
      me,
      mocks: [
        loaded,
        {
          request: { query: RemoveNonprofitContactMutation, variables: { nonprofitId: 'n1', personId: 'p2' } },
          result: { data: { removeNonprofitContact: nonprofit([contact('p1', 'Jonas Berg')]) } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Renate Holm entfernen' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, entfernen' }));
    expect(await screen.findByText('Renate Holm ist keine Ansprechperson mehr.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement?.id).toBe('nonprofit-contacts'));
  });
});
