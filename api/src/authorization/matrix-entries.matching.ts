import { gql } from '../../test/app';
import { addChallenge, addVolunteer, START_RUN, waitForRun } from '../../test/matching';
import { type OperationEntry, type PersonalFieldEntry } from './matrix-entries';
import { type MatrixWorld } from './matrix-world';

/** The matrix entries of matching runs, the review board, steering and the audit log (spread into matrix-entries.ts). */
const ORGANIZERS_OF_X = ['organizerX', 'admin'] as const;

interface MatchingWorld {
  eventId: string;
  slots: string[];
  challengeId: string;
  /** Ada and Ben form the team of the challenge in both runs; Ben is moved out and in again. */
  ada: string;
  ben: string;
  runIds: [string, string];
}

const worlds = new WeakMap<MatrixWorld, Promise<MatchingWorld>>();

/** An event of body X in MATCHING with one challenge, two volunteers and two finished runs; built once per world. */
function matchingWorld(world: MatrixWorld): Promise<MatchingWorld> {
  let built = worlds.get(world);
  if (!built) {
    built = (async () => {
      const { dataSource } = world.app;
      const event = await world.draftEventX();
      await dataSource.query(`UPDATE event SET status = 'MATCHING' WHERE id = $1`, [event.id]);
      const slots = event.slots.map((slot) => slot.id);
      const challengeId = await addChallenge(dataSource, world.bodyX, event.id, slots, {
        title: 'Matrix Team',
        teamMin: 1,
        teamMax: 3,
      });
      const ada = await addVolunteer(dataSource, event.id, slots, { name: 'Ada Matrix', slots: [0] });
      const ben = await addVolunteer(dataSource, event.id, slots, { name: 'Ben Matrix', slots: [0] });
      const runIds: string[] = [];
      for (let i = 0; i < 2; i++) {
        const started = await gql(world.app, START_RUN, { eventId: event.id }, world.cookies.organizerX!);
        const run = await waitForRun(world.app, world.cookies.organizerX!, started.body.data.startMatchingRun.id);
        runIds.push(run.id as string);
      }
      return { eventId: event.id, slots, challengeId, ada, ben, runIds: runIds as [string, string] };
    })();
    worlds.set(world, built);
  }
  return built;
}

/** A volunteer registered for the matching event now, for pins and exclusions that must be new. */
async function newVolunteer(world: MatrixWorld, m: MatchingWorld): Promise<string> {
  return addVolunteer(world.app.dataSource, m.eventId, m.slots, { name: `Vera ${world.unique()}`, slots: [0] });
}

const pairInput = (m: MatchingWorld, volunteerId: string) => ({
  input: { eventId: m.eventId, challengeId: m.challengeId, volunteerId },
});

