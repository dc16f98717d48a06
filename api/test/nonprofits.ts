import { type TestApp, gql } from './app';
import { CHANGE_STATUS, createEvent } from './events';

/** GraphQL documents, inputs and factories for the nonprofit and challenge specs. */
export const NONPROFIT_FIELDS = `id name legalForm causes street postalCode city district website description
  publishOnMap inviteToNextEditions invitationsChange { at byName } latitude longitude organizingBodyId organizingBodyName
  viewerIsContact
  contacts { personId name email phone }
  challenges { id title status priority openQuestion decisionReason eventId eventName }
  openEvents { id name }`;

export const CHALLENGE_FIELDS = `id title status priority submittedAt problem goal beneficiaries tools
  skills { skill level required } teamMin teamMax languages format slotIds
  decisionMakerPresent accessReady fitsOneEvening nonprofitId nonprofitName openQuestion decisionReason
  missingFields viewerIsContact viewerIsOrganizer
  history { fromStatus toStatus message actorName }
  event { id acceptsChallenges }`;

export const REGISTER_NONPROFIT = `mutation ($eventId: ID!, $input: RegisterNonprofitInput!) {
  registerNonprofit(eventId: $eventId, input: $input) { ${NONPROFIT_FIELDS} }
}`;
export const UPDATE_NONPROFIT = `mutation ($id: ID!, $input: NonprofitInput!) {
  updateNonprofit(id: $id, input: $input) { ${NONPROFIT_FIELDS} }
}`;
export const ADD_CONTACT = `mutation ($nonprofitId: ID!, $input: NonprofitContactInput!) {
  addNonprofitContact(nonprofitId: $nonprofitId, input: $input) { ${NONPROFIT_FIELDS} }
}`;
export const REMOVE_CONTACT = `mutation ($nonprofitId: ID!, $personId: ID!) {
  removeNonprofitContact(nonprofitId: $nonprofitId, personId: $personId) { ${NONPROFIT_FIELDS} }
}`;
export const MY_NONPROFITS = `{ myNonprofits { ${NONPROFIT_FIELDS} } }`;
export const NONPROFIT = `query ($id: ID!) { nonprofit(id: $id) { ${NONPROFIT_FIELDS} } }`;
export const INTAKE = `mutation ($eventId: ID!, $input: AssistedIntakeInput!) {
  registerNonprofitByIntake(eventId: $eventId, input: $input) {
    reviewMailSent nonprofit { ${NONPROFIT_FIELDS} } challenge { ${CHALLENGE_FIELDS} }
  }
}`;

export const CHALLENGE_EVENT = `query ($id: ID!) {
  challengeEvent(id: $id) { id name status languages nonprofitDeadline acceptsChallenges slots { id label } }
}`;
export const CHALLENGE = `query ($id: ID!) { challenge(id: $id) { ${CHALLENGE_FIELDS} } }`;
export const CREATE_CHALLENGE = `mutation ($nonprofitId: ID!, $eventId: ID!, $input: ChallengeInput!, $submit: Boolean! = false) {
  createChallenge(nonprofitId: $nonprofitId, eventId: $eventId, input: $input, submit: $submit) { ${CHALLENGE_FIELDS} }
}`;
export const UPDATE_CHALLENGE = `mutation ($id: ID!, $input: ChallengeInput!) {
  updateChallenge(id: $id, input: $input) { ${CHALLENGE_FIELDS} }
}`;
export const SUBMIT_CHALLENGE = `mutation ($id: ID!, $input: ChallengeInput) {
  submitChallenge(id: $id, input: $input) { ${CHALLENGE_FIELDS} }
}`;
export const DELETE_CHALLENGE = `mutation ($id: ID!) { deleteChallenge(id: $id) }`;
export const WITHDRAW_CHALLENGE = `mutation ($id: ID!, $reason: String) {
  withdrawChallenge(id: $id, reason: $reason) { id status }
}`;
export const ANSWER_QUESTION = `mutation ($id: ID!, $answer: String!) {
  answerChallengeQuestion(id: $id, answer: $answer) { ${CHALLENGE_FIELDS} }
}`;

