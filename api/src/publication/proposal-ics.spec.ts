import { foldByOctets, proposalCalendarEntry } from './proposal-ics';

const details = {
  proposalId: '6f1c2a4e-0000-4000-8000-000000000001',
  title: 'Nachtschicht Lübeck: Website',
  description: 'Team für „Website“ von Tafel Lübeck e.V.',
  location: 'Kulturwerft Gollan, Lübeck',
  startsAt: new Date('2038-03-04T16:00:00.000Z'),
  endsAt: new Date('2038-03-04T18:30:00.000Z'),
  url: 'http://localhost:3000/dashboard',
};
const text = (attachment: { content: Buffer }) => attachment.content.toString('utf8');

describe('a proposal’s calendar entry', () => {
  it('is tentative when proposed, confirmed after an acceptance and cancelled after a decline, under one UID', () => {
    const proposed = proposalCalendarEntry({ ...details, state: 'TENTATIVE', sequence: 0 });
    const accepted = proposalCalendarEntry({ ...details, state: 'CONFIRMED', sequence: 1 });
    const cancelled = proposalCalendarEntry({ ...details, state: 'CANCELLED', sequence: 2 });
    expect(text(proposed)).toMatch(/METHOD:PUBLISH[\s\S]*SEQUENCE:0[\s\S]*STATUS:TENTATIVE/);
    expect(text(accepted)).toMatch(/METHOD:PUBLISH[\s\S]*SEQUENCE:1[\s\S]*STATUS:CONFIRMED/);
    expect(text(cancelled)).toMatch(/METHOD:CANCEL[\s\S]*SEQUENCE:2[\s\S]*STATUS:CANCELLED/);
    for (const entry of [proposed, accepted, cancelled])
      expect(text(entry)).toContain(`UID:proposal-${details.proposalId}@skillshift`);
    expect(proposed).toMatchObject({
      filename: 'invitation.ics',
      contentType: expect.stringMatching(/method=PUBLISH$/),
    });
    expect(cancelled).toMatchObject({
      filename: 'cancellation.ics',
      contentType: expect.stringMatching(/method=CANCEL$/),
    });
    expect(text(cancelled)).toContain('TRANSP:TRANSPARENT');
  });

  it('names its organizer, from whom calendars take a cancellation', () => {
    const organizer = { name: 'SkillShift', email: 'no-reply@skillshift.example' };
    const cancelled = text(proposalCalendarEntry({ ...details, state: 'CANCELLED', sequence: 1, organizer }));
    expect(cancelled.replace(/\r\n[ \t]/g, '')).toMatch(
      /ORGANIZER;CN="?SkillShift"?:mailto:no-reply@skillshift\.example/i,
    );
  });

  it('folds its lines at 75 octets, not 75 characters, and never inside a character', () => {
    const description = `Team für „Verbandsübergreifende Öffentlichkeitsarbeit“ – ${'äöü„“'.repeat(40)} von Tafel Lübeck e.V.`;
    const calendar = text(proposalCalendarEntry({ ...details, description, state: 'TENTATIVE', sequence: 0 }));
    const lines = calendar.split('\r\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // unfolded, the description is whole again
    expect(calendar.replace(/\r\n[ \t]/g, '')).toContain(`DESCRIPTION:${description}`);
    // lines within the limit are left as they are
    expect(foldByOctets('BEGIN:VCALENDAR\r\nSUMMARY:kurz\r\nEND:VCALENDAR\r\n')).toBe(
      'BEGIN:VCALENDAR\r\nSUMMARY:kurz\r\nEND:VCALENDAR\r\n',
    );
  });
});
