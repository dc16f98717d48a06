import { renderMail } from './mail-layout';
import { MAIL_TEMPLATES } from './mail-templates';

describe('mail layout', () => {
  it('renders text and HTML in the recipient’s language with the product name and why they get it', () => {
    const german = renderMail(MAIL_TEMPLATES.test, 'de', { name: 'Ada', url: 'https://skillshift.example/x' });
    expect(german.subject).toBe('SkillShift-Testnachricht');
    expect(german.text).toContain('Hallo Ada,');
    expect(german.text).toContain('SkillShift: https://skillshift.example/x');
    expect(german.text).toContain('Sie erhalten diese E-Mail, weil');
    expect(german.html).toContain('<html lang="de">');
    expect(german.html).toContain('href="https://skillshift.example/x"');

    const english = renderMail(MAIL_TEMPLATES.test, 'en', { url: 'https://skillshift.example/x' });
    expect(english.text.startsWith('Hello,')).toBe(true);
    expect(english.text).toContain('You receive this e-mail because');
  });

  it('escapes what people typed before it goes into HTML', () => {
    const mail = renderMail(MAIL_TEMPLATES.test, 'en', {
      name: '<script>alert(1)</script>',
      url: 'https://x.example/"a',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('https://x.example/&quot;a');
  });
});
