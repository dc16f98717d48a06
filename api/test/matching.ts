import { type DataSource } from 'typeorm';
import { type TestApp, gql } from './app';
import { createEvent } from './events';
import { createBody, createPerson, sessionCookieFor } from './people';

/** Factories for the matching specs: an event in MATCHING with challenges and volunteers, written straight to tables. */
export interface ChallengeSpec {
  title: string;
  skills?: { skill: string; level: number; required?: boolean }[];
  teamMin?: number;
  teamMax?: number;
  languages?: string[];
  format?: 'ONSITE' | 'REMOTE' | 'HYBRID';
  /** indexes into the event's slots; all slots when left out */
  slots?: number[];
  priority?: number;
  causes?: string[];
  status?: string;
}

export interface VolunteerSpec {
  name: string;
  skills?: { skill: string; level: number }[];
  languages?: string[];
  formats?: ('ONSITE' | 'REMOTE' | 'HYBRID')[];
  causes?: string[];
  slots?: number[];
  maxAssignments?: number;
  status?: 'REGISTERED' | 'WITHDRAWN';
}

export interface MatchingEvent {
  id: string;
  bodyId: string;
  slots: string[];
  organizerCookie: string;
  organizerId: string;
  challenges: Record<string, string>;
  volunteers: Record<string, string>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A body with an organizer and an event of it (two slots, 8 and 6 tables) moved straight to `status`. */
export async function matchingEvent(
  app: TestApp,
  spec: { challenges: ChallengeSpec[]; volunteers: VolunteerSpec[]; status?: string; bodyId?: string },
): Promise<MatchingEvent> {
  const { dataSource } = app;
  const suffix = unique();
  const bodyId = spec.bodyId ?? (await createBody(dataSource, `Matching Body ${suffix}`));
  const organizerId = await createPerson(
    dataSource,
    `organizer-${suffix}@matching.example`,
    [{ role: 'ORGANIZER', organizingBodyId: bodyId }],
    'Olga Organizer',
  );
  const organizerCookie = await sessionCookieFor(dataSource, organizerId);
  const event = await createEvent(app, organizerCookie, bodyId);
  await dataSource.query(`UPDATE event SET status = $2 WHERE id = $1`, [event.id, spec.status ?? 'MATCHING']);
  const slots = event.slots.map((slot) => slot.id);
  const challenges: Record<string, string> = {};
  for (const challenge of spec.challenges)
    challenges[challenge.title] = await addChallenge(dataSource, bodyId, event.id, slots, challenge);
  const volunteers: Record<string, string> = {};
  for (const volunteer of spec.volunteers)
    volunteers[volunteer.name] = await addVolunteer(dataSource, event.id, slots, volunteer);
  return { id: event.id, bodyId, slots, organizerCookie, organizerId, challenges, volunteers };
}

export async function addChallenge(
  dataSource: DataSource,
  bodyId: string,
  eventId: string,
  slots: string[],
  spec: ChallengeSpec,
): Promise<string> {
  const [nonprofit] = (await dataSource.query(
    `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form, causes)
     VALUES ($1, $2, lower($2), 'EV', $3::cause_area[]) RETURNING id`,
    [bodyId, `Verein ${spec.title} ${unique()}`, spec.causes ?? ['SOCIAL']],
  )) as { id: string }[];
  const [row] = (await dataSource.query(
    `INSERT INTO challenge (event_id, nonprofit_id, title, skills, team_min, team_max, languages, format, status, priority,
                            submitted_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, now()) RETURNING id`,
    [
      eventId,
      nonprofit.id,
      spec.title,
      JSON.stringify((spec.skills ?? []).map((s) => ({ required: true, ...s }))),
      spec.teamMin ?? 1,
      spec.teamMax ?? 3,
      spec.languages ?? [],
      spec.format ?? 'ONSITE',
      spec.status ?? 'ACCEPTED',
      spec.priority ?? 1,
    ],
  )) as { id: string }[];
  for (const index of spec.slots ?? slots.map((_, i) => i))
    await dataSource.query(`INSERT INTO challenge_slot (challenge_id, slot_id) VALUES ($1, $2)`, [
      row.id,
      slots[index],
    ]);
  return row.id;
}

export async function addVolunteer(
  dataSource: DataSource,
  eventId: string,
  slots: string[],
  spec: VolunteerSpec,
): Promise<string> {
  const personId = await createPerson(
    dataSource,
    `${spec.name.toLowerCase().replace(/\W+/g, '.')}-${unique()}@volunteer.example`,
    [{ role: 'VOLUNTEER' }],
    spec.name,
  );
  await dataSource.query(
    `INSERT INTO volunteer_profile (person_id, skills, languages, formats, causes)
     VALUES ($1, $2::jsonb, $3, $4::work_format[], $5::cause_area[])`,
    [
      personId,
      JSON.stringify(spec.skills ?? []),
      spec.languages ?? ['de'],
      spec.formats ?? ['ONSITE'],
      spec.causes ?? [],
    ],
  );
  const [registration] = (await dataSource.query(
    `INSERT INTO volunteer_registration (event_id, person_id, max_assignments, status) VALUES ($1, $2, $3, $4) RETURNING id`,
    [eventId, personId, spec.maxAssignments ?? 1, spec.status ?? 'REGISTERED'],
  )) as { id: string }[];
  for (const index of spec.slots ?? slots.map((_, i) => i))
    await dataSource.query(`INSERT INTO volunteer_registration_slot (registration_id, slot_id) VALUES ($1, $2)`, [
      registration.id,
      slots[index],
    ]);
  return personId;
}

export const RUN_FIELDS = `id eventId number status queuePosition startedByName createdAt startedAt finishedAt
  durationMillis solveMillis challengeCount volunteerCount pinCount exclusionCount served servedPriority totalScore
  engineScore upperBound optimal gapPercent manualChanges error weights { skills niceToHave languages causes format }`;

export const BOARD_FIELDS = `
  run { id number status served totalScore manualChanges }
  withoutEmail
  editable
  slots { id label capacity teams {
    challengeId title nonprofitName priority teamMin teamMax
    skills { skill level required coveredBy }
    members { assignmentId volunteerId firstName score origin pinned skills { skill level wanted } }
  } }
  unserved { challengeId title code reason slotIds }
  unassigned { volunteerId firstName slotIds skills { skill level } }
  pins { challengeId volunteerId firstName challengeTitle }
  exclusions { challengeId volunteerId firstName challengeTitle }`;

export const START_RUN = `mutation ($eventId: ID!, $weights: MatchingWeightsInput) {
  startMatchingRun(eventId: $eventId, weights: $weights) { ${RUN_FIELDS} }
}`;
export const RUN = `query ($id: ID!) { matchingRun(id: $id) { ${RUN_FIELDS} } }`;
export const RUNS = `query ($eventId: ID!) { matchingRuns(eventId: $eventId) { ${RUN_FIELDS} } }`;
export const BOARD = `query ($runId: ID!) { matchingBoard(runId: $runId) { ${BOARD_FIELDS} } }`;
export const PIN = `mutation ($input: MatchingPairInput!) { pinMatchingPair(input: $input) { challengeId volunteerId firstName challengeTitle createdByName } }`;
export const EXCLUDE = `mutation ($input: MatchingPairInput!) { excludeMatchingPair(input: $input) { challengeId volunteerId firstName } }`;
export const REMOVE_PIN = `mutation ($input: MatchingPairInput!) { removeMatchingPin(input: $input) }`;
export const REMOVE_EXCLUSION = `mutation ($input: MatchingPairInput!) { removeMatchingExclusion(input: $input) }`;
export const MOVE = `mutation ($input: MoveVolunteerInput!) { moveMatchingVolunteer(input: $input) { ${BOARD_FIELDS} } }`;
export const EXPLAIN = `query ($runId: ID!, $challengeId: ID!, $volunteerId: ID!) {
  matchingPairExplanation(runId: $runId, challengeId: $challengeId, volunteerId: $volunteerId) {
    challengeId challengeTitle volunteerId firstName score assigned
    factors { factor value weight contribution }
    skills { skill wantedLevel level required }
    challengeLanguages sharedLanguages challengeCauses sharedCauses challengeFormat preferredFormat problems
  }
}`;
export const COMPARE = `query ($runId: ID!, $otherRunId: ID!) {
  matchingRunComparison(runId: $runId, otherRunId: $otherRunId) {
    first { id number served totalScore } second { id number served totalScore }
    servedOnlyInFirst { challengeId title } servedOnlyInSecond { challengeId title }
    movedVolunteers { volunteerId firstName inFirst { challengeId title } inSecond { challengeId title } }
    servedDifference servedPriorityDifference totalScoreDifference
  }
}`;
export const AUDIT_LOG = `query ($bodyId: ID!, $filter: AuditLogFilter, $limit: Int, $offset: Int) {
  auditLog(organizingBodyId: $bodyId, filter: $filter, limit: $limit, offset: $offset) {
    totalCount items { id at action actorId actorName eventId eventName subjectType subjectId runId description }
  }
}`;

/** Starts a run and waits (polling, as the page does) until it is DONE or FAILED. */
export async function runToEnd(
  app: TestApp,
  cookie: string,
  eventId: string,
  weights?: Record<string, number>,
): Promise<Record<string, unknown>> {
  const started = await gql(app, START_RUN, { eventId, weights }, cookie);
  if (started.body.errors) throw new Error(JSON.stringify(started.body.errors));
  return waitForRun(app, cookie, (started.body.data.startMatchingRun as { id: string }).id);
}

export async function waitForRun(
  app: TestApp,
  cookie: string,
  id: string,
  timeoutMillis = 20_000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMillis;
  for (;;) {
    const response = await gql(app, RUN, { id }, cookie);
    const run = response.body.data?.matchingRun as Record<string, unknown> | undefined;
    if (!run) throw new Error(JSON.stringify(response.body.errors));
    if (run.status === 'DONE' || run.status === 'FAILED') return run;
    if (Date.now() > until) throw new Error(`run ${id} still ${String(run.status)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
