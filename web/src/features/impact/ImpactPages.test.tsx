import { type MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organizer } from '../../test/people';
import { renderApp } from '../../test/render';
import { OrganizingBodiesQuery } from '../organizers/graphql/organizers';
import { ImpactReportQuery, PublicImpactQuery, SetImpactHourlyRateMutation } from './graphql/impact';

const row = (key: string, applied: number, served: number, solved: number, hours: number) => ({
  __typename: 'ImpactBreakdownRow',
  key,
  nonprofitsApplied: applied,
  nonprofitsServed: served,
  challengesSolved: solved,
  volunteerHours: hours,
});
const edition = (id: string, name: string, status: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ImpactEdition',
  eventId: id,
  eventName: name,
  status,
  startsAt: '2025-03-06T16:00:00.000Z',
  nonprofitsApplied: 12,
  nonprofitsServed: 10,
  challengesServed: 10,
  challengesSolved: 6,
  challengesPartlySolved: 3,
  volunteers: 22,
  volunteerHours: 80.5,
  estimatedValue: 3220,
  returningVolunteers: 0,
  returningNonprofits: 0,
  feedbackAnswers: 28,
  averageRating: 4.25,
  followUpsOpen: 2,
  followUpsClosed: 3,
  stillInUseYes: 6,
  stillInUsePartly: 1,
  stillInUseNo: 1,
  byCause: [row('SOCIAL', 5, 4, 3, 30), row('SENIORS', 2, 2, 1, 12)],
  byDistrict: [row('Innenstadt', 3, 3, 2, 20), row('', 1, 0, 0, 0)],
  ...overrides,
});
const report = (
  hourlyRate: number,
  editions = [
    edition('e1', 'Nachtschicht 2025', 'DONE'),
    edition('e2', 'Nachtschicht 2026', 'OPEN', {
      nonprofitsServed: 0,
      volunteers: 0,
      volunteerHours: 0,
      estimatedValue: 0,
      returningNonprofits: 4,
      averageRating: null,
      byCause: [],
      byDistrict: [],
    }),
  ],
) => ({
  request: { query: ImpactReportQuery, variables: { organizingBodyId: 'b1' } },
  result: {
    data: {
      impactReport: {
        __typename: 'ImpactReport',
        organizingBodyId: 'b1',
        bodyName: 'Lübeck',
        hourlyRate,
        editions,
      },
    },
  },
});
/** A large edition: quarter hours, and counts past a thousand. */
const large = edition('e3', 'Hackathon 2027', 'DONE', {
  nonprofitsApplied: 1234,
  volunteers: 2500,
  returningVolunteers: 1250,
  volunteerHours: 1234.25,
  estimatedValue: 49370,
  followUpsClosed: 1001,
  stillInUseYes: 1204,
  byCause: [row('SOCIAL', 1100, 1000, 900, 1234.25)],
  byDistrict: [],
});

