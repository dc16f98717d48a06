import { helpPointInput } from '../../test/help-points';
import { type OperationEntry, type PersonalFieldEntry } from './matrix-entries';
import {
  ACTORS,
  MATRIX_CONTACT_PHONE,
  MATRIX_HELP_POINT_POSTAL_CODE,
  MATRIX_HELP_POINT_STREET,
  type MatrixWorld,
} from './matrix-world';

/** The matrix entries of help points and privacy (spread into matrix-entries.ts). */
const EVERYONE = ACTORS;
const SIGNED_IN = ACTORS.filter((actor) => actor !== 'anonymous');
const ORGANIZERS_OF_X = ['organizerX', 'admin'] as const;

/** A help point of body X written straight into the database, for operations that use one up. */
async function helpPointOfX(world: MatrixWorld): Promise<string> {
  const [{ id }] = (await world.app.dataSource.query(
    `INSERT INTO help_point (organizing_body_id, name, city, opening_hours, languages, topics)
     VALUES ($1, $2, 'Lübeck', 'Fr 9–11 Uhr', '{de}', '{DEVICES}') RETURNING id`,
    [world.bodyX, `Matrix Anlaufstelle ${world.unique()}`],
  )) as { id: string }[];
  return id;
}

/** A fresh volunteer registered for X's event, whom an organizer may erase on request. */
async function volunteerOfX(world: MatrixWorld): Promise<string> {
  const { dataSource } = world.app;
  const [{ id }] = (await dataSource.query(`INSERT INTO person (email, name) VALUES ($1, 'Erase Me') RETURNING id`, [
    `erase-${world.unique()}@matrix.example`,
  ])) as { id: string }[];
  await dataSource.query(`INSERT INTO volunteer_registration (event_id, person_id) VALUES ($1, $2)`, [
    world.eventX.id,
    id,
  ]);
  return id;
}

export const PRIVACY_OPERATIONS: Record<string, OperationEntry> = {
  'Query.helpPoints': {
    allowed: EVERYONE,
    call: (world) => ({
      document: `query ($id: ID!) { helpPoints(organizingBodyId: $id) { id name } }`,
      variables: { id: world.bodyX },
    }),
  },
  'Mutation.createHelpPoint': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `mutation ($id: ID!, $input: HelpPointInput!) { createHelpPoint(organizingBodyId: $id, input: $input) { id } }`,
      variables: { id: world.bodyX, input: helpPointInput({ name: `Matrix ${world.unique()}` }) },
    }),
  },
  'Mutation.updateHelpPoint': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($id: ID!, $input: HelpPointInput!) { updateHelpPoint(id: $id, input: $input) { id } }`,
      variables: { id: await helpPointOfX(world), input: helpPointInput({ name: 'Matrix geändert' }) },
    }),
  },
  'Mutation.deleteHelpPoint': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($id: ID!) { deleteHelpPoint(id: $id) }`,
      variables: { id: await helpPointOfX(world) },
    }),
  },
  'Query.myConsentRecords': {
    allowed: SIGNED_IN,
    call: () => ({ document: `{ myConsentRecords { id purpose } }` }),
  },
  'Mutation.eraseMyAccount': {
    allowed: SIGNED_IN,
    // A twin with the same roles is erased, so the actor's own account stays for the other entries.
    call: async (world, actor) => ({
      document: `mutation { eraseMyAccount(confirm: true) }`,
      cookie: await world.twinOf(actor),
    }),
  },
  'Query.bodyPeople': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { bodyPeople(organizingBodyId: $id, search: "Matrix") { id } }`,
      variables: { id: world.bodyX },
    }),
  },
  'Mutation.erasePersonForBody': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($body: ID!, $person: ID!) {
        erasePersonForBody(organizingBodyId: $body, personId: $person, confirm: true)
      }`,
      variables: { body: world.bodyX, person: await volunteerOfX(world) },
    }),
  },
};

const helpPointField = (field: 'street' | 'postalCode', value: string): PersonalFieldEntry => ({
  allowed: EVERYONE,
  document: `query ($id: ID!) { helpPoints(organizingBodyId: $id) { name ${field} } }`,
  variables: (world) => ({ id: world.bodyX }),
  read: (data) =>
    (data.helpPoints as Record<string, string>[]).find((point) => point.name === 'Matrix Anlaufstelle')?.[field] ??
    null,
  expected: () => value,
});

const bodyPersonField = (field: 'email' | 'phone'): PersonalFieldEntry => ({
  allowed: ORGANIZERS_OF_X,
  document: `query ($id: ID!) { bodyPeople(organizingBodyId: $id, search: "contactA") { id ${field} } }`,
  variables: (world) => ({ id: world.bodyX }),
  read: (data, world) =>
    (data.bodyPeople as Record<string, string>[]).find((person) => person.id === world.people.contactA.id)?.[field] ??
    null,
  expected: (world) => (field === 'email' ? world.people.contactA.email : MATRIX_CONTACT_PHONE),
});

export const PRIVACY_PERSONAL_FIELDS: Record<string, PersonalFieldEntry> = {
  'HelpPoint.street': helpPointField('street', MATRIX_HELP_POINT_STREET),
  'HelpPoint.postalCode': helpPointField('postalCode', MATRIX_HELP_POINT_POSTAL_CODE),
  'BodyPerson.email': bodyPersonField('email'),
  'BodyPerson.phone': bodyPersonField('phone'),
};
