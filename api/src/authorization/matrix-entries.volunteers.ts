import { profileInput } from '../../test/volunteers';
import { type OperationEntry, type PersonalFieldEntry } from './matrix-entries';
import { ACTORS, MATRIX_VOLUNTEER_EMPLOYER, MATRIX_VOLUNTEER_PHONE, type MatrixWorld } from './matrix-world';

/** The matrix entries of volunteer profiles, registrations, the organizers' views and assisted intake. */
const EVERYONE = ACTORS;
const SIGNED_IN = ACTORS.filter((actor) => actor !== 'anonymous');
const ORGANIZERS_OF_X = ['organizerX', 'admin'] as const;
/** The registered volunteer themself, and the organizers of the event's body. */
const VOLUNTEER_AND_ORGANIZERS_OF_X = ['volunteer', 'organizerX', 'admin'] as const;

/** A registration of the matrix volunteer for a new open event of body X, for operations that change it. */
async function volunteerRegistration(world: MatrixWorld): Promise<{ id: string; slotId: string }> {
  const { dataSource } = world.app;
  const event = await world.draftEventX();
  await dataSource.query(`UPDATE event SET status = 'OPEN' WHERE id = $1`, [event.id]);
  const [{ id }] = (await dataSource.query(
    `INSERT INTO volunteer_registration (event_id, person_id) VALUES ($1, $2) RETURNING id`,
    [event.id, world.people.volunteer.id],
  )) as { id: string }[];
  await dataSource.query(`INSERT INTO volunteer_registration_slot (registration_id, slot_id) VALUES ($1, $2)`, [
    id,
    event.slots[0].id,
  ]);
  return { id, slotId: event.slots[1].id };
}

export const VOLUNTEER_OPERATIONS: Record<string, OperationEntry> = {
  'Query.myVolunteerProfile': {
    allowed: SIGNED_IN,
    call: () => ({ document: `{ myVolunteerProfile { personId } }` }),
  },
  'Mutation.saveVolunteerProfile': {
    allowed: SIGNED_IN,
    // A twin, so that the matrix volunteer's own profile (a personal field below) stays as it is.
    call: async (world, actor) => ({
      document: `mutation ($input: VolunteerProfileInput!) { saveVolunteerProfile(input: $input) { personId } }`,
      variables: { input: profileInput() },
      cookie: await world.twinOf(actor),
    }),
  },
  'Query.myVolunteerRegistrations': {
    allowed: SIGNED_IN,
    call: () => ({ document: `{ myVolunteerRegistrations { id } }` }),
  },
  'Query.volunteerEventOptions': {
    allowed: EVERYONE,
    call: (world) => ({
      document: `query ($id: ID!) { volunteerEventOptions(eventId: $id) { id slots { id } } }`,
      variables: { id: world.eventX.id },
    }),
  },
  'Mutation.registerForEvent': {
    allowed: SIGNED_IN,
    call: async (world, actor) => ({
      document: `mutation ($input: EventRegistrationInput!) { registerForEvent(input: $input) { id } }`,
      variables: {
        input: {
          eventId: world.eventX.id,
          slotIds: [world.eventX.slots[0].id],
          maxAssignments: 1,
          profile: profileInput(),
        },
      },
      cookie: await world.twinOf(actor),
    }),
  },
  'Mutation.updateVolunteerRegistration': {
    allowed: VOLUNTEER_AND_ORGANIZERS_OF_X,
    call: async (world) => {
      const registration = await volunteerRegistration(world);
      return {
        document: `mutation ($id: ID!, $input: VolunteerRegistrationChangeInput!) {
          updateVolunteerRegistration(id: $id, input: $input) { id }
        }`,
        variables: { id: registration.id, input: { slotIds: [registration.slotId], maxAssignments: 1 } },
      };
    },
  },
  'Mutation.withdrawVolunteerRegistration': {
    allowed: VOLUNTEER_AND_ORGANIZERS_OF_X,
    call: async (world) => ({
      document: `mutation ($id: ID!) { withdrawVolunteerRegistration(id: $id) { id status } }`,
      variables: { id: (await volunteerRegistration(world)).id },
    }),
  },
  'Query.eventVolunteers': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { eventVolunteers(eventId: $id) { registrationId } }`,
      variables: { id: world.eventX.id },
    }),
  },
  'Query.eventVolunteerOverview': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `query ($id: ID!) { eventVolunteerOverview(eventId: $id) { volunteerCount } }`,
      variables: { id: world.eventX.id },
    }),
  },
  'Mutation.registerVolunteerOnBehalf': {
    allowed: ORGANIZERS_OF_X,
    call: (world) => ({
      document: `mutation ($input: VolunteerIntakeInput!) {
        registerVolunteerOnBehalf(input: $input) { reviewMailSent }
      }`,
      variables: {
        input: {
          eventId: world.eventX.id,
          email: `intake-${world.unique()}@matrix.example`,
          locale: 'de',
          consentMethod: 'PHONE',
          slotIds: [world.eventX.slots[0].id],
          maxAssignments: 1,
          profile: profileInput({ name: 'Matrix Intake' }),
        },
      },
    }),
  },
};

type PersonalKey = 'email' | 'phone' | 'employer';
const expectedOf = (world: MatrixWorld, field: PersonalKey) =>
  ({ email: world.people.volunteer.email, phone: MATRIX_VOLUNTEER_PHONE, employer: MATRIX_VOLUNTEER_EMPLOYER })[field];

/** Own profile: only ever the person themself (others have none to read, and no query reaches someone else's). */
const ownProfileField = (field: PersonalKey): PersonalFieldEntry => ({
  allowed: ['volunteer'],
  document: `{ myVolunteerProfile { personId ${field} } }`,
  variables: () => ({}),
  read: (data, world) => {
    const profile = data.myVolunteerProfile as ({ personId: string } & Record<PersonalKey, string | null>) | null;
    return profile?.personId === world.people.volunteer.id ? profile[field] : null;
  },
  expected: (world) => expectedOf(world, field),
});

/** An event's volunteers: their contact details for the organizers of the event's body (and admins) only. */
const eventVolunteerField = (field: PersonalKey): PersonalFieldEntry => ({
  allowed: ORGANIZERS_OF_X,
  document: `query ($id: ID!) { eventVolunteers(eventId: $id) { personId ${field} } }`,
  variables: (world) => ({ id: world.eventX.id }),
  read: (data, world) =>
    (data.eventVolunteers as ({ personId: string } & Record<PersonalKey, string | null>)[] | null)?.find(
      (row) => row.personId === world.people.volunteer.id,
    )?.[field] ?? null,
  expected: (world) => expectedOf(world, field),
});

export const VOLUNTEER_PERSONAL_FIELDS: Record<string, PersonalFieldEntry> = {
  'VolunteerProfile.email': ownProfileField('email'),
  'VolunteerProfile.phone': ownProfileField('phone'),
  'VolunteerProfile.employer': ownProfileField('employer'),
  'EventVolunteer.email': eventVolunteerField('email'),
  'EventVolunteer.phone': eventVolunteerField('phone'),
  'EventVolunteer.employer': eventVolunteerField('employer'),
};
