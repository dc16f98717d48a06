import { gql } from '../../test/app';
import { addVolunteer, START_RUN, waitForRun } from '../../test/matching';
import { DEADLINE } from '../../test/publication';
import { type OperationEntry, type PersonalFieldEntry } from './matrix-entries';
import { type Actor, MATRIX_CONTACT_PHONE, MATRIX_VOLUNTEER_PHONE, type MatrixWorld } from './matrix-world';

/** The matrix entries of publication: proposals, answers, the nonprofit's teams, backfill (spread into matrix-entries.ts). */
const ORGANIZERS_OF_X = ['organizerX', 'admin'] as const;
const CONTACT_A_AND_ORGANIZERS_OF_X = ['contactA', 'organizerX', 'admin'] as const;

interface PublishedWorld {
  eventId: string;
  challengeId: string;
  runId: string;
  /** The matrix volunteer's place in the team. */
  proposalId: string;
}

/**
 * A new event of body X whose one challenge (of nonprofit A, one member, WordPress) is matched: the matrix volunteer
 * gets the place (their level beats Vera's, who stands by). Published unless `publish` is false.
 */
async function buildPublished(world: MatrixWorld, publish = true): Promise<PublishedWorld> {
  const { dataSource } = world.app;
  const event = await world.draftEventX();
  const slots = event.slots.map((slot) => slot.id);
  await dataSource.query(`UPDATE event SET status = 'MATCHING' WHERE id = $1`, [event.id]);
  const [{ id: challengeId }] = (await dataSource.query(
    `INSERT INTO challenge (event_id, nonprofit_id, title, skills, team_min, team_max, status, submitted_at)
     VALUES ($1, $2, 'Matrix Website', '[{"skill": "web.cms.wordpress", "level": 2, "required": true}]', 1, 1,
             'ACCEPTED', now())
     RETURNING id`,
    [event.id, world.nonprofitA],
  )) as { id: string }[];
  await dataSource.query(`INSERT INTO challenge_slot (challenge_id, slot_id) VALUES ($1, $2)`, [challengeId, slots[0]]);
  const [{ id: registrationId }] = (await dataSource.query(
    `INSERT INTO volunteer_registration (event_id, person_id) VALUES ($1, $2) RETURNING id`,
    [event.id, world.people.volunteer.id],
  )) as { id: string }[];
  await dataSource.query(`INSERT INTO volunteer_registration_slot (registration_id, slot_id) VALUES ($1, $2)`, [
    registrationId,
    slots[0],
  ]);
  await addVolunteer(dataSource, event.id, slots, {
    name: `Vera ${world.unique()}`,
    skills: [{ skill: 'web.cms.wordpress', level: 2 }],
    slots: [0],
  });
  const started = await gql(world.app, START_RUN, { eventId: event.id }, world.cookies.organizerX!);
  const run = await waitForRun(world.app, world.cookies.organizerX!, started.body.data.startMatchingRun.id);
  if (publish) {
    const published = await gql(
      world.app,
      `mutation ($runId: ID!) { publishMatchingRun(runId: $runId, input: { answerDeadline: "${DEADLINE}" }) { published } }`,
      { runId: run.id },
      world.cookies.organizerX!,
    );
    if (published.body.errors) throw new Error(JSON.stringify(published.body.errors));
  }
  const rows = (await dataSource.query(`SELECT id FROM proposal WHERE event_id = $1 AND volunteer_id = $2`, [
    event.id,
    world.people.volunteer.id,
  ])) as { id: string }[];
  if (publish && rows.length === 0) throw new Error('the matrix volunteer got no place');
  return { eventId: event.id, challengeId, runId: run.id as string, proposalId: rows[0]?.id ?? '' };
}

const cache = new WeakMap<MatrixWorld, Map<string, Promise<PublishedWorld>>>();

/** One built world per name and matrix world: for denied callers and the personal fields. */
function shared(world: MatrixWorld, name: string, build: () => Promise<PublishedWorld>): Promise<PublishedWorld> {
  let worlds = cache.get(world);
  if (!worlds) cache.set(world, (worlds = new Map()));
  let built = worlds.get(name);
  if (!built) worlds.set(name, (built = build()));
  return built;
}

/** Both sides confirmed: the matrix volunteer accepted, contact A confirmed the team. */
const revealedWorld = (world: MatrixWorld) =>
  shared(world, 'revealed', async () => {
    const built = await buildPublished(world);
    await gql(
      world.app,
      `mutation ($id: ID!) { answerProposal(proposalId: $id, answer: ACCEPT) { id } }`,
      { id: built.proposalId },
      world.cookies.volunteer!,
    );
    const confirmed = await gql(
      world.app,
      `mutation ($id: ID!) { confirmTeam(challengeId: $id) { confirmed } }`,
      { id: built.challengeId },
      world.cookies.contactA!,
    );
    if (confirmed.body.errors) throw new Error(JSON.stringify(confirmed.body.errors));
    return built;
  });

