import { type Skill, skill } from '../types';

export const ACCESSIBILITY_SKILLS: readonly Skill[] = [
  skill(
    'accessibility',
    'Barrierefreiheit',
    'Accessibility',
    ['a11y', 'barrierefrei', 'barrierearm', 'inklusion', 'inclusion'],
    {
      digComp: '3.1',
    },
  ),
  skill(
    'accessibility.web',
    'Barrierefreie Websites (WCAG, BITV)',
    'Accessible websites (WCAG, BITV)',
    [
      'wcag',
      'bitv',
      'bitv 2.0',
      'web accessibility',
      'barrierefreie website',
      'screenreader',
      'screen reader',
      'bfsg',
      'barrierefreiheitsstärkungsgesetz',
      'european accessibility act',
    ],
    { digComp: '3.1' },
  ),
  skill(
    'accessibility.web.audit',
    'Barrierefreiheit prüfen',
    'Accessibility testing',
    [
      'barrierefreiheitstest',
      'accessibility audit',
      'axe',
      'wave',
      'erklärung zur barrierefreiheit',
      'accessibility statement',
    ],
    { digComp: '3.1' },
  ),
  skill(
    'accessibility.documents',
    'Barrierefreie Dokumente & PDF',
    'Accessible documents & PDF',
    ['barrierefreies pdf', 'accessible pdf', 'pdf/ua', 'alternativtexte', 'alt text', 'tagged pdf'],
    { digComp: '3.2' },
  ),
  skill(
    'accessibility.easy-language',
    'Leichte & Einfache Sprache',
    'Easy-to-read & plain language',
    ['leichte sprache', 'einfache sprache', 'easy language', 'easy read', 'plain language', 'verständliche sprache'],
    { digComp: '3.2' },
  ),
  skill(
    'accessibility.captions',
    'Untertitel & Audiodeskription',
    'Captions & audio description',
    [
      'untertitel',
      'subtitles',
      'captions',
      'audiodeskription',
      'audio description',
      'gebärdensprache',
      'sign language',
    ],
    { digComp: '3.2' },
  ),
];