export const EVENT_CHALLENGES = `query ($eventId: ID!, $status: ChallengeStatus) {
  eventChallenges(eventId: $eventId, status: $status) {
    totalCount countsByStatus { status count }
    items { id title status priority submittedAt nonprofitName openQuestion decisionReason }
  }
}`;
export const ASK_QUESTION = `mutation ($id: ID!, $question: String!) {
  askChallengeQuestion(id: $id, question: $question) { ${CHALLENGE_FIELDS} }
}`;
export const ACCEPT = `mutation ($id: ID!) { acceptChallenge(id: $id) { id status } }`;
export const REJECT = `mutation ($id: ID!, $reason: String!) {
  rejectChallenge(id: $id, reason: $reason) { id status decisionReason }
}`;
export const ACCEPT_MANY = `mutation ($eventId: ID!, $ids: [ID!]!) {
  acceptChallenges(eventId: $eventId, ids: $ids) { id status }
}`;
export const REJECT_MANY = `mutation ($eventId: ID!, $ids: [ID!]!, $reason: String!) {
  rejectChallenges(eventId: $eventId, ids: $ids, reason: $reason) { id status decisionReason }
}`;
export const SET_PRIORITY = `mutation ($id: ID!, $priority: Int!) {
  setChallengePriority(id: $id, priority: $priority) { id priority }
}`;

export function nonprofitInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Lübecker Tafel e.V.',
    legalForm: 'EV',
    causes: ['POVERTY', 'SOCIAL'],
    street: 'Kanalstraße 12',
    postalCode: '23552',
    city: 'Lübeck',
    district: 'Innenstadt',
    website: 'tafel-luebeck.example',
    description: 'Wir verteilen Lebensmittel an Menschen mit wenig Geld.',
    publishOnMap: false,
    latitude: null,
    longitude: null,
    ...overrides,
  };
}

/** A complete brief for the event's slots; override what a test is about. */
export function challengeInput(slotIds: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Dienstplan für Ehrenamtliche',
    problem: 'Unser Dienstplan liegt als Excel-Datei per Mail bei zwanzig Leuten, niemand weiß, was aktuell ist.',
    goal: 'Ein gemeinsamer Online-Kalender, in den sich alle selbst eintragen können.',
    beneficiaries: 'Unsere 40 Ehrenamtlichen und die Menschen, die wir versorgen.',
    tools: 'Excel, E-Mail, WhatsApp',
    skills: [
      { skill: 'data.spreadsheets.excel', level: 2, required: true },
      { skill: 'web.cms.wordpress', level: 1, required: false },
    ],
    teamMin: 2,
    teamMax: 3,
    languages: ['de'],
    format: 'ONSITE',
    slotIds,
    decisionMakerPresent: true,
    accessReady: true,
    fitsOneEvening: true,
    ...overrides,
  };
}

/** An OPEN event of the body (created and opened by its organizer). */
export async function openEvent(
  app: TestApp,
  organizerCookie: string,
  bodyId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slots: { id: string }[] }> {
  const event = await createEvent(app, organizerCookie, bodyId, overrides);
  const opened = await gql(app, CHANGE_STATUS, { id: event.id, status: 'OPEN' }, organizerCookie);
  if (opened.body.errors) throw new Error(JSON.stringify(opened.body.errors));
  return event;
}

export async function registerNonprofit(
  app: TestApp,
  cookie: string,
  eventId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await gql(
    app,
    REGISTER_NONPROFIT,
    { eventId, input: { ...nonprofitInput(overrides), consent: true } },
    cookie,
  );
  if (!response.body.data?.registerNonprofit) throw new Error(JSON.stringify(response.body.errors));
  return (response.body.data.registerNonprofit as { id: string }).id;
}

/** A challenge created and submitted by a contact of the nonprofit. */
export async function submittedChallenge(
  app: TestApp,
  cookie: string,
  nonprofitId: string,
  event: { id: string; slots: { id: string }[] },
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const input = challengeInput([event.slots[0].id], overrides);
  const created = await gql(app, CREATE_CHALLENGE, { nonprofitId, eventId: event.id, input }, cookie);
  if (!created.body.data?.createChallenge) throw new Error(JSON.stringify(created.body.errors));
  const id = (created.body.data.createChallenge as { id: string }).id;
  const submitted = await gql(app, SUBMIT_CHALLENGE, { id }, cookie);
  if (!submitted.body.data?.submitChallenge) throw new Error(JSON.stringify(submitted.body.errors));
  return id;
}
