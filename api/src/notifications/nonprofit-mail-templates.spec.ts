import { type UiLocale } from '@skillshift/shared';
import { renderMail } from './mail-layout';
import { NONPROFIT_MAIL_TEMPLATES } from './nonprofit-mail-templates';

const challenge = {
  name: 'Maria Muster',
  challenge: 'Dienstplan',
  nonprofit: 'Lübecker Tafel e.V.',
  event: 'Nachtschicht Lübeck',
  url: 'https://skillshift.example/challenges/c1',
};
const mails = {
  nonprofitContactAdded: {
    name: 'Jan',
    nonprofit: 'Lübecker Tafel e.V.',
    addedBy: 'Maria Muster',
    url: 'https://skillshift.example/nonprofits/n1',
  },
  nonprofitIntakeReview: {
    name: 'Hilde',
    nonprofit: 'Seniorentreff',
    challenge: 'Videotelefonie',
    body: 'Hansestadt Lübeck',
    days: 3,
    url: 'https://skillshift.example/auth/verify?token=t',
  },
  challengeQuestion: { ...challenge, question: 'Wer kommt am Abend?' },
  challengeAccepted: challenge,
  challengeRejected: { ...challenge, reason: 'Passt nicht an einen Abend.' },
  challengeAnswered: { ...challenge, name: 'Olga Orga', answer: 'Bisher nur Überweisung.' },
};

describe('mails to nonprofit contacts', () => {
  it.each(['de', 'en'] as UiLocale[])(
    'exist in %s with every text found, the names filled in and the link',
    (locale) => {
      for (const [name, params] of Object.entries(mails)) {
        const template = NONPROFIT_MAIL_TEMPLATES[name as keyof typeof mails] as Parameters<typeof renderMail>[0];
        const mail = renderMail(template, locale, params);
        // A missing catalogue entry shows up as its key.
        expect({ name, text: mail.text }).not.toEqual({
          name,
          text: expect.stringMatching(/(nonprofits|challenges)\.mail\./),
        });
        expect(mail.subject).not.toMatch(/\{\{|\.mail\./);
        expect(mail.text).toContain(params.url);
        expect(mail.html).toContain('href="https://skillshift.example/');
      }
    },
  );

  it('carry the organizers’ words: the question and the reason, escaped in HTML', () => {
    const question = renderMail(NONPROFIT_MAIL_TEMPLATES.challengeQuestion, 'de', {
      ...challenge,
      question: 'Nutzen Sie <Excel> & Co.?',
    });
    expect(question.subject).toBe('Eine Rückfrage zu Ihrer Herausforderung „Dienstplan“');
    expect(question.text).toContain('Nutzen Sie <Excel> & Co.?');
    expect(question.html).toContain('Nutzen Sie &lt;Excel&gt; &amp; Co.?');
    const rejected = renderMail(NONPROFIT_MAIL_TEMPLATES.challengeRejected, 'en', mails.challengeRejected);
    expect(rejected.subject).toBe('Your challenge “Dienstplan” was not accepted');
    expect(rejected.text).toContain('Passt nicht an einen Abend.');
  });
});
