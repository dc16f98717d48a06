import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { gql, type TestApp, startTestApp } from '../../test/app';
import { ACTORS, type Actor, type MatrixWorld, setUpWorld } from './matrix-world';
import { OPERATIONS, PERSONAL_FIELDS } from './matrix-entries';

/**
 * Who may do what, asserted for every query, mutation and personal field of the schema against every kind of caller:
 * anonymous, a volunteer, contacts of two nonprofits, organizers of two bodies, a platform admin. An operation or a
 * personal field without an entry fails the first two tests, so nothing new reaches the schema unchecked.
 */
const schema = buildSchema(readFileSync(new URL('../../schema.gql', import.meta.url), 'utf8'));
const DENIAL_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
/** Fields that hold personal data wherever they appear; their types and names are found in the schema. */
const PERSONAL_NAME = /^(email|phone|employer|street|postalCode|address)$|(Email|Phone)$/;

const objectTypes = Object.values(schema.getTypeMap()).filter(isObjectType);
const rootFields = objectTypes
  .filter((type) => type.name === 'Query' || type.name === 'Mutation')
  .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
const personalFields = objectTypes
  .filter((type) => !type.name.startsWith('__') && type.name !== 'Query' && type.name !== 'Mutation')
  .flatMap((type) =>
    Object.keys(type.getFields())
      .filter((field) => PERSONAL_NAME.test(field))
      .map((field) => `${type.name}.${field}`),
  );

describe('authorization matrix', () => {
  let app: TestApp;
  let world: MatrixWorld;

  beforeAll(async () => {
    app = await startTestApp();
    world = await setUpWorld(app);
  }, 60_000);
  afterAll(() => app.close());
  // Every actor calls the sign-in operations; the limits have their own tests.
  beforeEach(() => app.dataSource.query(`DELETE FROM rate_limit_counter`));

  it('has an entry for every query and mutation of the schema', () => {
    expect(rootFields.filter((name) => !(name in OPERATIONS))).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((name) => !rootFields.includes(name))).toEqual([]);
  });

  it('has an entry for every personal field of the schema', () => {
    expect(personalFields.filter((name) => !(name in PERSONAL_FIELDS))).toEqual([]);
    expect(Object.keys(PERSONAL_FIELDS).filter((name) => !personalFields.includes(name))).toEqual([]);
  });

  describe.each(Object.entries(OPERATIONS))('%s', (_name, entry) => {
    it.each(ACTORS)('as %s', async (actor: Actor) => {
      const call = await entry.call(world, actor);
      const cookie = call.cookie ?? world.cookies[actor];
      const response = await gql(app, call.document, call.variables ?? {}, cookie ?? undefined);
      const errors = (response.body.errors ?? []) as { message: string; extensions?: { code?: string } }[];
      const denied = errors.some((error) => DENIAL_CODES.includes(error.extensions?.code ?? ''));
      if (entry.allowed.includes(actor)) {
        expect({ actor, errors }).toEqual({ actor, errors: [] });
        await call.verify?.(response.body.data);
      } else {
        expect({ actor, denied, errors }).toMatchObject({ actor, denied: true });
        await call.unchanged?.();
      }
    });
  });

  describe.each(Object.entries(PERSONAL_FIELDS))('personal field %s', (_name, entry) => {
    it.each(ACTORS)('as %s', async (actor: Actor) => {
      const variables = await entry.variables(world);
      const response = await gql(app, entry.document, variables, world.cookies[actor] ?? undefined);
      const value = response.body.data ? entry.read(response.body.data, world) : undefined;
      if (entry.allowed.includes(actor))
        expect({ actor, value }).toEqual({ actor, value: entry.expected(world, actor) });
      else expect({ actor, value: value ?? null }).toEqual({ actor, value: null });
    });
  });
});
