import { type DataSource } from 'typeorm';
import { gql, type TestApp } from './app';
import { type ChallengeSpec, matchingEvent, type MatchingEvent, runToEnd, type VolunteerSpec } from './matching';
import { createPerson, sessionCookieFor } from './people';

/** Factories and documents for the publication specs: a matched event, published, with nonprofit contacts. */
export const DEADLINE = '2038-03-01T12:00:00.000Z';

/** Two teams: Tafel Lübeck in the first slot (Ada and Cem), Mieterverein in the second (Ben; Dana is left over). */
export const CHALLENGES: ChallengeSpec[] = [
  {
    title: 'Tafel Lübeck',
    skills: [{ skill: 'web.cms.wordpress', level: 2 }],
    teamMax: 2,
    slots: [0],
    priority: 2,
  },
  { title: 'Mieterverein', skills: [{ skill: 'data.spreadsheets.excel', level: 2 }], teamMax: 1, slots: [1] },
];
export const VOLUNTEERS: VolunteerSpec[] = [
  { name: 'Ada Lovelace', skills: [{ skill: 'web.cms.wordpress', level: 3 }], slots: [0] },
  { name: 'Ben Becker', skills: [{ skill: 'data.spreadsheets.excel', level: 3 }], slots: [1] },
  { name: 'Cem Yilmaz', skills: [{ skill: 'web.cms.wordpress', level: 2 }], slots: [0] },
  { name: 'Dana Drews', skills: [{ skill: 'data.spreadsheets.excel', level: 2 }], slots: [1] },
];

/** VOLUNTEERS and Emil, who can stand in for the WordPress team (Ada and Cem): less skilled than Cem, so the engine
 * leaves him out at first. */
export const WITH_STANDBY: VolunteerSpec[] = [
  ...VOLUNTEERS,
  { name: 'Emil Engel', skills: [{ skill: 'web.cms.wordpress', level: 1 }], slots: [0] },
];

export const PLACE_FIELDS = `proposalId volunteerId firstName status state answerDeadline answeredAt cancelledBy
  cancelReason replacement mailed nonprofitConfirmed`;
export const PUBLICATION_FIELDS = `eventId eventName eventStatus published canPublish latestDeadline runId runNumber
  publishedAt publishedByName answerDeadline autoBackfill
  counts { proposed accepted freed needsReplacement }
  teams { challengeId title nonprofitName needsReplacement slot { id label startsAt endsAt place } places { ${PLACE_FIELDS} } }`;
export const PUBLICATION = `query ($eventId: ID!) { publication(eventId: $eventId) { ${PUBLICATION_FIELDS} } }`;
export const PUBLISH = `mutation ($runId: ID!, $input: PublishRunInput!) {
  publishMatchingRun(runId: $runId, input: $input) { ${PUBLICATION_FIELDS} }
}`;
export const SET_AUTO_BACKFILL = `mutation ($eventId: ID!, $on: Boolean!) {
  setPublicationAutoBackfill(eventId: $eventId, autoBackfill: $on) { autoBackfill }
}`;
export const FIND_REPLACEMENT = `mutation ($challengeId: ID!) { findReplacement(challengeId: $challengeId) { ${PUBLICATION_FIELDS} } }`;

export const PROPOSAL_FIELDS = `id status eventId eventName challengeId challengeTitle problem goal nonprofitName
  slot { id label startsAt endsAt place } answerDeadline answeredAt cancelledBy canAnswer canCancel
  team { firstName status skills { skill level } } nonprofitConfirmed contactRevealed
  nonprofitContacts { name email phone }`;
export const MY_PROPOSALS = `{ myProposals { ${PROPOSAL_FIELDS} } }`;
export const ANSWER = `mutation ($id: ID!, $answer: ProposalAnswer!) { answerProposal(proposalId: $id, answer: $answer) { ${PROPOSAL_FIELDS} } }`;
export const CANCEL = `mutation ($id: ID!, $reason: String) { cancelProposal(proposalId: $id, reason: $reason) { ${PROPOSAL_FIELDS} } }`;

export const TEAM_FIELDS = `challengeId challengeTitle eventId eventName openPlaces confirmed canConfirm
  slot { startsAt place }
  members { proposalId firstName status nonprofitConfirmed contactRevealed fullName email phone canRelease skills { skill level } }`;
export const NONPROFIT_TEAMS = `query ($id: ID!) { nonprofitTeams(nonprofitId: $id) { nonprofitId nonprofitName teams { ${TEAM_FIELDS} } } }`;
export const CONFIRM_TEAM = `mutation ($id: ID!) { confirmTeam(challengeId: $id) { ${TEAM_FIELDS} } }`;
export const RELEASE = `mutation ($id: ID!, $reason: String) { releaseTeamMember(proposalId: $id, reason: $reason) { ${TEAM_FIELDS} } }`;

