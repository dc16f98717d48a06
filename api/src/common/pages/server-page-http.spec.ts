import { withLanguageSwitch } from './server-page-http';
import { renderServerPage } from './server-page';

describe('the language switch of server-rendered pages', () => {
  const page = (locale: 'de' | 'en') => renderServerPage({ locale, title: 'Titel', body: '<p>Text</p>' });

  it('links the same address, token kept, in the other language', () => {
    const html = withLanguageSwitch(page('de'), { originalUrl: '/api/feedback/f1?token=a.b%2Bc&lang=de' });
    expect(html).toContain(
      '<nav class="language" aria-label="Sprache"><a href="/api/feedback/f1?token=a.b%2Bc&amp;lang=en" lang="en" hreflang="en">English</a></nav>',
    );
    const back = withLanguageSwitch(page('en'), { originalUrl: '/api/proposals/p1?token=t' });
    expect(back).toContain('aria-label="Language"><a href="/api/proposals/p1?token=t&amp;lang=de" lang="de"');
    expect(back).toContain('>Deutsch</a>');
  });

  it('leaves a page without the shared shell alone', () => {
    expect(withLanguageSwitch('<p>plain</p>', { originalUrl: '/x' })).toBe('<p>plain</p>');
  });
});
