import { renderFeedbackPage, type FeedbackSubject } from './feedback-page';

const subject: FeedbackSubject = {
  id: 'f1',
  role: 'NONPROFIT',
  eventName: 'Nachtschicht Lübeck',
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
};

describe('feedback page', () => {
  it('keeps every radio button and checkbox at full size beside a label that wraps (360 px phones)', () => {
    const html = renderFeedbackPage({ kind: 'form', subject, token: 't' }, 'de');
    // A flex item shrinks by default: the follow-up checkboxes beside their two-line labels came out 13 to 18 px wide.
    const rule = /\.choice input \{([^}]*)\}/.exec(html)?.[1] ?? '';
    expect(rule).toContain('flex: none');
    expect(rule).toContain('width: 1.5rem');
    expect(rule).toContain('height: 1.5rem');
    expect(html).toContain('type="checkbox"');
  });
});
