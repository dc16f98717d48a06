import { isSkillId, REGISTRATION_LIMITS, type SkillLevel, type WorkFormat } from '@skillshift/shared';
import { type FieldProblem } from '../common/errors/domain-error';

/** A challenge's content as the rules see it, from an input or from a stored row. */
export interface ChallengeContent {
  title: string;
  problem: string;
  goal: string;
  beneficiaries: string;
  tools: string;
  skills: { skill: string; level: number; required: boolean }[];
  teamMin: number;
  teamMax: number;
  languages: string[];
  format: WorkFormat;
  slotIds: string[];
  decisionMakerPresent: boolean;
  accessReady: boolean;
  fitsOneEvening: boolean;
}

/** What of the event the content must fit: its languages and the ids of its slots. */
export interface EventFrame {
  languages: readonly string[];
  slotIds: readonly string[];
}

/**
 * Rules that hold for every save, drafts included: a title, skills from the taxonomy and each once, a sensible team size,
 * languages and slots of the event. Pure, so it is tested without a database.
 */
export function contentProblems(content: ChallengeContent, event: EventFrame, prefix = 'input'): FieldProblem[] {
  const problems = ownContentProblems(content, prefix);
  if (content.languages.some((language) => !event.languages.includes(language)))
    problems.push({ path: `${prefix}.languages`, messageKey: 'challenges.validation.languageNotOfEvent' });
  content.slotIds.forEach((slotId, index) => {
    if (!event.slotIds.includes(slotId))
      problems.push({ path: `${prefix}.slotIds[${index}]`, messageKey: 'validation.unknownSlot' });
  });
  return problems;
}

/**
 * The rules of contentProblems that need no event (title, skills, team size): an input's own rules can name them
 * together with its other fields' problems, before the event is read.
 */
export function ownContentProblems(content: ChallengeContent, prefix = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // The title is checked here rather than in the input class, so that a form missing its title learns in one answer
  // what else is wrong (class-validator's refusal would come alone, before these rules run).
  const title = content.title.trim().length;
  if (title < REGISTRATION_LIMITS.nameMin)
    problems.push({
      path: `${prefix}.title`,
      messageKey: title === 0 ? 'validation.isNotEmpty' : 'validation.minLength',
      params: { min: REGISTRATION_LIMITS.nameMin },
    });
  const seen = new Set<string>();
  content.skills.forEach((need, index) => {
    const path = `${prefix}.skills[${index}].skill`;
    if (!isSkillId(need.skill)) problems.push({ path, messageKey: 'challenges.validation.unknownSkill' });
    else if (seen.has(need.skill)) problems.push({ path, messageKey: 'challenges.validation.duplicateSkill' });
    seen.add(need.skill);
  });
  if (content.teamMax < content.teamMin)
    problems.push({ path: `${prefix}.teamMax`, messageKey: 'challenges.validation.teamMaxBelowMin' });
  return problems;
}

const { challengeTextMin } = REGISTRATION_LIMITS;

/** What a submission needs beyond a draft; each missing piece is named by its input path. */
export function missingForSubmission(content: ChallengeContent, prefix = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['problem', 'goal'] as const) {
    const length = content[field].trim().length;
    if (length < challengeTextMin)
      problems.push({
        path: `${prefix}.${field}`,
        messageKey: length === 0 ? 'validation.isNotEmpty' : 'validation.minLength',
        params: { min: challengeTextMin },
      });
  }
  if (content.beneficiaries.trim() === '')
    problems.push({ path: `${prefix}.beneficiaries`, messageKey: 'validation.isNotEmpty' });
  if (content.skills.length === 0) problems.push({ path: `${prefix}.skills`, messageKey: 'validation.arrayMinSize' });
  if (content.languages.length === 0)
    problems.push({ path: `${prefix}.languages`, messageKey: 'validation.chooseAtLeastOne' });
  if (content.slotIds.length === 0)
    problems.push({ path: `${prefix}.slotIds`, messageKey: 'validation.chooseAtLeastOne' });
  for (const item of ['decisionMakerPresent', 'accessReady', 'fitsOneEvening'] as const)
    if (!content[item])
      problems.push({ path: `${prefix}.${item}`, messageKey: 'challenges.validation.checklistRequired' });
  return problems;
}

/** The content as stored: skills with their level typed, duplicates of slots and languages dropped. */
export function normalizedContent(content: ChallengeContent) {
  return {
    title: content.title.trim(),
    problem: content.problem.trim(),
    goal: content.goal.trim(),
    beneficiaries: content.beneficiaries.trim(),
    tools: content.tools.trim(),
    skills: content.skills.map((need) => ({
      skill: need.skill,
      level: need.level as SkillLevel,
      required: need.required,
    })),
    teamMin: content.teamMin,
    teamMax: content.teamMax,
    languages: [...new Set(content.languages)],
    format: content.format,
    decisionMakerPresent: content.decisionMakerPresent,
    accessReady: content.accessReady,
    fitsOneEvening: content.fitsOneEvening,
  };
}

/** A question, answer or reason: a few words at least, not a novel. */
export function messageProblems(text: string | null | undefined, path: string): FieldProblem[] {
  const length = (text ?? '').trim().length;
  const { messageMin, messageMax } = REGISTRATION_LIMITS;
  if (length === 0) return [{ path, messageKey: 'validation.isNotEmpty' }];
  if (length < messageMin) return [{ path, messageKey: 'validation.minLength', params: { min: messageMin } }];
  if (length > messageMax) return [{ path, messageKey: 'validation.maxLength', params: { max: messageMax } }];
  return [];
}
