import {
  FEEDBACK_LIMITS,
  FOLLOW_UP_KINDS,
  HELP_TOPICS,
  OUTCOME_ANSWERS,
  type FeedbackRole,
  type FollowUpKind,
  type HelpTopic,
  type OutcomeAnswer,
} from '@skillshift/shared';

/** What the feedback form sends, checked: the answer and, for a nonprofit, the follow-up it asks for. */
export interface FeedbackAnswer {
  rating: number;
  solved: OutcomeAnswer;
  hours: number;
  nextSteps: string;
  comment: string;
  followUps: FollowUpKind[];
  helpTopic: HelpTopic | null;
  followUpNote: string;
}

/** A field of the form and the catalogue key (with params) of what is wrong with it. */
export interface FormProblem {
  field: string;
  messageKey: string;
  params?: Record<string, unknown>;
}

/** The raw values as the form sent them, to show them again next to the errors. */
export type FormValues = Record<string, string | string[]>;

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : '');
const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

export function formValues(body: Record<string, unknown>): FormValues {
  return {
    rating: text(body.rating),
    solved: text(body.solved),
    hours: text(body.hours),
    nextSteps: text(body.nextSteps),
    comment: text(body.comment),
    followUp: list(body.followUp),
    helpTopic: text(body.helpTopic),
    followUpNote: text(body.followUpNote),
  };
}

/**
 * Checks the posted form: every problem names its field, so the page can list them above the form and beside the
 * fields. Hours accept a decimal comma ("3,5") as German speakers write it. Follow-ups only count for nonprofits.
 */
export function parseFeedbackForm(
  values: FormValues,
  role: FeedbackRole,
): { answer: FeedbackAnswer; problems: [] } | { answer: null; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const ratingText = String(values.rating);
  const rating = /^[1-5]$/.test(ratingText) ? Number(ratingText) : NaN;
  if (Number.isNaN(rating)) problems.push({ field: 'rating', messageKey: 'feedback.validation.rating' });
  const solved = (OUTCOME_ANSWERS as readonly string[]).includes(String(values.solved))
    ? (values.solved as OutcomeAnswer)
    : null;
  if (!solved) problems.push({ field: 'solved', messageKey: 'feedback.validation.solved' });
  const hoursText = String(values.hours).replace(',', '.');
  // At most as many decimals as are stored, so what is saved is what was typed.
  const hours = new RegExp(`^\\d{1,4}(\\.\\d{1,${FEEDBACK_LIMITS.hoursDecimals}})?$`).test(hoursText)
    ? Number(hoursText)
    : NaN;
  if (Number.isNaN(hours) || hours < FEEDBACK_LIMITS.hoursMin || hours > FEEDBACK_LIMITS.hoursMax)
    problems.push({
      field: 'hours',
      messageKey: 'feedback.validation.hours',
      params: { max: FEEDBACK_LIMITS.hoursMax },
    });
  for (const field of ['nextSteps', 'comment', 'followUpNote'] as const)
    if (String(values[field]).length > FEEDBACK_LIMITS.textMax)
      problems.push({ field, messageKey: 'feedback.validation.tooLong', params: { max: FEEDBACK_LIMITS.textMax } });
  const followUps =
    role === 'NONPROFIT' ? FOLLOW_UP_KINDS.filter((kind) => (values.followUp as string[]).includes(kind)) : [];
  const helpTopic = (HELP_TOPICS as readonly string[]).includes(String(values.helpTopic))
    ? (values.helpTopic as HelpTopic)
    : null;
  if (followUps.includes('REFERRAL') && !helpTopic)
    problems.push({ field: 'helpTopic', messageKey: 'feedback.validation.helpTopic' });
  if (problems.length > 0 || !solved) return { answer: null, problems };
  return {
    answer: {
      rating,
      solved,
      hours,
      nextSteps: String(values.nextSteps),
      comment: String(values.comment),
      followUps,
      helpTopic: followUps.includes('REFERRAL') ? helpTopic : null,
      followUpNote: role === 'NONPROFIT' ? String(values.followUpNote) : '',
    },
    problems: [],
  };
}

/** The three-month question: one answer and an optional comment. */
export function parseStillInUseForm(
  body: Record<string, unknown>,
):
  | { answer: OutcomeAnswer; comment: string; problems: [] }
  | { answer: null; comment: string; problems: FormProblem[] } {
  const answer = text(body.answer);
  const comment = text(body.comment);
  const problems: FormProblem[] = [];
  if (!(OUTCOME_ANSWERS as readonly string[]).includes(answer))
    problems.push({ field: 'answer', messageKey: 'feedback.validation.answer' });
  if (comment.length > FEEDBACK_LIMITS.textMax)
    problems.push({
      field: 'comment',
      messageKey: 'feedback.validation.tooLong',
      params: { max: FEEDBACK_LIMITS.textMax },
    });
  return problems.length > 0
    ? { answer: null, comment, problems }
    : { answer: answer as OutcomeAnswer, comment, problems: [] };
}