/** Allowed callers get a world of their own (the call changes it); denied ones share one that must stay as it is. */
const worldFor = (
  world: MatrixWorld,
  actor: Actor,
  allowed: readonly Actor[],
  name: string,
  prepare?: (w: PublishedWorld) => Promise<void>,
) =>
  allowed.includes(actor)
    ? buildPublished(world).then(async (built) => (await prepare?.(built), built))
    : shared(world, name, () => buildPublished(world).then(async (built) => (await prepare?.(built), built)));

const setStatus = (world: MatrixWorld, status: string) => (built: PublishedWorld) =>
  world.app.dataSource.query(`UPDATE proposal SET status = $2, answered_at = now() WHERE id = $1`, [
    built.proposalId,
    status,
  ]) as Promise<unknown> as Promise<void>;

const proposalStatus = async (world: MatrixWorld, proposalId: string) =>
  (
    (await world.app.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [proposalId])) as {
      status: string;
    }[]
  )[0]?.status;

/** An organizer's entry on the volunteer's behalf: it changes the place, a refused one leaves it as it was. */
const onBehalf =
  (
    mutation: string,
    name: string,
    from: string,
    to: string,
    prepare?: (world: MatrixWorld) => (w: PublishedWorld) => Promise<void>,
  ) =>
  async (world: MatrixWorld, actor: Actor) => {
    const { proposalId } = await worldFor(world, actor, ORGANIZERS_OF_X, name, prepare?.(world));
    return {
      document: `mutation ($id: ID!) { ${mutation} { teams { places { proposalId status } } } }`,
      variables: { id: proposalId },
      verify: async () => expect(await proposalStatus(world, proposalId)).toBe(to),
      unchanged: async () => expect(await proposalStatus(world, proposalId)).toBe(from),
    };
  };

