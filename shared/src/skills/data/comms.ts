import { type Skill, skill } from '../types';

export const COMMS_SKILLS: readonly Skill[] = [
  skill(
    'comms',
    'Kommunikation & Newsletter',
    'Communication & newsletters',
    ['öffentlichkeitsarbeit', 'pr', 'outreach'],
    {
      digComp: '2.1',
    },
  ),
  skill('comms.newsletter', 'Newsletter-Versand', 'Email newsletters', [
    'newsletter',
    'rundmail',
    'e-mail-marketing',
    'email marketing',
    'mailing',
    'verteiler',
    'mailingliste',
    'mailing list',
  ]),
  skill('comms.newsletter.mailchimp', 'Mailchimp', 'Mailchimp', ['mail chimp']),
  skill('comms.newsletter.cleverreach', 'CleverReach', 'CleverReach', ['clever reach']),
  skill('comms.newsletter.brevo', 'Brevo (Sendinblue)', 'Brevo (Sendinblue)', ['brevo', 'sendinblue']),
  skill('comms.copywriting', 'Texten fürs Web', 'Web copywriting', [
    'texte schreiben',
    'copywriting',
    'storytelling',
    'webtexte',
    'redaktion',
    'content writing',
  ]),
  skill('comms.internal', 'Interne Kommunikation & Chat', 'Internal communication & chat', [
    'slack',
    'rocket.chat',
    'element messenger',
    'matrix',
    'mattermost',
    'chat',
    'intranet',
  ]),
];
