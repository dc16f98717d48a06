import { type DataSource } from 'typeorm';
import { type TestApp, gql } from './app';
import { CHANGE_STATUS, createEvent } from './events';

/** GraphQL documents, inputs and factories for the volunteer specs. */
export const PROFILE_FIELDS = `personId name email phone employer skills { skill level } languages formats causes
  inviteToNextEditions consents { purpose textVersion method recordedByName givenAt withdrawnAt }`;
export const REGISTRATION_FIELDS = `id eventId eventName eventStatus eventStartsAt eventEndsAt volunteerDeadline status
  maxAssignments slots { id startsAt endsAt label } eventSlots { id } changeable withdrawable assisted`;

export const MY_PROFILE = `query { myVolunteerProfile { ${PROFILE_FIELDS} } }`;
export const SAVE_PROFILE = `mutation ($input: VolunteerProfileInput!) {
  saveVolunteerProfile(input: $input) { ${PROFILE_FIELDS} }
}`;
export const REGISTER = `mutation ($input: EventRegistrationInput!) {
  registerForEvent(input: $input) { ${REGISTRATION_FIELDS} }
}`;
export const UPDATE_REGISTRATION = `mutation ($id: ID!, $input: VolunteerRegistrationChangeInput!) {
  updateVolunteerRegistration(id: $id, input: $input) { ${REGISTRATION_FIELDS} }
}`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawVolunteerRegistration(id: $id) { ${REGISTRATION_FIELDS} } }`;
export const MY_REGISTRATIONS = `query { myVolunteerRegistrations { ${REGISTRATION_FIELDS} } }`;
export const EVENT_OPTIONS = `query ($eventId: ID!) {
  volunteerEventOptions(eventId: $eventId) {
    id name status registrationOpen volunteerDeadline organizingBodyName slots { id label }
    myRegistration { id status }
  }
}`;
export const EVENT_VOLUNTEERS = `query ($eventId: ID!) {
  eventVolunteers(eventId: $eventId) {
    registrationId personId name email phone employer skills { skill level } languages formats causes
    slots { id } maxAssignments status assisted
  }
}`;
export const EVENT_VOLUNTEER_NAMES = `query ($eventId: ID!) { eventVolunteers(eventId: $eventId) { name status } }`;
export const OVERVIEW = `query ($eventId: ID!) {
  eventVolunteerOverview(eventId: $eventId) {
    eventId eventName eventStatus volunteerCount withdrawnCount
    challengeCounts { status count }
    slots { slotId label capacity volunteers acceptedChallenges }
    supplyDemand { skill minLevel requiredBy wishedBy covering coveringInSharedSlots status missing }
  }
}`;
export const INTAKE = `mutation ($input: VolunteerIntakeInput!) {
  registerVolunteerOnBehalf(input: $input) {
    reviewMailSent
    volunteer { registrationId personId name email phone employer status assisted slots { id } maxAssignments }
  }
}`;

/** A valid profile; override what a test is about. */
export function profileInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Ada Lovelace',
    phone: '+49 451 1234567',
    employer: 'Analytical Engines GmbH',
    skills: [
      { skill: 'web.cms.wordpress', level: 3 },
      { skill: 'security.gdpr', level: 2 },
    ],
    languages: ['de', 'en'],
    formats: ['ONSITE', 'HYBRID'],
    causes: ['EDUCATION', 'SENIORS'],
    inviteToNextEditions: true,
    consent: true,
    ...overrides,
  };
}

/** An event of the body, opened for registration (deadline in 2038, well after today). */
export async function createOpenEvent(
  app: TestApp,
  organizerCookie: string,
  organizingBodyId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slots: { id: string }[] }> {
  const event = await createEvent(app, organizerCookie, organizingBodyId, overrides);
  const opened = await gql(app, CHANGE_STATUS, { id: event.id, status: 'OPEN' }, organizerCookie);
  if (opened.body.errors) throw new Error(JSON.stringify(opened.body.errors));
  return event;
}

export async function countRows(dataSource: DataSource, table: string, where = 'true', params: unknown[] = []) {
  const rows = (await dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params)) as {
    n: number;
  }[];
  return rows[0].n;
}

/** A nonprofit of the body with a challenge in the given status, its skills and slots; written straight to the tables. */
export async function createChallenge(
  dataSource: DataSource,
  challenge: {
    organizingBodyId: string;
    eventId: string;
    status: string;
    skills: { skill: string; level: number; required: boolean }[];
    slotIds: string[];
    title?: string;
  },
): Promise<string> {
  const title = challenge.title ?? `Herausforderung ${Math.random().toString(36).slice(2, 8)}`;
  const [nonprofit] = (await dataSource.query(
    `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form) VALUES ($1, $2, lower($2), 'EV') RETURNING id`,
    [challenge.organizingBodyId, `Verein ${title}`],
  )) as { id: string }[];
  const [row] = (await dataSource.query(
    `INSERT INTO challenge (event_id, nonprofit_id, title, skills, status) VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
    [challenge.eventId, nonprofit.id, title, JSON.stringify(challenge.skills), challenge.status],
  )) as { id: string }[];
  for (const slotId of challenge.slotIds)
    await dataSource.query(`INSERT INTO challenge_slot (challenge_id, slot_id) VALUES ($1, $2)`, [row.id, slotId]);
  return row.id;
}