export interface PublishedEvent extends MatchingEvent {
  runId: string;
  /** challenge title → the nonprofit's id and its contact (signed in) */
  nonprofits: Record<string, { id: string; contactId: string; contactEmail: string; cookie: string }>;
  /** volunteer name → session cookie */
  volunteerCookies: Record<string, string>;
}

/** An event in MATCHING with a finished run, a contact for each challenge's nonprofit, and sessions for everyone. */
export async function matchedEvent(
  app: TestApp,
  spec: { challenges: ChallengeSpec[]; volunteers: VolunteerSpec[] },
): Promise<PublishedEvent> {
  const event = await matchingEvent(app, spec);
  const run = await runToEnd(app, event.organizerCookie, event.id);
  if (run.status !== 'DONE') throw new Error(`run ${String(run.status)}`);
  const nonprofits: PublishedEvent['nonprofits'] = {};
  for (const [title, challengeId] of Object.entries(event.challenges)) {
    const [{ nonprofitId }] = (await app.dataSource.query(
      `SELECT nonprofit_id AS "nonprofitId" FROM challenge WHERE id = $1`,
      [challengeId],
    )) as { nonprofitId: string }[];
    const contactEmail = `contact-${challengeId.slice(0, 8)}@nonprofit.example`;
    const contactId = await createPerson(
      app.dataSource,
      contactEmail,
      [{ role: 'NONPROFIT_CONTACT' }],
      `Nora ${title.split(' ')[0]}`,
    );
    await app.dataSource.query(`UPDATE person SET phone = '0451 000111' WHERE id = $1`, [contactId]);
    await app.dataSource.query(`INSERT INTO nonprofit_contact (nonprofit_id, person_id) VALUES ($1, $2)`, [
      nonprofitId,
      contactId,
    ]);
    nonprofits[title] = {
      id: nonprofitId,
      contactId,
      contactEmail,
      cookie: await sessionCookieFor(app.dataSource, contactId),
    };
  }
  const volunteerCookies: Record<string, string> = {};
  for (const [name, id] of Object.entries(event.volunteers)) {
    await app.dataSource.query(`UPDATE person SET phone = '0170 ' || substr(md5($1::text), 1, 6) WHERE id = $1`, [id]);
    volunteerCookies[name] = await sessionCookieFor(app.dataSource, id);
  }
  return { ...event, runId: run.id as string, nonprofits, volunteerCookies };
}

export async function publish(
  app: TestApp,
  event: PublishedEvent,
  input: { answerDeadline?: string; autoBackfill?: boolean } = {},
) {
  return gql(
    app,
    PUBLISH,
    { runId: event.runId, input: { answerDeadline: DEADLINE, autoBackfill: false, ...input } },
    event.organizerCookie,
  );
}

export interface OutboxMail {
  to: string;
  locale: string;
  template: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

/** Mails written to the outbox (the worker may have sent them since; they stay in the table), oldest first. */
export async function mails(
  dataSource: DataSource,
  filter: { to?: string; template?: string } = {},
): Promise<OutboxMail[]> {
  return (await dataSource.query(
    `SELECT to_address AS "to", locale, template, subject, body_text AS text, attachments FROM outbox_message
      WHERE ($1::text IS NULL OR to_address = $1) AND ($2::text IS NULL OR template = $2)
      ORDER BY created_at, id`,
    [filter.to ?? null, filter.template ?? null],
  )) as OutboxMail[];
}

/** A mail's calendar entry (its one attachment), as text, with the lines that say which entry and in what state. */
export function calendarOf(mail: OutboxMail): {
  text: string;
  uid: string;
  method: string;
  status: string;
  sequence: string;
} {
  expect(mail.attachments).toHaveLength(1);
  const text = Buffer.from(mail.attachments[0].content, 'base64').toString('utf8');
  const line = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(text)?.[1].trim() ?? '';
  return { text, uid: line('UID'), method: line('METHOD'), status: line('STATUS'), sequence: line('SEQUENCE') };
}

/** The Accept/Decline links of a mail, as path and query (for supertest). */
export function answerLinks(mail: OutboxMail): { accept: string; decline: string } {
  const find = (answer: string) => {
    const match = mail.text.match(new RegExp(`https?://[^\\s]+/api/proposals/[0-9a-f-]+/${answer}\\?[^\\s]+`));
    if (!match) throw new Error(`no ${answer} link in ${mail.text}`);
    const url = new URL(match[0]);
    return `${url.pathname}${url.search}`;
  };
  return { accept: find('accept'), decline: find('decline') };
}

export async function emailOf(dataSource: DataSource, personId: string): Promise<string> {
  const [{ email }] = (await dataSource.query(`SELECT email FROM person WHERE id = $1`, [personId])) as {
    email: string;
  }[];
  return email;
}
