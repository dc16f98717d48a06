import { suggestSkillsFromText } from './suggest';

const ids = (text: string, locale: 'de' | 'en' = 'de', limit?: number) =>
  suggestSkillsFromText(text, locale, limit).map((s) => s.skill.id);

describe('suggestSkillsFromText', () => {
  it('reads the German example of the issue', () => {
    const text =
      'Unsere Website läuft mit WordPress und ist langsam, außerdem wissen wir nicht, ob wir DSGVO-konform sind';
    expect(ids(text)).toEqual(['web.cms.wordpress', 'web.performance', 'security.gdpr']);
  });

  it('says which words pointed to a skill', () => {
    const [first] = suggestSkillsFromText('Wir nutzen WordPress.', 'de');
    expect(first.matched).toEqual(['wordpress']);
    expect(first.score).toBeGreaterThan(0);
  });

  it('reads English descriptions', () => {
    const text =
      'Our volunteers keep their shift plans in an Excel file; we would like an online form for registration and a newsletter with Mailchimp.';
    expect(ids(text, 'en', 10)).toEqual(
      expect.arrayContaining(['data.spreadsheets.excel', 'process.forms', 'comms.newsletter.mailchimp']),
    );
  });

  it('prefers longer phrases and counts them once', () => {
    const text = 'We need two-factor authentication for Microsoft 365 and an AI policy before we use ChatGPT.';
    const found = suggestSkillsFromText(text, 'en', 10);
    expect(found.map((s) => s.skill.id)).toEqual(
      expect.arrayContaining(['security.2fa', 'office.m365', 'ai.policy', 'ai.chatbots']),
    );
    expect(found.find((s) => s.skill.id === 'security.2fa')?.matched).toEqual(['two factor authentication']);
  });

  it('meets inflected forms', () => {
    expect(ids('Texte in Leichter Sprache')).toEqual(['accessibility.easy-language']);
    expect(ids('Our websites are slow', 'en')).toEqual(['web.performance']);
  });

  it('reads a phrase once, the longest first', () => {
    const [forms] = suggestSkillsFromText('Wir hätten gern ein Online-Formular.', 'de');
    expect(forms.skill.id).toBe('process.forms');
    expect(forms.matched).toEqual(['online formular']);
  });

  it('finds skills inside German compounds', () => {
    expect(ids('Unser Spendenformular auf der Vereinswebsite ist kaputt')).toContain('fundraising.donation-forms');
    expect(ids('Wir brauchen eine neue Datenschutzerklärung')).toContain('security.gdpr.privacy-policy');
  });

  it('leaves out a category when one of its skills is suggested', () => {
    const found = ids('Unsere Website läuft mit WordPress');
    expect(found).toContain('web.cms.wordpress');
    expect(found).not.toContain('web');
  });

  it('suggests a category when nothing more specific is named', () => {
    expect(ids('Unsere Website ist veraltet')).toEqual(['web']);
  });

  it('does not read common words as skills', () => {
    expect(ids('Wir sind ein kleiner Verein mit vielen Ehrenamtlichen, die Kinder und Familien begleiten.')).toEqual(
      [],
    );
    expect(ids('The team needs access to the systems and a decision maker is present.', 'en')).toEqual([]);
  });

  it('counts a skill mentioned twice a little higher', () => {
    const once = suggestSkillsFromText('Excel', 'de')[0].score;
    const twice = suggestSkillsFromText('Excel und noch einmal Excel', 'de')[0].score;
    expect(twice).toBeGreaterThan(once);
  });

  it('keeps to the limit and copes with empty text', () => {
    const text = 'WordPress, TYPO3, Instagram, Excel, Mailchimp, Nextcloud, Canva, Figma, Zoom, Trello';
    expect(ids(text, 'de', 3)).toHaveLength(3);
    expect(ids('')).toEqual([]);
    expect(ids('WordPress', 'de', 0)).toEqual([]);
  });
});
