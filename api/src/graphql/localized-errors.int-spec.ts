import { gql, startTestApp, type TestApp } from '../../test/app';
import { eventInput } from '../../test/events';

const CREATE = `mutation ($body: ID!, $input: EventInput!) { createEvent(organizingBodyId: $body, input: $input) { id } }`;
const BODY = '6f1c2b8e-3a0e-4b8e-9a51-2f4d7f0c9b11';

describe('GraphQL’s own errors in the caller’s language', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('names a variable field of the wrong type, in German, keeping the original for developers', async () => {
    const input = eventInput();
    (input.slots as Record<string, unknown>[])[1].capacity = 'viele';
    const response = await gql(app, CREATE, { body: BODY, input }).set('accept-language', 'de');
    expect(response.body.errors[0]).toMatchObject({
      message: 'Einige Felder sind nicht richtig ausgefüllt.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.slots[1].capacity', message: 'Dieser Wert ist nicht gültig.' }],
      },
    });
    expect(response.body.errors[0].extensions.detail).toMatch(/Int cannot represent/);
  });

  it('names a missing required field and an unknown choice, in English', async () => {
    const { name: _name, ...withoutName } = eventInput();
    const missing = await gql(app, CREATE, { body: BODY, input: withoutName });
    expect(missing.body.errors[0].extensions.fields).toEqual([
      { path: 'input.name', message: 'Please fill in this field.' },
    ]);
    const unknownKind = await gql(app, CREATE, { body: BODY, input: eventInput({ kind: 'PICNIC' }) });
    expect(unknownKind.body.errors[0].extensions.fields).toEqual([
      { path: 'input.kind', message: 'This value is not valid.' },
    ]);
  });
});
