import { gql, type TestApp, startTestApp } from '../../test/app';
import { AUDIT_LOG } from '../../test/matching';
import {
  ANSWER,
  answerLinks,
  calendarOf,
  CANCEL,
  CHALLENGES,
  CONFIRM_TEAM,
  emailOf,
  FIND_REPLACEMENT,
  mails,
  matchedEvent,
  MY_PROPOSALS,
  NONPROFIT_TEAMS,
  publish,
  PUBLICATION,
  type PublishedEvent,
  RELEASE,
  SET_AUTO_BACKFILL,
  WITH_STANDBY,
} from '../../test/publication';
import { eraseAccount } from '../privacy/account-erasure';
import { personalDataOf } from '../privacy/personal-data-export';
import { nonprofitTeams } from './publication-views';

const ORIGIN = 'http://localhost:3000';

interface Member {
  proposalId: string;
  firstName: string;
  status: string;
  contactRevealed: boolean;
  fullName: string | null;
  email: string | null;
  phone: string | null;
}

describe('teams, contact data and replacements', () => {
  let app: TestApp;
  let event: PublishedEvent;

  beforeAll(async () => {
    app = await startTestApp();
    event = await matchedEvent(app, { challenges: CHALLENGES, volunteers: WITH_STANDBY });
    const published = await publish(app, event);
    if (published.body.errors) throw new Error(JSON.stringify(published.body.errors));
  }, 60_000);
  afterAll(() => app.close());

  const tafel = () => event.nonprofits['Tafel Lübeck'];
  const teamOf = async (title: string, cookie = event.nonprofits[title].cookie) => {
    const response = await gql(app, NONPROFIT_TEAMS, { id: event.nonprofits[title].id }, cookie);
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data.nonprofitTeams.teams[0] as { members: Member[]; confirmed: boolean; openPlaces: number };
  };
  const proposalOf = async (name: string) =>
    (await gql(app, MY_PROPOSALS, {}, event.volunteerCookies[name])).body.data.myProposals[0];
  const answer = (name: string, id: string, value: 'ACCEPT' | 'DECLINE') =>
    gql(app, ANSWER, { id, answer: value }, event.volunteerCookies[name]);
  const publication = async () =>
    (await gql(app, PUBLICATION, { eventId: event.id }, event.organizerCookie)).body.data.publication;

  it('shows the nonprofit its team by first names and skills, and nobody else', async () => {
    const team = await teamOf('Tafel Lübeck');
    expect(team.members.map((member) => [member.firstName, member.status, member.email, member.fullName])).toEqual([
      ['Ada', 'PROPOSED', null, null],
      ['Cem', 'PROPOSED', null, null],
    ]);
    const otherContact = await gql(app, NONPROFIT_TEAMS, { id: tafel().id }, event.nonprofits['Mieterverein'].cookie);
    expect(otherContact.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const volunteer = await gql(app, NONPROFIT_TEAMS, { id: tafel().id }, event.volunteerCookies['Ada Lovelace']);
    expect(volunteer.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('reveals contact data only once the volunteer accepted and the nonprofit confirmed, both ways', async () => {
    const ada = await proposalOf('Ada Lovelace');
    expect((await answer('Ada Lovelace', ada.id, 'ACCEPT')).body.errors).toBeUndefined();
    // Accepted, not yet confirmed: nothing to reach each other by.
    expect((await teamOf('Tafel Lübeck')).members[0]).toMatchObject({ status: 'ACCEPTED', email: null, phone: null });
    expect(await proposalOf('Ada Lovelace')).toMatchObject({ contactRevealed: false, nonprofitContacts: [] });

    const confirmed = await gql(app, CONFIRM_TEAM, { id: event.challenges['Tafel Lübeck'] }, tafel().cookie);
    expect(confirmed.body.errors).toBeUndefined();
    const [adaSeen, cemSeen] = confirmed.body.data.confirmTeam.members as Member[];
    expect(adaSeen).toMatchObject({
      contactRevealed: true,
      fullName: 'Ada Lovelace',
      email: await emailOf(app.dataSource, event.volunteers['Ada Lovelace']),
      phone: expect.stringMatching(/^0170 /),
    });
    // Cem has not accepted: confirmed, but his data stays hidden.
    expect(cemSeen).toMatchObject({
      status: 'PROPOSED',
      contactRevealed: false,
      email: null,
      phone: null,
      fullName: null,
    });
    expect(await proposalOf('Ada Lovelace')).toMatchObject({
      contactRevealed: true,
      nonprofitContacts: [{ name: 'Nora Tafel', email: tafel().contactEmail, phone: '0451 000111' }],
    });
    const adaEmail = await emailOf(app.dataSource, event.volunteers['Ada Lovelace']);
    const [mail] = await mails(app.dataSource, { to: adaEmail, template: 'teamConfirmed' });
    expect(mail.text).toContain(`So erreichen Sie Verein Tafel Lübeck`);
    expect(mail.text).toContain(`Nora Tafel: ${tafel().contactEmail}, 0451 000111`);
    const again = await gql(app, CONFIRM_TEAM, { id: event.challenges['Tafel Lübeck'] }, tafel().cookie);
    expect(again.body.errors[0].message).toBe('Every member of this team is already confirmed.');

    // Cem accepts after the confirmation: revealed at once, and his receipt carries the contact.
    const cem = await proposalOf('Cem Yilmaz');
    expect((await answer('Cem Yilmaz', cem.id, 'ACCEPT')).body.data.answerProposal.contactRevealed).toBe(true);
    const cemEmail = await emailOf(app.dataSource, event.volunteers['Cem Yilmaz']);
    const [receipt] = await mails(app.dataSource, { to: cemEmail, template: 'proposalAnswered' });
    expect(receipt.text).toContain(`Nora Tafel: ${tafel().contactEmail}`);
    const [{ reveals }] = (await app.dataSource.query(
      `SELECT count(*)::int AS reveals FROM audit_log WHERE action = 'CONTACT_DATA_REVEALED' AND event_id = $1`,
      [event.id],
    )) as { reveals: number }[];
    expect(reveals).toBe(2);
  });

  it('lets an accepted volunteer call off: the place frees up, the nonprofit is told, the contact is hidden again', async () => {
    const cem = await proposalOf('Cem Yilmaz');
    const tooLong = await gql(
      app,
      CANCEL,
      { id: cem.id, reason: 'x'.repeat(501) },
      event.volunteerCookies['Cem Yilmaz'],
    );
    expect(tooLong.body.errors[0].extensions.fields).toEqual([
      { path: 'reason', message: 'Please use at most 500 characters.' },
    ]);
    const cancelled = await gql(app, CANCEL, { id: cem.id, reason: 'Krank' }, event.volunteerCookies['Cem Yilmaz']);
    expect(cancelled.body.data.cancelProposal).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'VOLUNTEER',
      contactRevealed: false,
      nonprofitContacts: [],
    });
    expect((await teamOf('Tafel Lübeck')).members.map((member) => member.firstName)).toEqual(['Ada']);
    expect((await teamOf('Tafel Lübeck')).openPlaces).toBe(1);
    // Cem's receipt takes the accepted (confirmed) entry out of the calendar: the third version of it.
    const cemEmail = await emailOf(app.dataSource, event.volunteers['Cem Yilmaz']);
    const [withdrawn, ...more] = await mails(app.dataSource, { to: cemEmail, template: 'proposalWithdrawn' });
    expect(more).toEqual([]);
    expect(withdrawn.subject).toBe('Sie haben Ihren Platz zurückgezogen: „Tafel Lübeck“');
    const [cemProposal] = await mails(app.dataSource, { to: cemEmail, template: 'proposal' });
    expect(calendarOf(withdrawn)).toMatchObject({
      uid: calendarOf(cemProposal).uid,
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: '2',
    });
    // Once the evening has begun or the edition is finished, nobody is looking for a replacement any more.
    const slotStart = new Date((await proposalOf('Ada Lovelace')).slot.startsAt);
    const [later] = await nonprofitTeams(app.dataSource.manager, tafel().id, 'en', slotStart);
    expect(later.openPlaces).toBe(0);
    await app.dataSource.query(`UPDATE event SET status = 'DONE' WHERE id = $1`, [event.id]);
    try {
      expect((await teamOf('Tafel Lübeck')).openPlaces).toBe(0);
    } finally {
      await app.dataSource.query(`UPDATE event SET status = 'PUBLISHED' WHERE id = $1`, [event.id]);
    }
    const [told] = await mails(app.dataSource, { to: tafel().contactEmail, template: 'teamChanged' });
    expect(told.text).toContain('Cem kann nicht mehr kommen (von der ehrenamtlichen Person zurückgezogen).');
    expect(told.text).toContain('Das Orga-Team sucht Ersatz.');
    const place = (await publication()).teams
      .find((team: { title: string }) => team.title === 'Tafel Lübeck')
      .places.find((entry: { firstName: string }) => entry.firstName === 'Cem');
    expect(place).toMatchObject({ state: 'NEEDS_REPLACEMENT', cancelReason: 'Krank' });
  });

  it('finds the best replacement for that team alone with one action and proposes it by mail', async () => {
    const found = await gql(
      app,
      FIND_REPLACEMENT,
      { challengeId: event.challenges['Tafel Lübeck'] },
      event.organizerCookie,
    );
    expect(found.body.errors).toBeUndefined();
    const team = found.body.data.findReplacement.teams.find(
      (entry: { title: string }) => entry.title === 'Tafel Lübeck',
    );
    expect(
      team.places.map((place: { firstName: string; state: string; replacement: boolean }) => [
        place.firstName,
        place.state,
        place.replacement,
      ]),
    ).toEqual([
      ['Ada', 'ACCEPTED', false],
      ['Cem', 'REPLACED', false],
      ['Emil', 'PROPOSED', true],
    ]);
    // The rest of the plan did not move.
    expect(found.body.data.findReplacement.counts).toMatchObject({ needsReplacement: 0 });
    const emil = await emailOf(app.dataSource, event.volunteers['Emil Engel']);
    const [proposal] = await mails(app.dataSource, { to: emil, template: 'proposal' });
    expect(proposal.text).toContain('In einem Team bei Nachtschicht Lübeck 2038 ist ein Platz frei geworden');
    expect(proposal.text).toContain('Ihr Team: Ada (WordPress: Sehr gute Kenntnisse).');
    expect(proposal.attachments[0].filename).toBe('invitation.ics');
    const changes = await mails(app.dataSource, { to: tafel().contactEmail, template: 'teamChanged' });
    expect(changes[changes.length - 1].text).toContain(
      'Emil (WordPress: Grundkenntnisse) ist stattdessen vorgeschlagen',
    );
    const twice = await gql(
      app,
      FIND_REPLACEMENT,
      { challengeId: event.challenges['Tafel Lübeck'] },
      event.organizerCookie,
    );
    expect(twice.body.errors[0].message).toBe('No place of this team needs a replacement.');
    // Emil's links work like any other proposal's.
    const page = await app.http.get(answerLinks(proposal).accept);
    expect(page.status).toBe(200);
  });

  it('proposes the next-best candidate at once when automatic backfill is on, and tells the organizers', async () => {
    const on = await gql(app, SET_AUTO_BACKFILL, { eventId: event.id, on: true }, event.organizerCookie);
    expect(on.body.data.setPublicationAutoBackfill.autoBackfill).toBe(true);
    const mieterverein = event.nonprofits['Mieterverein'];
    const ben = (await teamOf('Mieterverein')).members[0];
    expect(ben.firstName).toBe('Ben');
    const released = await gql(app, RELEASE, { id: ben.proposalId, reason: 'Passt nicht' }, mieterverein.cookie);
    expect(released.body.errors).toBeUndefined();
    expect(
      released.body.data.releaseTeamMember.members.map((member: Member) => [member.firstName, member.status]),
    ).toEqual([['Dana', 'PROPOSED']]);
    const benEmail = await emailOf(app.dataSource, event.volunteers['Ben Becker']);
    const [releasedMail] = await mails(app.dataSource, { to: benEmail, template: 'proposalReleased' });
    expect(releasedMail.text).toContain('Die Begründung: Passt nicht');
    const [benProposal] = await mails(app.dataSource, { to: benEmail, template: 'proposal' });
    expect(calendarOf(releasedMail)).toMatchObject({
      uid: calendarOf(benProposal).uid,
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: ben.status === 'ACCEPTED' ? '2' : '1',
    });
    const [update] = await mails(app.dataSource, { template: 'organizerPlaceUpdate' });
    expect(update.subject).toBe('Teamänderung bei Nachtschicht Lübeck 2038: „Mieterverein“');
    expect(update.text).toContain('hat das Matching Dana (Microsoft Excel: Gute Kenntnisse) vorgeschlagen');

    // Dana declines by link; nobody else is left for the team: the organizers learn that no replacement was found.
    const danaEmail = await emailOf(app.dataSource, event.volunteers['Dana Drews']);
    const [danaMail] = await mails(app.dataSource, { to: danaEmail, template: 'proposal' });
    const { decline } = answerLinks(danaMail);
    const token = new URL(`http://x${decline}`).searchParams.get('token')!;
    const posted = await app.http.post(decline.split('?')[0]).type('form').set('origin', ORIGIN).send({ token });
    expect(posted.text).toContain('<h1>Sie haben abgesagt</h1>');
    // The receipt takes the proposal out of Dana's calendar.
    const [declined] = await mails(app.dataSource, { to: danaEmail, template: 'proposalAnswered' });
    expect(declined.text).toContain('Der angehängte Kalendereintrag nimmt den Termin aus Ihrem Kalender.');
    expect(calendarOf(declined)).toMatchObject({
      uid: calendarOf(danaMail).uid,
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: '1',
    });
    const updates = await mails(app.dataSource, { template: 'organizerPlaceUpdate' });
    expect(updates).toHaveLength(2);
    expect(updates[1].text).toContain(
      'Es konnte kein Ersatz vorgeschlagen werden: niemand, der in diesem Zeitfenster frei ist, passt zur Herausforderung',
    );
    expect((await teamOf('Mieterverein')).openPlaces).toBe(1);
  });

  it('refuses a replacement when nobody fits, naming the team and the reason, and changes nothing', async () => {
    const before = await publication();
    const none = await gql(
      app,
      FIND_REPLACEMENT,
      { challengeId: event.challenges['Mieterverein'] },
      event.organizerCookie,
    );
    expect(none.body.errors[0]).toMatchObject({
      message: 'No suitable volunteer is free for “Mieterverein”: nobody free in that slot fits the challenge',
      extensions: { code: 'CONFLICT' },
    });
    expect(await publication()).toEqual(before);
  });

  it('writes publication, answers, reveals and backfills to the audit log', async () => {
    const response = await gql(
      app,
      AUDIT_LOG,
      { bodyId: event.bodyId, filter: { eventId: event.id }, limit: 100 },
      event.organizerCookie,
    );
    const entries = response.body.data.auditLog.items as { action: string; description: string }[];
    const described = (action: string) =>
      entries.filter((entry) => entry.action === action).map((entry) => entry.description);
    expect(described('PUBLICATION_PUBLISHED')).toEqual(['Published run 1: 3 proposals, 3 of them by e-mail.']);
    expect(described('PROPOSAL_ACCEPTED')).toContain('Ada accepted “Tafel Lübeck”.');
    expect(described('TEAM_CONFIRMED')).toEqual(['The nonprofit confirmed Ada, Cem for “Tafel Lübeck”.']);
    expect(described('CONTACT_DATA_REVEALED')).toContain(
      'Cem and the nonprofit of “Tafel Lübeck” can now see each other’s contact data.',
    );
    expect(described('PROPOSAL_CANCELLED')).toContain('Cem’s place in “Tafel Lübeck” was called off.');
    expect(described('BACKFILL_PROPOSED')).toEqual([
      'Dana proposed for “Mieterverein” in place of Ben.',
      'Emil proposed for “Tafel Lübeck” in place of Cem.',
    ]);
    expect(described('BACKFILL_NOT_FOUND')).toEqual(['No replacement found for “Mieterverein”.']);
  });

  it('erases a volunteer’s open place as a decline and lists their proposals in their data download', async () => {
    const emil = event.volunteers['Emil Engel'];
    const download = await app.dataSource.transaction((manager) => personalDataOf(manager, emil));
    expect((download as { proposals: { challenge: string; status: string }[] }).proposals).toEqual([
      expect.objectContaining({ challenge: 'Tafel Lübeck', status: 'PROPOSED' }),
    ]);
    await app.dataSource.transaction((manager) => eraseAccount(manager, emil));
    const [row] = (await app.dataSource.query(`SELECT status FROM proposal WHERE volunteer_id = $1`, [emil])) as {
      status: string;
    }[];
    expect(row.status).toBe('DECLINED');
  });
});
