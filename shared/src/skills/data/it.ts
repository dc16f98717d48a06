import { type Skill, skill } from '../types';

export const IT_SKILLS: readonly Skill[] = [
  skill(
    'it',
    'Netzwerke & IT-Administration',
    'Networks & IT administration',
    ['it-administration', 'it-betreuung', 'systemadministration', 'sysadmin', 'it administration', 'admin'],
    { digComp: '5.1' },
  ),
  skill(
    'it.network',
    'Netzwerk (LAN & VPN)',
    'Network (LAN & VPN)',
    ['netzwerk', 'network', 'lan', 'vpn', 'netzwerkkabel', 'fernzugriff', 'remote access'],
    { digComp: '5.1' },
  ),
  skill(
    'it.network.wifi',
    'WLAN',
    'Wi-Fi',
    ['wlan', 'wifi', 'wi-fi', 'wireless', 'gäste-wlan', 'guest wifi', 'freifunk', 'access point'],
    {
      digComp: '5.1',
    },
  ),
  skill(
    'it.network.router',
    'Router & Internetanschluss',
    'Routers & internet connection',
    ['router', 'fritzbox', 'fritz!box', 'internetanschluss', 'internet connection', 'dsl', 'glasfaser', 'firewall'],
    { digComp: '5.1' },
  ),
  skill(
    'it.printers',
    'Drucker & Scanner',
    'Printers & scanners',
    ['drucker', 'printer', 'scanner', 'multifunktionsgerät', 'kopierer'],
    {
      digComp: '5.1',
    },
  ),
  skill(
    'it.devices',
    'Geräteverwaltung',
    'Device management',
    ['mdm', 'mobile device management', 'intune', 'laptops einrichten', 'tablets', 'smartphones', 'geräte einrichten'],
    { digComp: '4.1' },
  ),
  skill('it.linux', 'Linux', 'Linux', ['ubuntu', 'debian', 'linux mint', 'shell', 'bash'], { digComp: '5.1' }),
  skill(
    'it.windows',
    'Windows-Administration',
    'Windows administration',
    ['windows', 'windows 11', 'active directory', 'gruppenrichtlinien', 'group policy', 'benutzerkonten'],
    { digComp: '5.1' },
  ),
  skill(
    'it.servers',
    'Server & NAS',
    'Servers & NAS',
    ['server', 'nas', 'synology', 'qnap', 'vserver', 'self-hosting', 'docker'],
    {
      digComp: '5.1',
    },
  ),
  skill(
    'it.hardware',
    'Hardware-Beratung & Beschaffung',
    'Hardware advice & purchasing',
    [
      'hardware',
      'computer kaufen',
      'laptop kaufen',
      'beschaffung',
      'purchasing',
      'gebrauchte geräte',
      'refurbished',
      'pc',
      'laptop',
    ],
    { digComp: '5.2' },
  ),
  skill(
    'it.inventory',
    'IT-Inventar & Dokumentation',
    'IT inventory & documentation',
    ['inventar', 'inventarliste', 'inventory', 'it-dokumentation', 'it documentation', 'asset management'],
    { digComp: '5.1' },
  ),
  skill(
    'it.support',
    'IT-Support & Fehlersuche',
    'IT support & troubleshooting',
    ['it-hilfe', 'helpdesk', 'fehlersuche', 'troubleshooting', 'computerprobleme', 'computer problems', 'absturz'],
    { digComp: '5.1' },
  ),
];
