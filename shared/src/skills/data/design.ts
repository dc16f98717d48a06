import { type Skill, skill } from '../types';

export const DESIGN_SKILLS: readonly Skill[] = [
  skill('design', 'UX & Gestaltung', 'UX & design', ['design', 'gestaltung', 'grafikdesign', 'graphic design'], {
    digComp: '3.1',
  }),
  skill(
    'design.ux-research',
    'UX-Research & Nutzertests',
    'UX research & user testing',
    [
      'ux',
      'user experience',
      'nutzerfreundlichkeit',
      'usability',
      'nutzertest',
      'user interviews',
      'personas',
      'nutzerforschung',
    ],
    { digComp: '5.2' },
  ),
  skill(
    'design.ui',
    'UI-Design',
    'UI design',
    ['benutzeroberfläche', 'user interface', 'interface design', 'wireframes', 'mockups', 'prototyp', 'prototype'],
    { digComp: '3.1' },
  ),
  skill('design.canva', 'Canva', 'Canva', ['canva pro', 'sharepics', 'sharepic'], { digComp: '3.1' }),
  skill('design.figma', 'Figma', 'Figma', ['figjam', 'penpot'], { digComp: '3.1' }),
  skill(
    'design.adobe',
    'Adobe Creative Cloud',
    'Adobe Creative Cloud',
    ['adobe', 'photoshop', 'illustrator', 'indesign', 'premiere pro', 'lightroom'],
    { digComp: '3.1' },
  ),
  skill(
    'design.affinity',
    'Affinity & freie Grafiksoftware',
    'Affinity & open-source graphics software',
    ['affinity', 'affinity designer', 'affinity publisher', 'gimp', 'inkscape', 'scribus'],
    { digComp: '3.1' },
  ),
  skill(
    'design.corporate',
    'Corporate Design',
    'Corporate design',
    ['logo', 'branding', 'markenauftritt', 'styleguide', 'style guide', 'erscheinungsbild', 'visual identity'],
    { digComp: '3.1' },
  ),
  skill(
    'design.print',
    'Printdesign (Flyer, Plakate)',
    'Print design (flyers, posters)',
    ['flyer', 'plakat', 'poster', 'broschüre', 'brochure', 'druckvorlage', 'layout', 'desktop publishing'],
    { digComp: '3.1' },
  ),
];
