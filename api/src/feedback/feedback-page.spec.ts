import { renderFeedbackPage, renderStillInUsePage, type FeedbackSubject } from './feedback-page';

const subject: FeedbackSubject = {
  id: 'f1',
  role: 'NONPROFIT',
  eventName: 'Nachtschicht Lübeck',
  eventKind: 'NACHTSCHICHT',
  challengeTitle: 'Tablets einrichten',
  nonprofitName: 'Seniorentreff St. Gertrud e.V.',
  answeredAt: null,
  rating: null,
  solved: null,
  hours: null,
  nextSteps: '',
  comment: '',
  followUps: [],
  helpTopic: null,
  followUpNote: '',
};

describe('feedback page', () => {
  it('asks about the evening after a Nachtschicht and about the event after one of days, in both languages', () => {
    const question = (html: string) => /<legend>([^<]*)<\/legend>/.exec(html)?.[1];
    expect(question(renderFeedbackPage({ kind: 'form', subject, token: 't' }, 'de'))).toBe(
      'Wie bewerten Sie den Abend insgesamt? (Pflichtfeld)',
    );
    const hackathon = { ...subject, eventKind: 'HACKATHON' as const };
    expect(question(renderFeedbackPage({ kind: 'form', subject: hackathon, token: 't' }, 'de'))).toBe(
      'Wie bewerten Sie die Veranstaltung insgesamt? (Pflichtfeld)',
    );
    expect(question(renderFeedbackPage({ kind: 'form', subject: hackathon, token: 't' }, 'en'))).toBe(
      'How would you rate the event overall? (required)',
    );
    const answered = renderFeedbackPage(
      { kind: 'answered', subject: { ...hackathon, answeredAt: new Date(), rating: 4 }, justNow: true },
      'en',
    );
    expect(answered).toContain('How would you rate the event overall?');
    expect(answered).not.toContain('evening');
    const stillInUse = renderStillInUsePage(
      {
        kind: 'form',
        subject: {
          id: 's1',
          eventName: 'Hackathon',
          eventKind: 'HACKATHON',
          challengeTitle: 'Website',
          answeredAt: null,
          answer: null,
          comment: '',
        },
        token: 't',
      },
      'en',
    );
    expect(stillInUse).toContain('Is the solution from the event still in use?');
  });

  it('keeps every radio button and checkbox at full size beside a label that wraps (360 px phones)', () => {
    const html = renderFeedbackPage({ kind: 'form', subject, token: 't' }, 'de');
    // A flex item shrinks by default: the follow-up checkboxes beside their two-line labels came out 13 to 18 px wide.
    const rule = /\.choice input \{([^}]*)\}/.exec(html)?.[1] ?? '';
    expect(rule).toContain('flex: none');
    expect(rule).toContain('width: 1.5rem');
    expect(rule).toContain('height: 1.5rem');
    expect(html).toContain('type="checkbox"');
  });

  it('shows the nonprofit the note it wrote for the organizers with its follow-up request', () => {
    const answered: FeedbackSubject = {
      ...subject,
      answeredAt: new Date('2026-12-01T10:00:00Z'),
      rating: 4,
      solved: 'PARTLY',
      hours: 2,
      followUps: ['REFERRAL'],
      helpTopic: 'DEVICES',
      followUpNote: 'Unsere Älteren brauchen Hilfe mit Tablets.',
    };
    const html = renderFeedbackPage({ kind: 'answered', subject: answered, justNow: true }, 'de');
    expect(html).toMatch(
      /<dt>Was sollten die Organisierenden[^<]*<\/dt><dd>Unsere Älteren brauchen Hilfe mit Tablets\.<\/dd>/,
    );
  });
});
