import { type Skill, skill } from '../types';

export const WEB_SKILLS: readonly Skill[] = [
  skill(
    'web',
    'Websites & CMS',
    'Websites & CMS',
    ['website', 'webseite', 'homepage', 'internetseite', 'webauftritt'],
    {
      digComp: '3.1',
    },
  ),
  skill('web.cms', 'Content-Management-Systeme', 'Content management systems', ['cms', 'redaktionssystem'], {
    digComp: '3.1',
  }),
  skill('web.cms.wordpress', 'WordPress', 'WordPress', ['wp', 'wordpress-plugins', 'gutenberg', 'elementor'], {
    digComp: '3.1',
  }),
  skill('web.cms.typo3', 'TYPO3', 'TYPO3', ['typo 3', 'typoscript'], { digComp: '3.1' }),
  skill('web.cms.joomla', 'Joomla', 'Joomla', ['joomla!'], { digComp: '3.1' }),
  skill('web.cms.drupal', 'Drupal', 'Drupal', [], { digComp: '3.1' }),
  skill('web.cms.builders', 'Homepage-Baukästen (Wix, Jimdo)', 'Website builders (Wix, Jimdo)', [
    'wix',
    'jimdo',
    'squarespace',
    'baukasten',
    'homepage-baukasten',
    'website builder',
  ]),
  skill('web.hosting', 'Webhosting & Domains', 'Web hosting & domains', [
    'hosting',
    'domain',
    'dns',
    'ssl',
    'https',
    'zertifikat',
    'certificate',
    'provider',
    'strato',
    'ionos',
    'umzug der website',
    'website migration',
  ]),
  skill('web.performance', 'Ladezeit & Performance', 'Page speed & performance', [
    'langsam',
    'ladezeit',
    'lädt langsam',
    'slow',
    'page speed',
    'pagespeed',
    'core web vitals',
    'caching',
    'website-geschwindigkeit',
    'geschwindigkeit',
  ]),
  skill('web.seo', 'Suchmaschinenoptimierung (SEO)', 'Search engine optimisation (SEO)', [
    'seo',
    'google-ranking',
    'suchmaschine',
    'search engine',
    'auffindbarkeit',
    'google my business',
  ]),
  skill(
    'web.analytics',
    'Web-Analyse',
    'Web analytics',
    ['matomo', 'google analytics', 'besucherstatistik', 'visitor statistics', 'tracking'],
    { esco: 'http://data.europa.eu/esco/skill/1605025e-a179-421f-8f35-5b07d182a6b2', digComp: '1.2' },
  ),
  skill('web.frontend', 'HTML & CSS', 'HTML & CSS', ['html', 'css', 'frontend', 'responsive design', 'webdesign'], {
    digComp: '3.4',
  }),
];
