import { type Skill, skill } from '../types';

export const CRM_SKILLS: readonly Skill[] = [
  skill(
    'crm',
    'Datenbanken & CRM',
    'Databases & CRM',
    ['crm', 'kontaktverwaltung', 'adressverwaltung', 'contact management'],
    {
      digComp: '1.3',
    },
  ),
  skill('crm.databases', 'Datenbanken', 'Databases', ['datenbank', 'database', 'datenmodell', 'data model'], {
    digComp: '1.3',
  }),
  skill(
    'crm.databases.access',
    'Microsoft Access',
    'Microsoft Access',
    ['ms access', 'access-datenbank', 'access database'],
    {
      digComp: '1.3',
    },
  ),
  skill('crm.databases.airtable', 'Airtable', 'Airtable', ['baserow', 'nocodb', 'seatable'], { digComp: '1.3' }),
  skill('crm.civicrm', 'CiviCRM', 'CiviCRM', ['civi', 'civicrm'], { digComp: '1.3' }),
  skill('crm.salesforce', 'Salesforce Nonprofit Cloud', 'Salesforce Nonprofit Cloud', [
    'salesforce',
    'npsp',
    'nonprofit success pack',
  ]),
  skill('crm.hubspot', 'HubSpot', 'HubSpot', ['hubspot crm']),
  skill('crm.members', 'Mitgliederverwaltung', 'Membership management', [
    'mitgliederdatenbank',
    'mitgliederliste',
    'vereinsverwaltung',
    'vereinssoftware',
    'membership',
    'mitgliedsbeiträge',
    'membership fees',
  ]),
  skill('crm.members.easyverein', 'easyVerein', 'easyVerein', ['easy verein']),
  skill('crm.members.campai', 'Campai', 'Campai', []),
  skill('crm.migration', 'Datenmigration', 'Data migration', [
    'migration',
    'datenübernahme',
    'import',
    'export',
    'systemwechsel',
    'excel-listen zusammenführen',
  ]),
];