export const PUBLICATION_OPERATIONS: Record<string, OperationEntry> = {
  'Query.publication': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `query ($id: ID!) { publication(eventId: $id) { published teams { places { firstName status } } } }`,
      variables: { id: (await revealedWorld(world)).eventId },
    }),
  },
  'Mutation.publishMatchingRun': {
    allowed: ORGANIZERS_OF_X,
    call: async (world, actor) => {
      const built = ORGANIZERS_OF_X.includes(actor as (typeof ORGANIZERS_OF_X)[number])
        ? await buildPublished(world, false)
        : await shared(world, 'unpublished', () => buildPublished(world, false));
      return {
        document: `mutation ($runId: ID!) {
          publishMatchingRun(runId: $runId, input: { answerDeadline: "${DEADLINE}" }) { published }
        }`,
        variables: { runId: built.runId },
      };
    },
  },
  'Mutation.setPublicationAutoBackfill': {
    allowed: ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($id: ID!) { setPublicationAutoBackfill(eventId: $id, autoBackfill: false) { autoBackfill } }`,
      variables: { id: (await revealedWorld(world)).eventId },
    }),
  },
  'Mutation.findReplacement': {
    allowed: ORGANIZERS_OF_X,
    call: async (world, actor) => ({
      document: `mutation ($id: ID!) { findReplacement(challengeId: $id) { counts { needsReplacement } } }`,
      variables: {
        id: (await worldFor(world, actor, ORGANIZERS_OF_X, 'declined', setStatus(world, 'DECLINED'))).challengeId,
      },
    }),
  },
  'Mutation.recordProposalAnswer': {
    allowed: ORGANIZERS_OF_X,
    call: onBehalf(
      'recordProposalAnswer(proposalId: $id, answer: ACCEPT, note: "Matrix")',
      'proposed',
      'PROPOSED',
      'ACCEPTED',
    ),
  },
  'Mutation.recordProposalCancellation': {
    allowed: ORGANIZERS_OF_X,
    call: onBehalf(
      'recordProposalCancellation(proposalId: $id, note: "Matrix")',
      'accepted',
      'ACCEPTED',
      'CANCELLED',
      (world) => setStatus(world, 'ACCEPTED'),
    ),
  },
  'Query.myProposals': {
    allowed: ['volunteer'],
    call: () => ({ document: `{ myProposals { id status } }` }),
  },
  'Mutation.answerProposal': {
    allowed: ['volunteer'],
    call: async (world, actor) => ({
      document: `mutation ($id: ID!) { answerProposal(proposalId: $id, answer: ACCEPT) { status } }`,
      variables: { id: (await worldFor(world, actor, ['volunteer'], 'proposed')).proposalId },
    }),
  },
  'Mutation.cancelProposal': {
    allowed: ['volunteer'],
    call: async (world, actor) => ({
      document: `mutation ($id: ID!) { cancelProposal(proposalId: $id, reason: "Matrix") { status } }`,
      variables: {
        id: (await worldFor(world, actor, ['volunteer'], 'accepted', setStatus(world, 'ACCEPTED'))).proposalId,
      },
    }),
  },
  'Query.nonprofitTeams': {
    allowed: CONTACT_A_AND_ORGANIZERS_OF_X,
    call: async (world) => {
      await revealedWorld(world);
      return {
        document: `query ($id: ID!) { nonprofitTeams(nonprofitId: $id) { teams { members { firstName } } } }`,
        variables: { id: world.nonprofitA },
      };
    },
  },
  'Mutation.confirmTeam': {
    allowed: ['contactA'],
    call: async (world, actor) => ({
      document: `mutation ($id: ID!) { confirmTeam(challengeId: $id) { confirmed } }`,
      variables: { id: (await worldFor(world, actor, ['contactA'], 'unconfirmed')).challengeId },
    }),
  },
  'Mutation.releaseTeamMember': {
    allowed: ['contactA'],
    call: async (world, actor) => ({
      document: `mutation ($id: ID!) { releaseTeamMember(proposalId: $id, reason: "Matrix") { openPlaces } }`,
      variables: { id: (await worldFor(world, actor, ['contactA'], 'releasable')).proposalId },
    }),
  },
};

type ContactField = 'email' | 'phone';

/** A team member's contact data: for the nonprofit's contacts (and organizers) once both sides confirmed. */
const teamMemberField = (field: ContactField): PersonalFieldEntry => ({
  allowed: CONTACT_A_AND_ORGANIZERS_OF_X,
  document: `query ($id: ID!) { nonprofitTeams(nonprofitId: $id) { teams { members { contactRevealed ${field} } } } }`,
  variables: async (world) => {
    await revealedWorld(world);
    return { id: world.nonprofitA };
  },
  read: (data) =>
    (
      data.nonprofitTeams as { teams: { members: ({ contactRevealed: boolean } & Record<ContactField, string>)[] }[] }
    ).teams
      .flatMap((team) => team.members)
      .find((member) => member.contactRevealed)?.[field] ?? null,
  expected: (world) => (field === 'email' ? world.people.volunteer.email : MATRIX_VOLUNTEER_PHONE),
});

/** The nonprofit's contact data in the volunteer's proposal: for the volunteer once both sides confirmed. */
const proposalContactField = (field: ContactField): PersonalFieldEntry => ({
  allowed: ['volunteer'],
  document: `{ myProposals { contactRevealed nonprofitContacts { name ${field} } } }`,
  variables: async (world) => {
    await revealedWorld(world);
    return {};
  },
  // Other entries add further contacts to nonprofit A; contact A is the one named after the matrix actor.
  read: (data) =>
    (
      data.myProposals as {
        contactRevealed: boolean;
        nonprofitContacts: ({ name: string } & Record<ContactField, string>)[];
      }[]
    )
      .find((proposal) => proposal.contactRevealed)
      ?.nonprofitContacts.find((contact) => contact.name === 'Matrix contactA')?.[field] ?? null,
  expected: (world) => (field === 'email' ? world.people.contactA.email : MATRIX_CONTACT_PHONE),
});

/** A place's phone in the publication: for the organizers of the event's body, who call those without e-mail. */
const publishedPlacePhone: PersonalFieldEntry = {
  allowed: ORGANIZERS_OF_X,
  document: `query ($id: ID!) { publication(eventId: $id) { teams { places { volunteerId phone } } } }`,
  variables: async (world) => ({ id: (await revealedWorld(world)).eventId }),
  read: (data, world) =>
    (data.publication as { teams: { places: { volunteerId: string; phone: string | null }[] }[] } | null)?.teams
      .flatMap((team) => team.places)
      .find((place) => place.volunteerId === world.people.volunteer.id)?.phone ?? null,
  expected: () => MATRIX_VOLUNTEER_PHONE,
};

export const PUBLICATION_PERSONAL_FIELDS: Record<string, PersonalFieldEntry> = {
  'PublishedPlace.phone': publishedPlacePhone,
  'NonprofitTeamMember.email': teamMemberField('email'),
  'NonprofitTeamMember.phone': teamMemberField('phone'),
  'ProposalContact.email': proposalContactField('email'),
  'ProposalContact.phone': proposalContactField('phone'),
};
