import { gql, type TestApp, startTestApp } from '../../test/app';
import { AUDIT_LOG } from '../../test/matching';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import {
  CHALLENGES,
  emailOf,
  mails,
  matchedEvent,
  MY_PROPOSALS,
  PLACE_FIELDS,
  publish,
  type PublishedEvent,
  SET_AUTO_BACKFILL,
  WITH_STANDBY,
} from '../../test/publication';
import { eraseAccount } from '../privacy/account-erasure';

const RECORD_ANSWER = `mutation ($id: ID!, $answer: ProposalAnswer!, $note: String) {
  recordProposalAnswer(proposalId: $id, answer: $answer, note: $note) {
    counts { proposed accepted freed needsReplacement } teams { title places { ${PLACE_FIELDS} phone canAnswer canCancel } }
  }
}`;
const RECORD_CANCELLATION = `mutation ($id: ID!, $note: String) {
  recordProposalCancellation(proposalId: $id, note: $note) { teams { title places { ${PLACE_FIELDS} canCancel } } }
}`;
const PLACES = `query ($eventId: ID!) {
  publication(eventId: $eventId) { teams { title places { ${PLACE_FIELDS} phone canAnswer canCancel } } }
}`;

interface Place {
  proposalId: string;
  volunteerId: string;
  firstName: string;
  status: string;
  state: string;
  mailed: boolean;
  phone: string | null;
  canAnswer: boolean;
  canCancel: boolean;
  cancelledBy: string | null;
  cancelReason: string | null;
  replacement: boolean;
  answeredAt: string | null;
}

