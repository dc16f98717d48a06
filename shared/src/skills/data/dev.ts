import { type Skill, skill } from '../types';

const ESCO_PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';

export const DEV_SKILLS: readonly Skill[] = [
  skill(
    'dev',
    'Programmierung',
    'Programming',
    ['programmieren', 'coding', 'softwareentwicklung', 'software development'],
    {
      esco: ESCO_PROGRAMMING,
      digComp: '3.4',
    },
  ),
  skill('dev.javascript', 'JavaScript', 'JavaScript', ['js', 'typescript', 'node.js', 'nodejs', 'react', 'vue'], {
    digComp: '3.4',
  }),
  skill('dev.python', 'Python', 'Python', ['django', 'flask', 'pandas', 'jupyter'], { digComp: '3.4' }),
  skill('dev.php', 'PHP', 'PHP', ['laravel', 'symfony'], { digComp: '3.4' }),
  skill(
    'dev.web-apps',
    'Webanwendungen',
    'Web applications',
    ['webanwendung', 'web app', 'webapp', 'fullstack', 'backend'],
    {
      digComp: '3.4',
    },
  ),
  skill(
    'dev.mobile',
    'Mobile Apps',
    'Mobile apps',
    ['app', 'apps', 'android', 'ios', 'flutter', 'react native', 'smartphone-app'],
    {
      digComp: '3.4',
    },
  ),
  skill(
    'dev.apis',
    'APIs & Schnittstellen',
    'APIs & integrations',
    ['api', 'schnittstelle', 'schnittstellen', 'rest-api', 'graphql', 'webhook', 'integrations', 'anbindung'],
    { digComp: '3.4' },
  ),
  skill(
    'dev.automation',
    'Automatisierung',
    'Automation',
    ['automatisieren', 'workflow', 'workflows', 'no-code', 'low-code', 'make.com', 'power automate'],
    { digComp: '3.4' },
  ),
  skill('dev.automation.zapier', 'Zapier', 'Zapier', ['zap', 'zaps'], { digComp: '3.4' }),
  skill('dev.automation.n8n', 'n8n', 'n8n', ['n8n workflows'], { digComp: '3.4' }),
  skill(
    'dev.macros',
    'Makros & Skripte (VBA, Apps Script)',
    'Macros & scripts (VBA, Apps Script)',
    ['makro', 'makros', 'macro', 'macros', 'vba', 'apps script', 'google apps script', 'skript', 'script'],
    { digComp: '3.4' },
  ),
];
