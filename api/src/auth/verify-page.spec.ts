import { renderVerifyPage } from './verify-page';

describe('sign-in link pages', () => {
  it('offer a button that posts the token, in the visitor’s language, without script', () => {
    const html = renderVerifyPage('confirm', 'en', 'abc"<def');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<main>');
    expect(html).toContain('<h1>Sign in to SkillShift</h1>');
    expect(html).toContain('<input type="hidden" name="token" value="abc&quot;&lt;def">');
    expect(html).not.toContain('<script');
    // An empty icon: the browser asks for no /favicon.ico (a 404 in the console).
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it('say when a link no longer works and lead to a new one', () => {
    const html = renderVerifyPage('invalid', 'de');
    expect(html).toContain('<h1>Dieser Anmeldelink funktioniert nicht mehr</h1>');
    expect(html).toContain('<a class="action" href="/sign-in">Neuen Anmeldelink anfordern</a>');
  });
});
