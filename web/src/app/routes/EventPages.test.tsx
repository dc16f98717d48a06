import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ChangeEventStatusMutation,
  CreateEventMutation,
  DeleteEventMutation,
  OrganizerEventQuery,
  OrganizerEventsQuery,
  UpdateEventMutation,
} from '../../features/events/graphql/organizer-events';
import { PublicEventQuery } from '../../features/events/graphql/public-event';
import { renderApp } from '../../test/render';

const organizer = {
  __typename: 'Me',
  id: 'p1',
  name: 'Demo Organizer',
  email: 'organizer@demo.skillshift.local',
  locale: 'de',
  roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
};

const closedEvent = {
  __typename: 'OrganizerEvent',
  id: 'e1',
  name: 'Nachtschicht Lübeck',
  kind: 'NACHTSCHICHT',
  status: 'CLOSED',
  description: '',
  city: 'Lübeck',
  venue: 'Kulturwerft Gollan',
  online: false,
  onlineUrl: null,
  languages: ['de'],
  nonprofitDeadline: '2027-02-18T23:00:00.000Z',
  volunteerDeadline: '2027-02-25T23:00:00.000Z',
  startsAt: '2027-03-04T16:00:00.000Z',
  endsAt: '2027-03-04T18:30:00.000Z',
  organizingBodyId: 'b1',
  organizingBodyName: 'Lübeck',
  nextStatuses: ['MATCHING', 'OPEN'],
  slots: [
    {
      __typename: 'Slot',
      id: 's1',
      startsAt: '2027-03-04T16:00:00.000Z',
      endsAt: '2027-03-04T18:30:00.000Z',
      capacity: 8,
      label: null,
    },
  ],
};

