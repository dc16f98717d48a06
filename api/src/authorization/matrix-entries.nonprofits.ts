import { type ChallengeStatus } from '@skillshift/shared';
import { challengeInput, nonprofitInput } from '../../test/nonprofits';
import { type OperationEntry, type PersonalFieldEntry } from './matrix-entries';
import { ACTORS, MATRIX_CONTACT_PHONE, type MatrixWorld } from './matrix-world';

/** The matrix entries of nonprofits, challenges, curation and assisted intake (spread into matrix-entries.ts). */
const EVERYONE = ACTORS;
const SIGNED_IN = ACTORS.filter((actor) => actor !== 'anonymous');
const CONTACT_A = ['contactA'] as const;
const MEMBERS_OF_A = ['contactA', 'organizerX', 'admin'] as const;
const ORGANIZERS_OF_X = ['organizerX', 'admin'] as const;

/** A challenge of nonprofit A for event X in the given status, written straight into the database. */
async function challengeOfA(world: MatrixWorld, status: ChallengeStatus): Promise<string> {
  const { dataSource } = world.app;
  const [{ id }] = (await dataSource.query(
    `INSERT INTO challenge (event_id, nonprofit_id, title, problem, goal, beneficiaries, skills, languages, status,
                            submitted_at, decision_maker_present, access_ready, fits_one_evening)
     VALUES ($1, $2, $3, 'Unsere Mitgliederliste ist ein Zettelkasten im Büro.',
             'Eine Tabelle, die alle im Vorstand pflegen können.', 'Der Vorstand',
             '[{"skill": "data.spreadsheets.excel", "level": 2, "required": true}]', '{de}', $4::challenge_status,
             CASE WHEN $4::text = 'DRAFT' THEN NULL ELSE now() END, true, true, true)
     RETURNING id`,
    [world.eventX.id, world.nonprofitA, `Matrix ${status} ${world.unique()}`, status],
  )) as { id: string }[];
  await dataSource.query(`INSERT INTO challenge_slot (challenge_id, slot_id) VALUES ($1, $2)`, [
    id,
    world.eventX.slots[0].id,
  ]);
  await dataSource.query(
    `INSERT INTO challenge_status_change (challenge_id, from_status, to_status, message)
     VALUES ($1, NULL, $2::challenge_status, $3)`,
    [id, status, status === 'NEEDS_INFO' ? 'Welche Tabelle nutzen Sie?' : null],
  );
  return id;
}

/** A further contact of nonprofit A, to be removed again. */
async function extraContactOfA(world: MatrixWorld): Promise<string> {
  const { dataSource } = world.app;
  const [{ id }] = (await dataSource.query(`INSERT INTO person (email, name) VALUES ($1, 'Extra') RETURNING id`, [
    `extra-${world.unique()}@matrix.example`,
  ])) as { id: string }[];
  await dataSource.query(`INSERT INTO nonprofit_contact (nonprofit_id, person_id) VALUES ($1, $2)`, [
    world.nonprofitA,
    id,
  ]);
  return id;
}

const withChallenge =
  (status: ChallengeStatus, document: string, extra: Record<string, unknown> = {}) =>
  async (world: MatrixWorld) => ({ document, variables: { id: await challengeOfA(world, status), ...extra } });

