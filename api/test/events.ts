import { type TestApp, gql } from './app';

/** GraphQL documents and inputs for event tests, shared by the integration specs. */
export const EVENT_FIELDS = `id name kind status description city venue online onlineUrl languages
  nonprofitDeadline volunteerDeadline startsAt endsAt organizingBodyId organizingBodyName nextStatuses
  slots { id startsAt endsAt capacity label }`;

export const CREATE_EVENT = `mutation ($organizingBodyId: ID!, $input: EventInput!) {
  createEvent(organizingBodyId: $organizingBodyId, input: $input) { ${EVENT_FIELDS} }
}`;
export const UPDATE_EVENT = `mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`;
export const CHANGE_STATUS = `mutation ($id: ID!, $status: EventStatus!) {
  changeEventStatus(id: $id, status: $status) { id status nextStatuses }
}`;
export const COPY_EVENT = `mutation ($id: ID!, $offsetDays: Int, $name: String!) {
  copyEvent(id: $id, offsetDays: $offsetDays, name: $name) { ${EVENT_FIELDS} }
}`;
export const DELETE_EVENT = `mutation ($id: ID!) { deleteEvent(id: $id) }`;
export const EVENT = `query ($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
export const ORGANIZER_EVENTS = `query ($organizingBodyId: ID!, $limit: Int, $offset: Int) {
  organizerEvents(organizingBodyId: $organizingBodyId, limit: $limit, offset: $offset) {
    totalCount items { id name status slots { id } }
  }
}`;
export const PUBLIC_EVENT = `query ($id: ID!) {
  publicEvent(id: $id) {
    id name kind status description venue city online languages nonprofitDeadline volunteerDeadline
    organizingBodyName startsAt endsAt slots { startsAt endsAt }
  }
}`;

/**
 * A valid Nachtschicht in March 2038 with two slots; override what a test is about. The tests' fixed dates lie in
 * 2038 so that their deadlines stay ahead of the clock for years (they were in 2027: the suite would have failed from
 * February 2027); 2038 has 2027's calendar, so the weekdays the tests read ("Donnerstag, 4. März") are the same.
 */
export function eventInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Nachtschicht Lübeck 2038',
    kind: 'NACHTSCHICHT',
    description: 'Ein Abend für Lübecker Vereine.',
    city: 'Lübeck',
    venue: 'Kulturwerft Gollan',
    online: false,
    onlineUrl: null,
    languages: ['de', 'en'],
    nonprofitDeadline: '2038-02-18T23:00:00.000Z',
    volunteerDeadline: '2038-02-25T23:00:00.000Z',
    slots: [
      { startsAt: '2038-03-04T16:00:00.000Z', endsAt: '2038-03-04T18:30:00.000Z', capacity: 8, label: 'Erste Runde' },
      { startsAt: '2038-03-04T18:45:00.000Z', endsAt: '2038-03-04T21:00:00.000Z', capacity: 6, label: null },
    ],
    ...overrides,
  };
}

export async function createEvent(
  app: TestApp,
  cookie: string,
  organizingBodyId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slots: { id: string }[] }> {
  const response = await gql(app, CREATE_EVENT, { organizingBodyId, input: eventInput(overrides) }, cookie);
  if (!response.body.data?.createEvent) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data.createEvent as { id: string; slots: { id: string }[] };
}
