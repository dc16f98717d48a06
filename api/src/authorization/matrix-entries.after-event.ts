import { type OperationEntry } from './matrix-entries';
import { ACTORS, type MatrixWorld } from './matrix-world';

/** The matrix entries of follow-up tasks and impact figures (spread into matrix-entries.ts). */
const EVERYONE = ACTORS;
const ORGANIZERS_OF_X = ['organizerX', 'admin'] as const;

/** A fresh referral task of body X (nonprofit A, X's event), written straight into the database. */
async function referralTaskOfX(world: MatrixWorld): Promise<string> {
  const [{ id }] = (await world.app.dataSource.query(
    `INSERT INTO follow_up_task (organizing_body_id, event_id, nonprofit_id, kind, help_topic, due_date)
     VALUES ($1, $2, $3, 'REFERRAL', 'DEVICES', '2026-12-31') RETURNING id`,
    [world.bodyX, world.eventX.id, world.nonprofitA],
  )) as { id: string }[];
  return id;
}

async function helpPointOfX(world: MatrixWorld): Promise<string> {
  const [{ id }] = (await world.app.dataSource.query(
    `INSERT INTO help_point (organizing_body_id, name, city, opening_hours, languages, topics)
     VALUES ($1, $2, 'Lübeck', 'Di 10–12 Uhr', '{de}', '{DEVICES}') RETURNING id`,
    [world.bodyX, `Matrix Vermittlung ${world.unique()}`],
  )) as { id: string }[];
  return id;
}

const statusOf = async (world: MatrixWorld, id: string) =>
  ((await world.app.dataSource.query(`SELECT status, notes FROM follow_up_task WHERE id = $1`, [id])) as unknown[])[0];

export const AFTER_EVENT_OPERATIONS: Record<string, OperationEntry> = {
  'Query.followUpTasks': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { followUpTasks(organizingBodyId: $id) { tasks { id } owners { id } } }`,
      variables: { id: world.bodyX },
    }),
  },
  'Mutation.updateFollowUpTask': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const id = await referralTaskOfX(world);
      return {
        document: `mutation ($id: ID!, $input: FollowUpTaskInput!) { updateFollowUpTask(id: $id, input: $input) { id status } }`,
        variables: { id, input: { status: 'IN_PROGRESS', dueDate: '2027-01-15', notes: 'Matrix', ownerId: null } },
        verify: (data) => expect(data.updateFollowUpTask).toMatchObject({ status: 'IN_PROGRESS' }),
        unchanged: async () => expect(await statusOf(world, id)).toEqual({ status: 'OPEN', notes: '' }),
      };
    },
  },
  'Mutation.sendFollowUpReferral': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const id = await referralTaskOfX(world);
      return {
        document: `mutation ($id: ID!, $point: ID!) { sendFollowUpReferral(id: $id, helpPointId: $point) { id status } }`,
        variables: { id, point: await helpPointOfX(world) },
        verify: (data) => expect(data.sendFollowUpReferral).toMatchObject({ status: 'DONE' }),
        unchanged: async () => expect(await statusOf(world, id)).toEqual({ status: 'OPEN', notes: '' }),
      };
    },
  },
  'Query.impactReport': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { impactReport(organizingBodyId: $id) { hourlyRate editions { eventId } } }`,
      variables: { id: world.bodyX },
    }),
  },
  'Mutation.setImpactHourlyRate': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `mutation ($id: ID!) { setImpactHourlyRate(organizingBodyId: $id, hourlyRate: 25) }`,
      variables: { id: world.bodyX },
    }),
  },
  'Query.publicImpact': {
    allowed: EVERYONE,
    call: () => ({
      document: `{ publicImpact { name editions { eventName volunteers { value fewerThanThree } } } }`,
    }),
  },
};