export const MATCHING_OPERATIONS: Record<string, OperationEntry> = {
  'Query.matchingSetup': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `query ($id: ID!) { matchingSetup(eventId: $id) { eventId canRun } }`,
      variables: { id: (await matchingWorld(world)).eventId },
    }),
  },
  'Query.matchingRuns': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `query ($id: ID!) { matchingRuns(eventId: $id) { id status } }`,
      variables: { id: (await matchingWorld(world)).eventId },
    }),
  },
  'Query.matchingRun': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `query ($id: ID!) { matchingRun(id: $id) { id status } }`,
      variables: { id: (await matchingWorld(world)).runIds[0] },
    }),
  },
  'Query.matchingBoard': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `query ($id: ID!) { matchingBoard(runId: $id) { slots { teams { title members { firstName } } } } }`,
      variables: { id: (await matchingWorld(world)).runIds[0] },
    }),
  },
  'Query.matchingPairExplanation': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const m = await matchingWorld(world);
      return {
        document: `query ($run: ID!, $c: ID!, $v: ID!) {
          matchingPairExplanation(runId: $run, challengeId: $c, volunteerId: $v) { score factors { factor } }
        }`,
        variables: { run: m.runIds[0], c: m.challengeId, v: m.ada },
      };
    },
  },
  'Query.matchingRunComparison': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const m = await matchingWorld(world);
      return {
        document: `query ($a: ID!, $b: ID!) { matchingRunComparison(runId: $a, otherRunId: $b) { servedDifference } }`,
        variables: { a: m.runIds[0], b: m.runIds[1] },
      };
    },
  },
  'Query.auditLog': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { auditLog(organizingBodyId: $id) { totalCount items { action description } } }`,
      variables: { id: world.bodyX },
    }),
  },
  'Mutation.startMatchingRun': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($id: ID!) { startMatchingRun(eventId: $id) { id status } }`,
      variables: { id: (await matchingWorld(world)).eventId },
    }),
  },
  'Mutation.pinMatchingPair': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const m = await matchingWorld(world);
      return {
        document: `mutation ($input: MatchingPairInput!) { pinMatchingPair(input: $input) { firstName } }`,
        variables: pairInput(m, await newVolunteer(world, m)),
      };
    },
  },
  'Mutation.excludeMatchingPair': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const m = await matchingWorld(world);
      return {
        document: `mutation ($input: MatchingPairInput!) { excludeMatchingPair(input: $input) { firstName } }`,
        variables: pairInput(m, await newVolunteer(world, m)),
      };
    },
  },
  'Mutation.removeMatchingPin': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const m = await matchingWorld(world);
      const volunteerId = await newVolunteer(world, m);
      await world.app.dataSource.query(
        `INSERT INTO matching_pin (event_id, challenge_id, volunteer_id) VALUES ($1, $2, $3)`,
        [m.eventId, m.challengeId, volunteerId],
      );
      return {
        document: `mutation ($input: MatchingPairInput!) { removeMatchingPin(input: $input) }`,
        variables: pairInput(m, volunteerId),
      };
    },
  },
  'Mutation.removeMatchingExclusion': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const m = await matchingWorld(world);
      const volunteerId = await newVolunteer(world, m);
      await world.app.dataSource.query(
        `INSERT INTO matching_exclusion (event_id, challenge_id, volunteer_id) VALUES ($1, $2, $3)`,
        [m.eventId, m.challengeId, volunteerId],
      );
      return {
        document: `mutation ($input: MatchingPairInput!) { removeMatchingExclusion(input: $input) }`,
        variables: pairInput(m, volunteerId),
      };
    },
  },
  'Mutation.moveMatchingVolunteer': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const m = await matchingWorld(world);
      // Ben out of the team when he is in it, back in when he is not: every allowed call is a valid move.
      const rows = (await world.app.dataSource.query(
        `SELECT 1 FROM matching_assignment WHERE run_id = $1 AND volunteer_id = $2`,
        [m.runIds[0], m.ben],
      )) as unknown[];
      const inTeam = rows.length > 0;
      return {
        document: `mutation ($input: MoveVolunteerInput!) { moveMatchingVolunteer(input: $input) { run { id } } }`,
        variables: {
          input: {
            runId: m.runIds[0],
            volunteerId: m.ben,
            fromChallengeId: inTeam ? m.challengeId : null,
            toChallengeId: inTeam ? null : m.challengeId,
          },
        },
      };
    },
  },
};

/** Whom of a run publishing cannot mail (people without an address): the body's organizers only. */
export const MATCHING_PERSONAL_FIELDS: Record<string, PersonalFieldEntry> = {
  'MatchingBoard.withoutEmail': {
    allowed: ORGANIZERS_OF_X,
    document: `query ($id: ID!) { matchingBoard(runId: $id) { withoutEmail } }`,
    variables: async (world) => ({ id: (await matchingWorld(world)).runIds[0] }),
    read: (data) => (data.matchingBoard as { withoutEmail: string[] } | null)?.withoutEmail ?? null,
    // (Ada and Ben registered with their addresses)
    expected: () => [],
  },
};