describe('impact page for organizers', () => {
  it('names the body in its title for a platform admin too, who organizes none of their own', async () => {
    const admin = {
      ...organizer,
      id: 'p9',
      name: 'Ada Admin',
      roles: [{ __typename: 'RoleGrant', role: 'PLATFORM_ADMIN', organizingBodyId: null, organizingBodyName: null }],
    };
    const bodies = {
      request: { query: OrganizingBodiesQuery },
      result: {
        data: {
          organizingBodies: [
            { __typename: 'OrganizingBody', id: 'b1', name: 'Lübeck', city: 'Lübeck' },
            { __typename: 'OrganizingBody', id: 'b2', name: 'Kiel Digital', city: 'Kiel' },
          ],
        },
      },
    };
    renderApp({ path: '/organize/b1/impact', me: admin, language: 'en', mocks: [report(40), bodies] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Impact of Lübeck' })).toBeTruthy();
  });

  it('shows the editions as a table with a chart hidden from assistive technology, and breakdowns', async () => {
    renderApp({ path: '/organize/b1/impact', me: organizer, language: 'en', mocks: [report(40)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Impact of Lübeck' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Figures per edition, oldest first' });
    const lastYear = within(table).getByRole('row', { name: /Nachtschicht 2025/ });
    expect(within(lastYear).getByText('€3,220')).toBeTruthy();
    expect(within(lastYear).getByText('0 of 22 (0%)')).toBeTruthy();
    expect(within(lastYear).getByText('yes 6 · partly 1 · no 1')).toBeTruthy();
    const thisYear = within(table).getByRole('row', { name: /Nachtschicht 2026/ });
    expect(within(thisYear).getByText('4 of 12 (33%)')).toBeTruthy();
    // The charts load lazily beside their tables.
    for (const chart of await screen.findAllByTestId('impact-chart'))
      expect(chart.getAttribute('aria-hidden')).toBe('true');

    // The breakdown starts at the last finished edition.
    const causes = screen.getByRole('table', { name: 'Nachtschicht 2025 by cause' });
    expect(within(causes).getByRole('rowheader', { name: 'Older people' })).toBeTruthy();
    expect(screen.getByText(/A nonprofit with several causes counts under each of them/)).toBeTruthy();
    const districts = screen.getByRole('table', { name: 'Nachtschicht 2025 by district' });
    expect(within(districts).getByRole('rowheader', { name: 'No district given' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edition report of Nachtschicht 2025 as CSV' }).getAttribute('href')).toBe(
      '/api/exports/events/e1/impact.csv?lang=en',
    );
    expect(
      screen.getByRole('link', { name: 'Feedback answers of Nachtschicht 2025 as CSV' }).getAttribute('href'),
    ).toBe('/api/exports/events/e1/feedback.csv?lang=en');
  });

  it('tells a new body’s organizers what comes next while there are no figures yet', async () => {
    const german = renderApp({ path: '/organize/b1/impact', me: organizer, language: 'de', mocks: [report(0, [])] });
    expect(await screen.findByText(/Eine Veranstaltung zählt hier, sobald ihre Anmeldung offen ist/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zu den Veranstaltungen von Lübeck' }).getAttribute('href')).toBe(
      '/organize/b1/events',
    );
    german.unmount();

    // An edition open for registration counts, but nothing about it is solved yet: how the figures come is said.
    const open = edition('e2', 'Nachtschicht 2026', 'OPEN', { byCause: [], byDistrict: [] });
    renderApp({ path: '/organize/b1/impact', me: organizer, language: 'en', mocks: [report(40, [open])] });
    await screen.findByRole('table', { name: 'Figures per edition, oldest first' });
    expect(screen.getByText(/No edition has finished yet/).textContent).toContain('“Mark as finished”');
  });

  it('says nothing of unfinished editions once one has finished', async () => {
    renderApp({ path: '/organize/b1/impact', me: organizer, language: 'en', mocks: [report(40)] });
    await screen.findByRole('table', { name: 'Figures per edition, oldest first' });
    expect(screen.queryByText(/No edition has finished yet/)).toBeNull();
  });

  it('writes hours as given (not rounded to whole hours) and numbers with the language’s thousands separator', async () => {
    const english = renderApp({
      path: '/organize/b1/impact',
      me: organizer,
      language: 'en',
      mocks: [report(40, [large])],
    });
    const table = await screen.findByRole('table', { name: 'Figures per edition, oldest first' });
    const cells = within(within(table).getByRole('row', { name: /Hackathon 2027/ }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // 1,234.25 hours at €40 are €49,370: the hours shown are the ones the value was computed from.
    expect(cells).toEqual(
      expect.arrayContaining(['1,234', '2,500', '1,234.25', '€49,370', '1,250 of 2,500 (50%)', '1,001']),
    );
    expect(cells).toContain('yes 1,204 · partly 1 · no 1');
    const causes = screen.getByRole('table', { name: 'Hackathon 2027 by cause' });
    expect(
      within(causes)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1,100', '1,000', '900', '1,234.25']);
    english.unmount();

    renderApp({ path: '/organize/b1/impact/e3/report', me: organizer, language: 'de', mocks: [report(40, [large])] });
    const figures = await screen.findByRole('table', { name: 'Kennzahlen von Hackathon 2027' });
    const value = (name: RegExp) => within(figures).getByRole('row', { name }).querySelector('td')!.textContent;
    expect(value(/Beworbene Organisationen/)).toBe('1.234');
    expect(value(/Ehrenamtliche Stunden/)).toBe('1.234,25');
    expect(value(/Geschätzter Wert/)).toMatch(/^49\.370\s€ \(bei 40\s€ pro Stunde\)$/);
    expect(value(/Wiederkehrende Ehrenamtliche/)).toBe('1.250 von 2.500 (50\u00a0%)');
  });

  it('saves the hourly rate and shows the server’s error beside the field', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: SetImpactHourlyRateMutation, variables: { organizingBodyId: 'b1', hourlyRate: 5000 } },
      result: {
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ path: 'hourlyRate', message: 'Please enter a rate between 0 and 1000 euros.' }],
            },
          },
        ],
      },
    };
    const accepted: MockLink.MockedResponse = {
      request: { query: SetImpactHourlyRateMutation, variables: { organizingBodyId: 'b1', hourlyRate: 35.5 } },
      result: { data: { setImpactHourlyRate: 35.5 } },
    };
    const { user } = renderApp({
      path: '/organize/b1/impact',
      me: organizer,
      language: 'en',
      mocks: [report(40), refused, accepted, report(35.5)],
    });
    const field = await screen.findByLabelText(/Euros per volunteer hour/);
    await user.clear(field);
    await user.type(field, '5000');
    await user.click(screen.getByRole('button', { name: 'Save rate' }));
    // (the heading every form's summary has)
    const summary = await screen.findByText('Please correct the following:');
    expect(summary).toBeTruthy();
    expect(screen.getByRole('link', { name: /Please enter a rate between 0 and 1000 euros\./ })).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');

    // A corrected field loses its error at once, not at the next save.
    await user.type(field, '{Backspace}');
    expect(screen.queryByText(/Please enter a rate between 0 and 1000 euros\./)).toBeNull();
    expect(field.getAttribute('aria-invalid')).not.toBe('true');

    // Left empty, it is named as every form names a required field, not as "not a number".
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save rate' }));
    expect(await screen.findByRole('link', { name: /Please fill in this field\./ })).toBeTruthy();
    expect(screen.queryByText(/as a number/)).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.type(field, 'x');
    await user.click(screen.getByRole('button', { name: 'Save rate' }));
    expect(
      await screen.findByRole('link', {
        name: /Please enter the euros per volunteer hour as a number with at most two/,
      }),
    ).toBeTruthy();

    await user.clear(field);
    expect(screen.queryByText('Please correct the following:')).toBeNull();
    await user.type(field, '35.5');
    await user.click(screen.getByRole('button', { name: 'Save rate' }));
    expect(await screen.findByText('The rate has been saved.')).toBeTruthy();
  });

  it('fills the rate field with the saved rate as money is written: with its cents, in the page’s language', async () => {
    const german = renderApp({ path: '/organize/b1/impact', me: organizer, language: 'de', mocks: [report(37.5)] });
    expect(((await screen.findByLabelText(/Euro pro ehrenamtlicher Stunde/)) as HTMLInputElement).value).toBe('37,50');
    german.unmount();
    const english = renderApp({ path: '/organize/b1/impact', me: organizer, language: 'en', mocks: [report(37.5)] });
    expect(((await screen.findByLabelText(/Euros per volunteer hour/)) as HTMLInputElement).value).toBe('37.50');
    english.unmount();
    // Whole euros stay as they are typed.
    renderApp({ path: '/organize/b1/impact', me: organizer, language: 'de', mocks: [report(40)] });
    expect(((await screen.findByLabelText(/Euro pro ehrenamtlicher Stunde/)) as HTMLInputElement).value).toBe('40');
  });

  it('reads the rate as the page’s language writes it: a German “1.000” is one thousand, a German “1,000” is refused', async () => {
    const thousand = (answer: number): MockLink.MockedResponse => ({
      request: { query: SetImpactHourlyRateMutation, variables: { organizingBodyId: 'b1', hourlyRate: 1000 } },
      result: { data: { setImpactHourlyRate: answer } },
    });
    const german = renderApp({
      path: '/organize/b1/impact',
      me: organizer,
      language: 'de',
      mocks: [report(40), thousand(1000), report(1000)],
    });
    let field = await screen.findByLabelText(/Euro pro ehrenamtlicher Stunde/);
    await german.user.clear(field);
    await german.user.type(field, '1,000');
    await german.user.click(screen.getByRole('button', { name: 'Satz speichern' }));
    // Not quietly 1 euro: the field is named and nothing is sent.
    expect(
      await screen.findByRole('link', {
        name: /Bitte geben Sie die Euro pro ehrenamtlicher Stunde als Zahl mit höchstens zwei Nachkommastellen an/,
      }),
    ).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await german.user.clear(field);
    await german.user.type(field, '1.000');
    await german.user.click(screen.getByRole('button', { name: 'Satz speichern' }));
    expect(await screen.findByText('Der Satz wurde gespeichert.')).toBeTruthy();
    german.unmount();

    const english = renderApp({
      path: '/organize/b1/impact',
      me: organizer,
      language: 'en',
      mocks: [report(40), thousand(1000), report(1000)],
    });
    field = await screen.findByLabelText(/Euros per volunteer hour/);
    await english.user.clear(field);
    await english.user.type(field, '1,000');
    await english.user.click(screen.getByRole('button', { name: 'Save rate' }));
    expect(await screen.findByText('The rate has been saved.')).toBeTruthy();
  });

  it('prints an edition report with its figures and breakdowns', async () => {
    renderApp({ path: '/organize/b1/impact/e1/report', me: organizer, language: 'en', mocks: [report(40)] });
    const figures = await screen.findByRole('table', { name: 'Figures of Nachtschicht 2025' });
    expect(within(figures).getByRole('row', { name: /Estimated value/ }).textContent).toContain(
      '€3,220 (at €40 per hour)',
    );
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Nachtschicht 2025 by cause' })).toBeTruthy();
    // The date as everywhere else in English: day first.
    expect(screen.getByText(/Nachtschicht 2025 · 6 March 2025/)).toBeTruthy();
  });

  it('gives the hourly rate with its cents, in the page’s language', async () => {
    renderApp({ path: '/organize/b1/impact/e1/report', me: organizer, language: 'de', mocks: [report(40.5)] });
    const figures = await screen.findByRole('table', { name: 'Kennzahlen von Nachtschicht 2025' });
    expect(within(figures).getByRole('row', { name: /Geschätzter Wert/ }).textContent).toMatch(
      /bei 40,50\s€ pro Stunde/,
    );
  });
});

describe('public impact page', () => {
  const figure = (value: number | null) => ({ __typename: 'PublicFigure', value, fewerThanThree: value === null });
  const publicImpact: MockLink.MockedResponse = {
    request: { query: PublicImpactQuery },
    result: {
      data: {
        publicImpact: [
          {
            __typename: 'PublicImpactBody',
            organizingBodyId: 'b1',
            name: 'Hansestadt Lübeck',
            editions: [
              {
                __typename: 'PublicImpactEdition',
                eventId: 'e1',
                eventName: 'Nachtschicht 2025',
                startsAt: '2025-03-06T16:00:00.000Z',
                nonprofitsApplied: figure(1234),
                nonprofitsServed: figure(10),
                challengesSolved: figure(6),
                volunteers: figure(22),
                volunteerHours: figure(25.5),
                estimatedValue: figure(1020),
                returningVolunteers: figure(null),
                returningNonprofits: figure(null),
                followUpsClosed: figure(3),
                stillInUseYes: figure(6),
                byCause: [
                  {
                    __typename: 'PublicImpactBreakdownRow',
                    key: 'SENIORS',
                    nonprofitsServed: figure(null),
                    challengesSolved: figure(null),
                    volunteerHours: figure(12),
                  },
                ],
              },
            ],
          },
        ],
      },
    },
  };

  it('is linked from the home page and shows aggregates, small figures as “fewer than 3”', async () => {
    const { user } = renderApp({ path: '/', language: 'de', mocks: [publicImpact] });
    await user.click(screen.getByRole('link', { name: 'Zu den Wirkungszahlen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Was die Veranstaltungen bewirkt haben' }),
    ).toBeTruthy();
    const figures = await screen.findByRole('table', { name: 'Kennzahlen von Nachtschicht 2025' });
    expect(within(figures).getByRole('row', { name: /Unterstützte Organisationen/ }).textContent).toContain('10');
    // Numbers as German readers write them; 25,5 hours (not "26") beside the 1.020 € computed from them.
    const value = (name: RegExp) => within(figures).getByRole('row', { name }).querySelector('td')!.textContent;
    expect(value(/Beworbene Organisationen/)).toBe('1.234');
    expect(value(/Ehrenamtliche Stunden/)).toBe('25,5');
    expect(value(/Geschätzter Wert/)).toMatch(/^1\.020\s€$/);
    expect(within(figures).getByRole('row', { name: /Wiederkehrende Ehrenamtliche/ }).textContent).toContain(
      'weniger als 3',
    );
    const causes = screen.getByRole('table', { name: 'Nachtschicht 2025 nach Anliegen' });
    expect(within(causes).getAllByText('weniger als 3')).toHaveLength(2);
    expect(screen.getByText(/ergeben die Zeilen zusammen mehr als die Gesamtzahlen/)).toBeTruthy();
  });

  it('leaves the value out where the body set no hourly rate', async () => {
    const withoutRate = structuredClone(publicImpact);
    const edition = (withoutRate.result as { data: { publicImpact: { editions: Record<string, unknown>[] }[] } }).data
      .publicImpact[0].editions[0];
    edition.estimatedValue = { __typename: 'PublicFigure', value: null, fewerThanThree: false };
    renderApp({ path: '/impact', language: 'en', mocks: [withoutRate] });
    const figures = await screen.findByRole('table', { name: 'Figures of Nachtschicht 2025' });
    expect(within(figures).queryByRole('row', { name: /Estimated value/ })).toBeNull();
    expect(within(figures).getByRole('row', { name: /Volunteer hours/ })).toBeTruthy();
  });
});
