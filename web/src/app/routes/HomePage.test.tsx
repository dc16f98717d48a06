import { type MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UpcomingEventsQuery } from '../../features/events/graphql/upcoming-events';
import { renderApp } from '../../test/render';

const nachtschicht = {
  __typename: 'EventSummary',
  id: 'event-1',
  name: 'Nachtschicht Lübeck',
  kind: 'NACHTSCHICHT',
  status: 'OPEN',
  description: 'Ein Abend für digitale Vereinsprobleme.',
  startsAt: '2026-03-20T17:00:00.000Z',
  endsAt: '2026-03-20T22:00:00.000Z',
  city: 'Lübeck',
  venue: 'Kulturwerft Gollan',
};

const hackathon = {
  ...nachtschicht,
  id: 'event-2',
  name: 'Sozialer Hackathon',
  kind: 'HACKATHON',
  status: 'PUBLISHED',
  venue: null,
  startsAt: '2026-06-12T07:00:00.000Z',
  endsAt: '2026-06-13T15:00:00.000Z',
};

function upcomingEvents(events: unknown[]): MockLink.MockedResponse {
  return { request: { query: UpcomingEventsQuery }, result: { data: { upcomingEvents: events } } };
}

describe('home page', () => {
  it('explains SkillShift and lists the upcoming events', async () => {
    renderApp({ mocks: [upcomingEvents([nachtschicht, hackathon])] });

    expect(
      screen.getByRole('heading', { level: 1, name: 'Digitale Hilfe für Vereine – von Freiwilligen' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Für Vereine und Initiativen' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Veranstaltungen werden geladen …');

    const first = await screen.findByRole('article', { name: 'Nachtschicht Lübeck' });
    expect(within(first).getByText('Nachtschicht')).toBeTruthy();
    expect(within(first).getByText('Anmeldung offen')).toBeTruthy();
    expect(within(first).getByText('Kulturwerft Gollan, Lübeck')).toBeTruthy();
    // Shown in Lübeck's time (CET, UTC+1) and German words.
    expect(within(first).getByText(/Freitag, 20\. März 2026, 18:00\s*–\s*23:00/)).toBeTruthy();

    const second = screen.getByRole('article', { name: 'Sozialer Hackathon' });
    expect(within(second).getByText('Teams stehen fest')).toBeTruthy();
    expect(within(second).getByText('Lübeck')).toBeTruthy();
  });

  it('shows dates and labels in English after switching', async () => {
    const { user } = renderApp({ mocks: [upcomingEvents([nachtschicht])] });
    await screen.findByRole('article', { name: 'Nachtschicht Lübeck' });
    await user.click(screen.getByRole('button', { name: 'English' }));

    const event = screen.getByRole('article', { name: 'Nachtschicht Lübeck' });
    expect(within(event).getByText('Registration open')).toBeTruthy();
    expect(within(event).getByText(/Friday, 20 March 2026, 18:00\s*–\s*23:00/)).toBeTruthy();
  });

  it('says so when no events are planned', async () => {
    renderApp({ mocks: [upcomingEvents([])] });
    expect(
      await screen.findByText('Zurzeit sind keine Veranstaltungen geplant. Schauen Sie bald wieder vorbei.'),
    ).toBeTruthy();
  });

  it('shows an error with a way to try again', async () => {
    const { user } = renderApp({
      mocks: [{ request: { query: UpcomingEventsQuery }, error: new Error('offline') }, upcomingEvents([nachtschicht])],
    });

    expect(await screen.findByText('Die Veranstaltungen konnten nicht geladen werden.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('article', { name: 'Nachtschicht Lübeck' })).toBeTruthy();
  });
});
