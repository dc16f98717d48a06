import { ACCESSIBILITY_SKILLS } from './data/accessibility';
import { AI_SKILLS } from './data/ai';
import { COMMS_SKILLS } from './data/comms';
import { CRM_SKILLS } from './data/crm';
import { DATA_SKILLS } from './data/data';
import { DESIGN_SKILLS } from './data/design';
import { DEV_SKILLS } from './data/dev';
import { FINANCE_SKILLS } from './data/finance';
import { FUNDRAISING_SKILLS } from './data/fundraising';
import { IT_SKILLS } from './data/it';
import { MEDIA_SKILLS } from './data/media';
import { OFFICE_SKILLS } from './data/office';
import { PROCESS_SKILLS } from './data/process';
import { SECURITY_SKILLS } from './data/security';
import { SOCIAL_SKILLS } from './data/social';
import { TEACHING_SKILLS } from './data/teaching';
import { WEB_SKILLS } from './data/web';
import { type Skill } from './types';

/**
 * The digital skills nonprofits ask for, parents before children. Ids are stored in challenges and volunteer
 * profiles: never rename or remove one; add a new node and keep the old id.
 */
export const SKILLS: readonly Skill[] = [
  ...WEB_SKILLS,
  ...SOCIAL_SKILLS,
  ...FUNDRAISING_SKILLS,
  ...COMMS_SKILLS,
  ...DATA_SKILLS,
  ...CRM_SKILLS,
  ...SECURITY_SKILLS,
  ...ACCESSIBILITY_SKILLS,
  ...DESIGN_SKILLS,
  ...MEDIA_SKILLS,
  ...OFFICE_SKILLS,
  ...IT_SKILLS,
  ...DEV_SKILLS,
  ...AI_SKILLS,
  ...TEACHING_SKILLS,
  ...PROCESS_SKILLS,
  ...FINANCE_SKILLS,
];