export const NONPROFIT_OPERATIONS: Record<string, OperationEntry> = {
  'Query.myNonprofits': {
    allowed: SIGNED_IN,
    call: () => ({ document: `{ myNonprofits { id } }` }),
  },
  'Query.nonprofit': {
    allowed: MEMBERS_OF_A,
    call: (world) => ({
      document: `query ($id: ID!) { nonprofit(id: $id) { id challenges { id } } }`,
      variables: { id: world.nonprofitA },
    }),
  },
  'Mutation.registerNonprofit': {
    allowed: SIGNED_IN,
    call: (world) => ({
      document: `mutation ($event: ID!, $input: RegisterNonprofitInput!) {
        registerNonprofit(eventId: $event, input: $input) { id }
      }`,
      variables: {
        event: world.eventX.id,
        input: { ...nonprofitInput({ name: `Matrix Neu ${world.unique()}` }), consent: true },
      },
    }),
  },
  'Mutation.updateNonprofit': {
    allowed: MEMBERS_OF_A,
    call: (world) => ({
      document: `mutation ($id: ID!, $input: NonprofitInput!) { updateNonprofit(id: $id, input: $input) { id } }`,
      variables: {
        id: world.nonprofitA,
        input: nonprofitInput({ name: 'Matrix Verein A', street: 'Breite Straße 1', postalCode: '23552' }),
      },
    }),
  },
  'Mutation.addNonprofitContact': {
    allowed: MEMBERS_OF_A,
    call: (world) => ({
      document: `mutation ($id: ID!, $input: NonprofitContactInput!) {
        addNonprofitContact(nonprofitId: $id, input: $input) { id }
      }`,
      variables: { id: world.nonprofitA, input: { email: `added-${world.unique()}@matrix.example`, name: 'Neu' } },
    }),
  },
  'Mutation.removeNonprofitContact': {
    allowed: MEMBERS_OF_A,
    call: async (world) => ({
      document: `mutation ($id: ID!, $person: ID!) { removeNonprofitContact(nonprofitId: $id, personId: $person) { id } }`,
      variables: { id: world.nonprofitA, person: await extraContactOfA(world) },
    }),
  },
  'Mutation.registerNonprofitByIntake': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `mutation ($event: ID!, $input: AssistedIntakeInput!) {
        registerNonprofitByIntake(eventId: $event, input: $input) { reviewMailSent }
      }`,
      variables: {
        event: world.eventX.id,
        input: {
          nonprofit: nonprofitInput({ name: `Matrix Intake ${world.unique()}` }),
          contact: { name: 'Per Telefon', phone: '0451 555', locale: 'de' },
          consentMethod: 'PHONE',
          challenge: challengeInput([world.eventX.slots[0].id]),
        },
      },
    }),
  },

  // Challenges: the form reads public events; contacts of the nonprofit write; organizers of the body read too.
  'Query.challengeEvent': {
    allowed: EVERYONE,
    call: (world) => ({
      document: `query ($id: ID!) { challengeEvent(id: $id) { id slots { id } } }`,
      variables: { id: world.eventX.id },
    }),
  },
  'Query.challenge': {
    allowed: MEMBERS_OF_A,
    call: withChallenge('SUBMITTED', `query ($id: ID!) { challenge(id: $id) { id history { toStatus } } }`),
  },
  'Mutation.createChallenge': {
    allowed: CONTACT_A,
    call: (world) => ({
      document: `mutation ($np: ID!, $event: ID!, $input: ChallengeInput!) {
        createChallenge(nonprofitId: $np, eventId: $event, input: $input) { id }
      }`,
      variables: { np: world.nonprofitA, event: world.eventX.id, input: { title: 'Matrix-Entwurf' } },
    }),
  },
  'Mutation.updateChallenge': {
    allowed: CONTACT_A,
    call: async (world) => ({
      document: `mutation ($id: ID!, $input: ChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }`,
      variables: { id: await challengeOfA(world, 'DRAFT'), input: { title: 'Umbenannt' } },
    }),
  },
  'Mutation.submitChallenge': {
    allowed: CONTACT_A,
    call: withChallenge('DRAFT', `mutation ($id: ID!) { submitChallenge(id: $id) { id status } }`),
  },
  'Mutation.deleteChallenge': {
    allowed: CONTACT_A,
    call: withChallenge('DRAFT', `mutation ($id: ID!) { deleteChallenge(id: $id) }`),
  },
  'Mutation.withdrawChallenge': {
    allowed: CONTACT_A,
    call: withChallenge('SUBMITTED', `mutation ($id: ID!) { withdrawChallenge(id: $id) { id } }`),
  },
  'Mutation.answerChallengeQuestion': {
    allowed: CONTACT_A,
    call: withChallenge(
      'NEEDS_INFO',
      `mutation ($id: ID!, $answer: String!) { answerChallengeQuestion(id: $id, answer: $answer) { id } }`,
      { answer: 'Eine Excel-Tabelle.' },
    ),
  },

  // Curation: organizers of the event's body.
  'Query.eventChallenges': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { eventChallenges(eventId: $id) { totalCount } }`,
      variables: { id: world.eventX.id },
    }),
  },
  'Mutation.askChallengeQuestion': {
    allowed: ORGANIZERS_OF_X,
    call: withChallenge(
      'SUBMITTED',
      `mutation ($id: ID!, $q: String!) { askChallengeQuestion(id: $id, question: $q) { id } }`,
      { q: 'Wer ist am Abend dabei?' },
    ),
  },
  'Mutation.acceptChallenge': {
    allowed: ORGANIZERS_OF_X,
    call: withChallenge('SUBMITTED', `mutation ($id: ID!) { acceptChallenge(id: $id) { id } }`),
  },
  'Mutation.rejectChallenge': {
    allowed: ORGANIZERS_OF_X,
    call: withChallenge(
      'SUBMITTED',
      `mutation ($id: ID!, $reason: String!) { rejectChallenge(id: $id, reason: $reason) { id } }`,
      { reason: 'Passt nicht an einen Abend.' },
    ),
  },
  'Mutation.acceptChallenges': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($event: ID!, $ids: [ID!]!) { acceptChallenges(eventId: $event, ids: $ids) { id } }`,
      variables: { event: world.eventX.id, ids: [await challengeOfA(world, 'SUBMITTED')] },
    }),
  },
  'Mutation.rejectChallenges': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($event: ID!, $ids: [ID!]!) {
        rejectChallenges(eventId: $event, ids: $ids, reason: "Zu viele Einreichungen.") { id }
      }`,
      variables: { event: world.eventX.id, ids: [await challengeOfA(world, 'SUBMITTED')] },
    }),
  },
  'Mutation.setChallengePriority': {
    allowed: ORGANIZERS_OF_X,
    call: withChallenge('SUBMITTED', `mutation ($id: ID!) { setChallengePriority(id: $id, priority: 3) { id } }`),
  },
};

const NONPROFIT_A = `query ($id: ID!) { nonprofit(id: $id) { street postalCode contacts { personId email phone } } }`;
type NonprofitData = {
  nonprofit: {
    street: string;
    postalCode: string;
    contacts: { personId: string; email: string; phone: string }[];
  } | null;
};
const contactAOf = (data: Record<string, unknown>, world: MatrixWorld) =>
  (data as NonprofitData).nonprofit?.contacts.find((contact) => contact.personId === world.people.contactA.id);

/** Contacts' addresses and phones and the nonprofit's address: for its contacts, the body's organizers, admins. */
export const NONPROFIT_PERSONAL_FIELDS: Record<string, PersonalFieldEntry> = {
  'NonprofitContact.email': {
    allowed: MEMBERS_OF_A,
    document: NONPROFIT_A,
    variables: (world) => ({ id: world.nonprofitA }),
    read: (data, world) => contactAOf(data, world)?.email ?? null,
    expected: (world) => world.people.contactA.email,
  },
  'NonprofitContact.phone': {
    allowed: MEMBERS_OF_A,
    document: NONPROFIT_A,
    variables: (world) => ({ id: world.nonprofitA }),
    read: (data, world) => contactAOf(data, world)?.phone ?? null,
    expected: () => MATRIX_CONTACT_PHONE,
  },
  'Nonprofit.street': {
    allowed: MEMBERS_OF_A,
    document: NONPROFIT_A,
    variables: (world) => ({ id: world.nonprofitA }),
    read: (data) => (data as NonprofitData).nonprofit?.street ?? null,
    expected: () => 'Breite Straße 1',
  },
  'Nonprofit.postalCode': {
    allowed: MEMBERS_OF_A,
    document: NONPROFIT_A,
    variables: (world) => ({ id: world.nonprofitA }),
    read: (data) => (data as NonprofitData).nonprofit?.postalCode ?? null,
    expected: () => '23552',
  },
};
