import { type Skill, skill } from '../types';

const ESCO_SPREADSHEETS = 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be';

export const DATA_SKILLS: readonly Skill[] = [
  skill('data', 'Tabellen & Daten', 'Spreadsheets & data', ['daten', 'datenanalyse', 'data analysis', 'auswertung'], {
    digComp: '1.3',
  }),
  skill('data.spreadsheets', 'Tabellenkalkulation', 'Spreadsheets', ['tabelle', 'tabellen', 'spreadsheet', 'formeln'], {
    esco: ESCO_SPREADSHEETS,
    digComp: '1.3',
  }),
  skill(
    'data.spreadsheets.excel',
    'Microsoft Excel',
    'Microsoft Excel',
    ['excel', 'xlsx', 'sverweis', 'vlookup', 'xverweis'],
    {
      esco: ESCO_SPREADSHEETS,
      digComp: '1.3',
    },
  ),
  skill('data.spreadsheets.calc', 'LibreOffice Calc', 'LibreOffice Calc', ['calc', 'openoffice calc', 'ods'], {
    esco: ESCO_SPREADSHEETS,
    digComp: '1.3',
  }),
  skill('data.spreadsheets.google-sheets', 'Google Tabellen', 'Google Sheets', ['google sheets', 'gsheets'], {
    esco: ESCO_SPREADSHEETS,
    digComp: '1.3',
  }),
  skill('data.spreadsheets.pivot', 'Pivot-Tabellen', 'Pivot tables', ['pivot', 'pivottabelle', 'kreuztabelle'], {
    digComp: '1.3',
  }),
  skill('data.cleaning', 'Datenbereinigung', 'Data cleaning', [
    'dubletten',
    'duplicates',
    'data cleansing',
    'datenqualität',
    'data quality',
    'daten aufräumen',
    'openrefine',
  ]),
  skill('data.visualisation', 'Datenvisualisierung', 'Data visualisation', [
    'diagramme',
    'charts',
    'grafiken',
    'infografik',
    'data visualization',
    'datawrapper',
  ]),
  skill('data.power-bi', 'Power BI & Dashboards', 'Power BI & dashboards', [
    'power bi',
    'powerbi',
    'dashboard',
    'looker studio',
    'business intelligence',
    'kennzahlen',
    'kpi',
  ]),
  skill(
    'data.statistics',
    'Statistik',
    'Statistics',
    ['statistische auswertung', 'spss', 'rstudio', 'umfrageauswertung'],
    {
      digComp: '1.2',
    },
  ),
  skill('data.impact', 'Wirkungsmessung', 'Impact measurement', [
    'wirkungsbericht',
    'wirkungsorientierung',
    'impact report',
    'jahresbericht',
    'phineo',
  ]),
  skill('data.sql', 'SQL-Abfragen', 'SQL queries', ['sql', 'mysql', 'postgresql', 'sqlite', 'abfragen']),
];
