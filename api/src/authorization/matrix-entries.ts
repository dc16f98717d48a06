import { eventInput } from '../../test/events';
import { ACTORS, type Actor, type MatrixWorld } from './matrix-world';
import { AFTER_EVENT_OPERATIONS } from './matrix-entries.after-event';
import { MATCHING_OPERATIONS, MATCHING_PERSONAL_FIELDS } from './matrix-entries.matching';
import { NONPROFIT_OPERATIONS, NONPROFIT_PERSONAL_FIELDS } from './matrix-entries.nonprofits';
import { PRIVACY_OPERATIONS, PRIVACY_PERSONAL_FIELDS } from './matrix-entries.privacy';
import { PUBLICATION_OPERATIONS, PUBLICATION_PERSONAL_FIELDS } from './matrix-entries.publication';
import { VOLUNTEER_OPERATIONS, VOLUNTEER_PERSONAL_FIELDS } from './matrix-entries.volunteers';

/** One call of an operation as one actor: the document, its variables, and optionally another cookie. */
export interface MatrixCall {
  document: string;
  variables?: Record<string, unknown>;
  /** Replaces the actor's usual cookie (a twin's, for operations that end sessions). */
  cookie?: string | null;
  /** For allowed calls: checks the answer beyond "no error". */
  verify?: (data: Record<string, unknown>) => void | Promise<void>;
  /** For denied calls: checks that the refused call changed nothing. */
  unchanged?: () => void | Promise<void>;
}

export interface OperationEntry {
  allowed: readonly Actor[];
  call(world: MatrixWorld, actor: Actor): MatrixCall | Promise<MatrixCall>;
}

export interface PersonalFieldEntry {
  allowed: readonly Actor[];
  document: string;
  /** May be async: some fields need their data built first (a published team whose two sides confirmed). */
  variables(world: MatrixWorld): Record<string, unknown> | Promise<Record<string, unknown>>;
  read(data: Record<string, unknown>, world: MatrixWorld): unknown;
  expected(world: MatrixWorld, actor: Actor): unknown;
}

const EVERYONE = ACTORS;
const SIGNED_IN = ACTORS.filter((actor) => actor !== 'anonymous');
const ORGANIZERS_OF_X = ['organizerX', 'admin'] as const;
const ANY_ORGANIZER = ['organizerX', 'organizerY', 'admin'] as const;