describe('answers recorded by an organizer on the volunteer’s behalf', () => {
  let app: TestApp;
  let event: PublishedEvent;
  let cemPhone: string;

  beforeAll(async () => {
    app = await startTestApp();
    event = await matchedEvent(app, { challenges: CHALLENGES, volunteers: WITH_STANDBY });
    // Cem came through assisted intake on paper: no e-mail address, only a phone number.
    await app.dataSource.query(`UPDATE person SET email = NULL WHERE id = $1`, [event.volunteers['Cem Yilmaz']]);
    const [{ phone }] = (await app.dataSource.query(`SELECT phone FROM person WHERE id = $1`, [
      event.volunteers['Cem Yilmaz'],
    ])) as { phone: string }[];
    cemPhone = phone;
    const published = await publish(app, event);
    if (published.body.errors) throw new Error(JSON.stringify(published.body.errors));
  }, 60_000);
  afterAll(() => app.close());

  const places = async (): Promise<Place[]> => {
    const response = await gql(app, PLACES, { eventId: event.id }, event.organizerCookie);
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return (response.body.data.publication.teams as { places: Place[] }[]).flatMap((team) => team.places);
  };
  const placeOf = async (firstName: string) => (await places()).find((place) => place.firstName === firstName)!;
  const record = (id: string, answer: 'ACCEPT' | 'DECLINE', note?: string, cookie = event.organizerCookie) =>
    gql(app, RECORD_ANSWER, { id, answer, note }, cookie);
  const cancel = (id: string, note?: string, cookie = event.organizerCookie) =>
    gql(app, RECORD_CANCELLATION, { id, note }, cookie);
  const auditEntries = async (action: string) => {
    const response = await gql(
      app,
      AUDIT_LOG,
      { bodyId: event.bodyId, filter: { eventId: event.id, actions: [action] }, limit: 100 },
      event.organizerCookie,
    );
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data.auditLog.items as { actorId: string; actorName: string; description: string }[];
  };

  it('shows the organizers whom no mail reached, with the phone number to call them on', async () => {
    const cem = await placeOf('Cem');
    expect(cem).toMatchObject({
      status: 'PROPOSED',
      mailed: false,
      phone: cemPhone,
      canAnswer: true,
      canCancel: false,
    });
    expect(cemPhone).toMatch(/^0170 /);
    expect(await placeOf('Ada')).toMatchObject({ mailed: true, phone: expect.stringMatching(/^0170 /) });
    const proposals = await mails(app.dataSource, { template: 'proposal' });
    expect(proposals.map((mail) => mail.to).sort()).toEqual(
      [
        await emailOf(app.dataSource, event.volunteers['Ada Lovelace']),
        await emailOf(app.dataSource, event.volunteers['Ben Becker']),
      ].sort(),
    );
  });

  it('refuses organizers of another body, nonprofits, volunteers and anonymous callers, and changes nothing', async () => {
    const cem = await placeOf('Cem');
    const other = await createBody(app.dataSource, 'Anderswo');
    const stranger = await sessionCookieFor(
      app.dataSource,
      await createPerson(app.dataSource, 'stranger@on-behalf.example', [
        { role: 'ORGANIZER', organizingBodyId: other },
      ]),
    );
    const callers: [string | undefined, string][] = [
      [stranger, 'FORBIDDEN'],
      [event.nonprofits['Tafel Lübeck'].cookie, 'FORBIDDEN'],
      [event.volunteerCookies['Cem Yilmaz'], 'FORBIDDEN'],
      [event.volunteerCookies['Ada Lovelace'], 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [cookie, code] of callers) {
      const answered = await gql(app, RECORD_ANSWER, { id: cem.proposalId, answer: 'ACCEPT' }, cookie);
      expect(answered.body.errors[0].extensions.code).toBe(code);
      const cancelled = await gql(app, RECORD_CANCELLATION, { id: cem.proposalId }, cookie);
      expect(cancelled.body.errors[0].extensions.code).toBe(code);
    }
    const unknown = await record('00000000-0000-4000-8000-000000000000', 'ACCEPT');
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const tooLong = await record(cem.proposalId, 'ACCEPT', 'x'.repeat(501));
    expect(tooLong.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'note', message: 'Please use at most 500 characters.' }],
      translations: expect.any(Object),
    });
    expect(await placeOf('Cem')).toMatchObject({ status: 'PROPOSED', answeredAt: null });
    expect(await auditEntries('PROPOSAL_ACCEPTED')).toEqual([]);
  });

  it('records an acceptance once, even when sent five times at once, with the organizer in the audit log', async () => {
    const cem = await placeOf('Cem');
    const responses = await Promise.all([1, 2, 3, 4, 5].map(() => record(cem.proposalId, 'ACCEPT', 'per Telefon')));
    const recorded = responses.filter((response) => !response.body.errors);
    expect(recorded).toHaveLength(1);
    for (const refused of responses.filter((response) => response.body.errors))
      expect(refused.body.errors[0]).toMatchObject({
        message: 'This proposal has already been answered: accepted.',
        extensions: { code: 'CONFLICT' },
      });
    const data = recorded[0].body.data.recordProposalAnswer;
    expect(data.counts).toEqual({ proposed: 2, accepted: 1, freed: 0, needsReplacement: 0 });
    const place = (data.teams as { places: Place[] }[])
      .flatMap((team) => team.places)
      .find((entry) => entry.firstName === 'Cem');
    expect(place).toMatchObject({ status: 'ACCEPTED', state: 'ACCEPTED', canAnswer: false, canCancel: true });
    expect(place!.answeredAt).not.toBeNull();

    const [entry, ...more] = await auditEntries('PROPOSAL_ACCEPTED');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actorId: event.organizerId,
      actorName: 'Olga Organizer',
      description: 'Cem accepted “Tafel Lübeck”. Recorded by the organizers on the volunteer’s behalf (per Telefon).',
    });
    // Nobody to mail: the receipt is skipped; Cem's own dashboard shows the answer.
    expect(await mails(app.dataSource, { template: 'proposalAnswered' })).toEqual([]);
    const own = await gql(app, MY_PROPOSALS, {}, event.volunteerCookies['Cem Yilmaz']);
    expect(own.body.data.myProposals).toEqual([
      expect.objectContaining({ status: 'ACCEPTED', canAnswer: false, canCancel: true }),
    ]);
  });

  it('records a decline for someone with an address: their receipt goes out, automatic backfill refills the place', async () => {
    const autoBackfill = (on: boolean) => gql(app, SET_AUTO_BACKFILL, { eventId: event.id, on }, event.organizerCookie);
    expect((await autoBackfill(true)).body.errors).toBeUndefined();
    const ben = await placeOf('Ben');
    const declined = await record(ben.proposalId, 'DECLINE');
    expect((await autoBackfill(false)).body.errors).toBeUndefined();
    expect(declined.body.errors).toBeUndefined();
    expect(await placeOf('Ben')).toMatchObject({ status: 'DECLINED', state: 'REPLACED', canAnswer: false });
    expect(await placeOf('Dana')).toMatchObject({ status: 'PROPOSED', replacement: true, mailed: true });
    const [receipt] = await mails(app.dataSource, {
      to: await emailOf(app.dataSource, event.volunteers['Ben Becker']),
      template: 'proposalAnswered',
    });
    expect(receipt.subject).toBe('Sie haben abgesagt: „Mieterverein“');
    const [update] = await mails(app.dataSource, { template: 'organizerPlaceUpdate' });
    expect(update.text).toContain('hat das Matching Dana (Microsoft Excel: Gute Kenntnisse) vorgeschlagen');
    const again = await record(ben.proposalId, 'ACCEPT');
    expect(again.body.errors[0].message).toBe('This proposal has already been answered: declined.');
    expect((await auditEntries('PROPOSAL_DECLINED'))[0].description).toBe(
      'Ben declined “Mieterverein”. Recorded by the organizers on the volunteer’s behalf.',
    );
  });

  it('records that an accepted volunteer calls off: the place frees up and the nonprofit is told', async () => {
    const ada = await placeOf('Ada');
    const notAccepted = await cancel(ada.proposalId, 'Krank');
    expect(notAccepted.body.errors[0]).toMatchObject({
      message: 'Only an accepted place can be called off.',
      extensions: { code: 'CONFLICT' },
    });
    const cem = await placeOf('Cem');
    const cancelled = await cancel(cem.proposalId, '  Krank, per Telefon  ');
    expect(cancelled.body.errors).toBeUndefined();
    expect(await placeOf('Cem')).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'VOLUNTEER',
      cancelReason: 'Krank, per Telefon',
      state: 'NEEDS_REPLACEMENT',
      canCancel: false,
    });
    const [told] = await mails(app.dataSource, {
      to: event.nonprofits['Tafel Lübeck'].contactEmail,
      template: 'teamChanged',
    });
    expect(told.text).toContain('Cem kann nicht mehr kommen (von der ehrenamtlichen Person zurückgezogen).');
    const twice = await cancel(cem.proposalId);
    expect(twice.body.errors[0].message).toBe('Only an accepted place can be called off.');
    const [entry, ...more] = await auditEntries('PROPOSAL_CANCELLED');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actorName: 'Olga Organizer',
      description:
        'Cem’s place in “Tafel Lübeck” was called off. Recorded by the organizers on the volunteer’s behalf (Krank, per Telefon).',
    });
  });

  it('keeps the deadline: after it, no answer is recorded for anyone', async () => {
    const ada = await placeOf('Ada');
    await app.dataSource.query(`UPDATE proposal SET answer_deadline = now() - interval '1 minute' WHERE id = $1`, [
      ada.proposalId,
    ]);
    try {
      expect(await placeOf('Ada')).toMatchObject({ status: 'PROPOSED', canAnswer: false });
      const late = await record(ada.proposalId, 'ACCEPT', 'per Telefon');
      expect(late.body.errors[0]).toMatchObject({
        message: 'The answer deadline has passed.',
        extensions: { code: 'CONFLICT' },
      });
      expect(await placeOf('Ada')).toMatchObject({ status: 'PROPOSED', answeredAt: null });
    } finally {
      await app.dataSource.query(`UPDATE proposal SET answer_deadline = $2 WHERE id = $1`, [
        ada.proposalId,
        '2038-03-01T12:00:00.000Z',
      ]);
    }
  });

  it('empties the organizers’ notes about a person when that person’s account is erased', async () => {
    const notes = async () =>
      (
        (await app.dataSource.query(
          `SELECT details->>'note' AS note FROM audit_log
            WHERE subject_type = 'PROPOSAL' AND details->>'volunteerId' = $1 AND details ? 'onBehalf' ORDER BY at`,
          [event.volunteers['Cem Yilmaz']],
        )) as { note: string | null }[]
      ).map((row) => row.note);
    expect(await notes()).toEqual(['per Telefon', 'Krank, per Telefon']);
    await app.dataSource.transaction((manager) => eraseAccount(manager, event.volunteers['Cem Yilmaz']));
    expect(await notes()).toEqual([null, null]);
    expect((await auditEntries('PROPOSAL_ACCEPTED'))[0].description).toBe(
      'Cem accepted “Tafel Lübeck”. Recorded by the organizers on the volunteer’s behalf.',
    );
  });
});