describe('event pages', () => {
  it('leads organizers from the dashboard to their body’s events', async () => {
    renderApp({ path: '/dashboard', me: organizer });
    const link = await screen.findByRole('link', { name: 'Veranstaltungen von Lübeck' });
    expect(link.getAttribute('href')).toBe('/organize/b1/events');
  });

  it('offers only the transitions the server allows, and shows locked slots without changing them', async () => {
    renderApp({
      path: '/manage/events/e1',
      me: organizer,
      mocks: [
        { request: { query: OrganizerEventQuery, variables: { id: 'e1' } }, result: { data: { event: closedEvent } } },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nachtschicht Lübeck' })).toBeTruthy();
    const status = screen.getByRole('region', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Teambildung beginnen', 'Anmeldung wieder öffnen']);
    expect(screen.queryByRole('button', { name: 'Zeitfenster hinzufügen' })).toBeNull();
    expect(screen.getByLabelText(/^Teams gleichzeitig/).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('region', { name: 'Entwurf löschen' })).toBeNull();
  });

  it('says the details were saved until the status changes', async () => {
    const open = { ...closedEvent, status: 'OPEN', nextStatuses: ['CLOSED'] };
    const { user } = renderApp({
      path: '/manage/events/e1',
      me: organizer,
      mocks: [
        { request: { query: OrganizerEventQuery, variables: { id: 'e1' } }, result: { data: { event: open } } },
        {
          request: { query: UpdateEventMutation, variables: () => true },
          result: { data: { updateEvent: open } },
        },
        {
          request: { query: ChangeEventStatusMutation, variables: { id: 'e1', status: 'CLOSED' } },
          result: { data: { changeEventStatus: { ...closedEvent, nextStatuses: ['OPEN'] } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Änderungen speichern' }));
    expect(await screen.findByText('Die Änderungen wurden gespeichert.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Anmeldung schließen' }));
    expect(await screen.findByText('Aktueller Status: Anmeldung geschlossen')).toBeTruthy();
    expect(screen.queryByText('Die Änderungen wurden gespeichert.')).toBeNull();
  });

  it('deletes a draft after asking, and the event list says it was deleted', async () => {
    const draft = { ...closedEvent, name: 'Digitalabend Kiel', status: 'DRAFT', nextStatuses: ['OPEN'] };
    const { user, router } = renderApp({
      path: '/manage/events/e1',
      me: organizer,
      mocks: [
        { request: { query: OrganizerEventQuery, variables: { id: 'e1' } }, result: { data: { event: draft } } },
        { request: { query: DeleteEventMutation, variables: { id: 'e1' } }, result: { data: { deleteEvent: true } } },
        {
          request: { query: OrganizerEventsQuery, variables: { organizingBodyId: 'b1', limit: 20, offset: 0 } },
          result: { data: { organizerEvents: { __typename: 'OrganizerEventPage', totalCount: 0, items: [] } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Diesen Entwurf löschen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, „Digitalabend Kiel“ endgültig löschen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/organize/b1/events'));
    expect((await screen.findByRole('status')).textContent).toBe('Der Entwurf „Digitalabend Kiel“ wurde gelöscht.');
  });

  it('asks before marking the event finished, which mails the feedback requests, and shows the server’s refusal', async () => {
    const publishedEvent = { ...closedEvent, status: 'PUBLISHED', nextStatuses: ['DONE'] };
    const refusal =
      'Eine Veranstaltung kann erst als abgeschlossen markiert werden, wenn ihr letztes Zeitfenster vorbei ist.';
    const { user } = renderApp({
      path: '/manage/events/e1',
      me: organizer,
      mocks: [
        {
          request: { query: OrganizerEventQuery, variables: { id: 'e1' } },
          result: { data: { event: publishedEvent } },
        },
        {
          request: { query: ChangeEventStatusMutation, variables: { id: 'e1', status: 'DONE' } },
          result: { errors: [{ message: refusal, extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    const markDone = await screen.findByRole('button', { name: 'Als abgeschlossen markieren' });
    await user.click(markDone);
    const dialog = await screen.findByRole('dialog', { name: 'Veranstaltung als abgeschlossen markieren?' });
    expect(dialog.textContent).toContain('per E-Mail eine Bitte um Feedback');
    // Focus starts on Cancel; Escape closes without changing anything and gives focus back.
    expect(document.activeElement?.textContent).toBe('Abbrechen');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(markDone));

    await user.click(markDone);
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, abschließen und um Feedback bitten' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(refusal);
    expect(screen.getByText('Aktueller Status: Teams stehen fest')).toBeTruthy();
  });

  it('names missing slot values with the server’s problems in one summary that leads to the fields', async () => {
    const refusal = (fields: { path: string; message: string }[]) => ({
      errors: [
        {
          message: 'Einige Felder sind nicht richtig ausgefüllt.',
          extensions: { code: 'BAD_USER_INPUT', fields },
        },
      ],
    });
    const slotsOf = (variables: Record<string, unknown>) =>
      (variables.input as { slots: { startsAt: string | null }[] }).slots;
    const { user } = renderApp({
      path: '/organize/b1/events/new',
      me: organizer,
      mocks: [
        {
          // Empty slot values go to the server as null; it names them with the rest, the form words them itself.
          request: {
            query: CreateEventMutation,
            variables: (variables: Record<string, unknown>) => slotsOf(variables)[0].startsAt === null,
          },
          result: refusal([
            { path: 'input.name', message: 'Bitte verwenden Sie mindestens 3 Zeichen.' },
            { path: 'input.slots[0].startsAt', message: 'Bitte füllen Sie dieses Feld aus.' },
            { path: 'input.slots[0].endsAt', message: 'Bitte füllen Sie dieses Feld aus.' },
            { path: 'input.slots[0].capacity', message: 'Bitte füllen Sie dieses Feld aus.' },
          ]),
        },
        {
          request: {
            query: CreateEventMutation,
            variables: (variables: Record<string, unknown>) => slotsOf(variables)[0].startsAt !== null,
          },
          result: refusal([{ path: 'input.name', message: 'Bitte verwenden Sie mindestens 3 Zeichen.' }]),
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Neue Veranstaltung anlegen' });
    await user.click(screen.getByRole('button', { name: 'Veranstaltung als Entwurf anlegen' }));
    const summary = await screen.findByRole('alert');
    await within(summary).findByRole('link', { name: /: Bitte verwenden Sie mindestens 3 Zeichen\.$/ });
    expect(within(summary).getAllByRole('link')).toHaveLength(4);
    await user.click(
      within(summary).getAllByRole('link', {
        name: /^Zeitfenster 1 – Beginn: Bitte geben Sie Datum und Uhrzeit ein\.$/,
      })[0],
    );
    expect(document.activeElement?.id).toBe('event-slots-0-startsAt');

    await user.type(screen.getByLabelText(/^Beginn/), '2027-03-04T17:00');
    await user.type(screen.getByLabelText(/^Ende/), '2027-03-04T19:30');
    await user.type(screen.getByLabelText(/^Teams gleichzeitig/), '8');
    await user.click(screen.getByRole('button', { name: 'Zeitfenster hinzufügen' }));
    expect(document.activeElement?.id).toBe('event-slots-1-startsAt');
    await user.click(screen.getByRole('button', { name: 'Zeitfenster 2 entfernen' }));
    expect(document.activeElement?.id).toBe('event-slots');

    await user.type(screen.getByLabelText(/^Name der Veranstaltung/), 'ab');
    await user.click(screen.getByRole('button', { name: 'Veranstaltung als Entwurf anlegen' }));
    expect(await screen.findByRole('link', { name: /: Bitte verwenden Sie mindestens 3 Zeichen\.$/ })).toBeTruthy();
    expect(screen.getByLabelText(/^Name der Veranstaltung/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says that an event was not found only when the server says so, not when it failed', async () => {
    renderApp({
      path: '/events/e1',
      language: 'de',
      mocks: [
        {
          request: { query: PublicEventQuery, variables: { id: 'e1' } },
          result: {
            errors: [
              { message: 'Auf dem Server ist ein Fehler aufgetreten.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ],
          },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Die Seite konnte nicht geladen werden' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });

  it('says that an event was not found when the server says so', async () => {
    renderApp({
      path: '/events/e2',
      language: 'en',
      mocks: [
        {
          request: { query: PublicEventQuery, variables: { id: 'e2' } },
          result: { errors: [{ message: 'Event not found.', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Event not found' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('shows the public page of an event with its slots and deadlines in English', async () => {
    renderApp({
      path: '/events/e1',
      language: 'en',
      mocks: [
        {
          request: { query: PublicEventQuery, variables: { id: 'e1' } },
          result: {
            data: {
              publicEvent: {
                __typename: 'PublicEvent',
                id: 'e1',
                name: 'Nachtschicht Lübeck',
                kind: 'NACHTSCHICHT',
                status: 'OPEN',
                description: 'Ein Abend für Vereine.',
                city: 'Lübeck',
                venue: 'Kulturwerft Gollan',
                online: false,
                languages: ['de', 'en'],
                nonprofitDeadline: '2027-02-18T23:00:00.000Z',
                volunteerDeadline: '2027-02-25T23:00:00.000Z',
                organizingBodyName: 'Hansestadt Lübeck',
                startsAt: '2027-03-04T16:00:00.000Z',
                endsAt: '2027-03-04T21:00:00.000Z',
                slots: [
                  {
                    __typename: 'PublicSlot',
                    startsAt: '2027-03-04T16:00:00.000Z',
                    endsAt: '2027-03-04T18:30:00.000Z',
                  },
                  {
                    __typename: 'PublicSlot',
                    startsAt: '2027-03-04T18:45:00.000Z',
                    endsAt: '2027-03-04T21:00:00.000Z',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nachtschicht Lübeck' })).toBeTruthy();
    expect(screen.getByText('German, English')).toBeTruthy();
    expect(screen.getByText('Hansestadt Lübeck')).toBeTruthy();
    const slots = screen.getByRole('region', { name: 'Slots' });
    expect(within(slots).getAllByRole('listitem')).toHaveLength(2);
    expect(within(slots).getAllByRole('listitem')[0].textContent).toMatch(/17:00/);
  });
});