/** Every query and mutation; the spec fails for operations of the schema that are missing here. */
export const OPERATIONS: Record<string, OperationEntry> = {
  // Auth: open to everyone, answering the same for known and unknown addresses.
  'Query.me': { allowed: EVERYONE, call: () => ({ document: `{ me { id } }` }) },
  'Mutation.requestSignInLink': {
    allowed: EVERYONE,
    call: (world) => ({
      document: `mutation ($email: String!) { requestSignInLink(email: $email) }`,
      variables: { email: `someone-${world.unique()}@matrix.example` },
    }),
  },
  'Mutation.signUp': {
    allowed: EVERYONE,
    call: (world) => ({
      document: `mutation ($email: String!) { signUp(email: $email, name: "Neu") }`,
      variables: { email: `new-${world.unique()}@matrix.example` },
    }),
  },
  'Mutation.signOut': {
    allowed: EVERYONE,
    call: async (world, actor) => ({ document: `mutation { signOut }`, cookie: await world.twinOf(actor) }),
  },
  'Mutation.signOutEverywhere': {
    allowed: SIGNED_IN,
    call: async (world, actor) => ({ document: `mutation { signOutEverywhere }`, cookie: await world.twinOf(actor) }),
  },

  // Organizing bodies and their organizers.
  'Query.organizingBodies': {
    allowed: ANY_ORGANIZER,
    call: () => ({ document: `{ organizingBodies { id } }` }),
  },
  'Query.bodyOrganizers': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { bodyOrganizers(organizingBodyId: $id) { id } }`,
      variables: { id: world.bodyX },
    }),
  },
  'Mutation.inviteOrganizer': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `mutation ($email: String!, $body: ID) { inviteOrganizer(email: $email, organizingBodyId: $body) }`,
      variables: { email: `invited-${world.unique()}@matrix.example`, body: world.bodyX },
    }),
  },
  'Mutation.createOrganizingBody': {
    allowed: ['admin'],
    call: (world) => {
      const suffix = world.unique();
      return {
        document: `mutation ($name: String!, $email: String!) {
          createOrganizingBody(name: $name, organizerEmail: $email) { id }
        }`,
        variables: { name: `Matrix Body ${suffix}`, email: `first-${suffix}@matrix.example` },
      };
    },
  },

  // Events: public reading, organizers of the body manage.
  'Query.upcomingEvents': { allowed: EVERYONE, call: () => ({ document: `{ upcomingEvents { id } }` }) },
  'Query.publicEvent': {
    allowed: EVERYONE,
    call: (world) => ({
      document: `query ($id: ID!) { publicEvent(id: $id) { id } }`,
      variables: { id: world.eventX.id },
    }),
  },
  'Query.organizerEvents': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { organizerEvents(organizingBodyId: $id) { totalCount } }`,
      variables: { id: world.bodyX },
    }),
  },
  'Query.event': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({ document: `query ($id: ID!) { event(id: $id) { id } }`, variables: { id: world.eventX.id } }),
  },
  'Mutation.createEvent': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `mutation ($body: ID!, $input: EventInput!) { createEvent(organizingBodyId: $body, input: $input) { id } }`,
      variables: { body: world.bodyX, input: eventInput() },
    }),
  },
  'Mutation.updateEvent': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => {
      const draft = await world.draftEventX();
      return {
        document: `mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }`,
        variables: { id: draft.id, input: eventInput({ name: 'Renamed in the matrix' }) },
      };
    },
  },
  'Mutation.changeEventStatus': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($id: ID!) { changeEventStatus(id: $id, status: OPEN) { id } }`,
      variables: { id: (await world.draftEventX()).id },
    }),
  },
  'Mutation.copyEvent': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `mutation ($id: ID!) { copyEvent(id: $id, offsetDays: 365, name: "Next year") { id } }`,
      variables: { id: world.eventX.id },
    }),
  },
  'Mutation.deleteEvent': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($id: ID!) { deleteEvent(id: $id) }`,
      variables: { id: (await world.draftEventX()).id },
    }),
  },

  ...NONPROFIT_OPERATIONS,
  ...PRIVACY_OPERATIONS,
  ...VOLUNTEER_OPERATIONS,
  ...MATCHING_OPERATIONS,
  ...PUBLICATION_OPERATIONS,
  ...AFTER_EVENT_OPERATIONS,
};

/** Every personal field (e-mail, phone, employer, address) of every type, with who may read it. */
export const PERSONAL_FIELDS: Record<string, PersonalFieldEntry> = {
  'Me.email': {
    allowed: SIGNED_IN,
    document: `{ me { email } }`,
    variables: () => ({}),
    read: (data) => (data.me as { email: string } | null)?.email ?? null,
    expected: (world, actor) => (actor === 'anonymous' ? null : world.people[actor].email),
  },
  'BodyOrganizer.email': {
    allowed: ORGANIZERS_OF_X,
    document: `query ($id: ID!) { bodyOrganizers(organizingBodyId: $id) { id email } }`,
    variables: (world) => ({ id: world.bodyX }),
    read: (data, world) =>
      (data.bodyOrganizers as { id: string; email: string }[]).find((row) => row.id === world.people.organizerX.id)
        ?.email ?? null,
    expected: (world) => world.people.organizerX.email,
  },
  ...NONPROFIT_PERSONAL_FIELDS,
  ...PRIVACY_PERSONAL_FIELDS,
  ...VOLUNTEER_PERSONAL_FIELDS,
  ...PUBLICATION_PERSONAL_FIELDS,
  ...MATCHING_PERSONAL_FIELDS,
};
