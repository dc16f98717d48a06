import { searchSkills } from './search';

const ids = (query: string, locale: 'de' | 'en' = 'de', limit?: number) =>
  searchSkills(query, locale, limit).map((s) => s.id);

describe('searchSkills', () => {
  it.each([
    ['wordp', 'de', 'web.cms.wordpress'],
    ['WordPress', 'en', 'web.cms.wordpress'],
    ['excel', 'de', 'data.spreadsheets.excel'],
    ['Excel', 'en', 'data.spreadsheets.excel'],
    ['datenschutz', 'de', 'security.gdpr'],
    ['DSGVO', 'de', 'security.gdpr'],
    ['gdpr', 'en', 'security.gdpr'],
    ['privacy', 'en', 'security.gdpr'],
    ['typo3', 'de', 'web.cms.typo3'],
    ['civi', 'en', 'crm.civicrm'],
    ['Passwortmanager', 'de', 'security.passwords'],
    ['password manager', 'en', 'security.passwords'],
    ['leichte sprache', 'de', 'accessibility.easy-language'],
    ['easy language', 'en', 'accessibility.easy-language'],
    ['nextcloud', 'de', 'office.nextcloud'],
    ['mailchimp', 'en', 'comms.newsletter.mailchimp'],
    ['spendenformular', 'de', 'fundraising.donation-forms'],
    ['donation form', 'en', 'fundraising.donation-forms'],
    ['wlan', 'de', 'it.network.wifi'],
    ['wi-fi', 'en', 'it.network.wifi'],
    ['barrierefreie websites', 'de', 'accessibility.web'],
    ['zwei-faktor', 'de', 'security.2fa'],
    ['Leichter Sprache', 'de', 'accessibility.easy-language'],
    ['Formulare', 'de', 'process.forms'],
  ] as const)('%p (%s) finds %s first', (query, locale, expected) => {
    expect(ids(query, locale)[0]).toBe(expected);
  });

  it('finds the GDPR skills for "datenschutz"', () => {
    const found = ids('datenschutz', 'de', 20);
    expect(found).toEqual(expect.arrayContaining(['security.gdpr', 'security.gdpr.privacy-policy']));
    expect(found.indexOf('security.gdpr')).toBeLessThan(found.indexOf('security.gdpr.privacy-policy'));
  });

  it('ignores case and accents, and takes "oe" for "ö"', () => {
    expect(ids('LÖSCHKONZEPT')[0]).toBe('security.gdpr.deletion');
    expect(ids('loschkonzept')[0]).toBe('security.gdpr.deletion');
    expect(ids('Loeschkonzept')[0]).toBe('security.gdpr.deletion');
    expect(ids('Datenschutzerklarung')[0]).toBe('security.gdpr.privacy-policy');
  });

  it('ranks prefix and word matches above substrings', () => {
    // "booking" starts with "book"; "Facebook" only contains it.
    const found = ids('book', 'en', 20);
    expect(found).toEqual(expect.arrayContaining(['process.events', 'social.facebook']));
    expect(found.indexOf('process.events')).toBeLessThan(found.indexOf('social.facebook'));
    expect(ids('funding', 'en', 20)).toContain('fundraising.crowdfunding');
  });

  it('matches words of a label in any order', () => {
    expect(ids('workspace google')[0]).toBe('office.google-workspace');
  });

  it('prefers the label in the asked language when scores tie', () => {
    expect(searchSkills('google', 'en', 3)[0].label.en).toMatch(/Google/);
  });

  it('returns nothing for an empty query, a zero limit or nonsense', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  -- ')).toEqual([]);
    expect(ids('wordpress', 'de', 0)).toEqual([]);
    expect(ids('qxzvw')).toEqual([]);
  });

  it('keeps to the limit', () => {
    expect(ids('a', 'de', 5)).toHaveLength(5);
    expect(searchSkills('e')).toHaveLength(10);
  });
});
