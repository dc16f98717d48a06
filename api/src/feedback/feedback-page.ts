import {
  FEEDBACK_LIMITS,
  FOLLOW_UP_KINDS,
  HELP_TOPICS,
  eventTextContext,
  labelledMessage,
  OUTCOME_ANSWERS,
  type EventKind,
  type FeedbackRole,
  type FollowUpKind,
  type HelpTopic,
  type OutcomeAnswer,
  type UiLocale,
} from '@skillshift/shared';
import { translator, type Translate } from '../i18n/i18n';
import { formatMoment, intlLocale } from '../publication/publication-texts';
import { type FormProblem, type FormValues } from './feedback-form';
import { escapeHtml, renderServerPage } from '../common/pages/server-page';

/** This page's own rules on top of the shared look. */
const STYLE = `
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  fieldset { border: 1px solid #868e96; border-radius: 6px; margin: 0 0 1.25rem; padding: 0.75rem 1rem; }
  legend, label.block { font-weight: 700; }
  .choice { display: flex; align-items: center; gap: 0.5rem; margin: 0.35rem 0; }
  .choice input { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; }
  .field { margin: 0 0 1.25rem; }
  input[type=text], textarea, select { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem;
         border: 1px solid #495057; border-radius: 4px; }
  textarea { min-height: 5rem; }
  .hint { color: #495057; font-size: 0.95rem; margin: 0.15rem 0 0.35rem; }
  .error { color: #c92a2a; font-weight: 600; margin: 0.25rem 0; }
  [aria-invalid=true] { border-color: #c92a2a; border-width: 2px; }
  .summary { border: 3px solid #c92a2a; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
  .summary a { color: #c92a2a; font-weight: 600; }
  dl { margin: 0 0 1.5rem; } dt { font-weight: 700; margin-top: 0.75rem; }
  dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
  input:focus-visible, textarea:focus-visible, select:focus-visible { outline: 3px solid #1a1b1e; outline-offset: 2px; }`;

/** What the feedback pages show about the request and, once given, its answer. */
export interface FeedbackSubject {
  id: string;
  role: FeedbackRole;
  eventName: string;
  /** An evening (Nachtschicht) or days (hackathon and others): the questions speak of it as what it was. */
  eventKind: EventKind;
  challengeTitle: string;
  nonprofitName: string;
  answeredAt: Date | null;
  rating: number | null;
  solved: OutcomeAnswer | null;
  hours: number | null;
  nextSteps: string;
  comment: string;
  followUps: FollowUpKind[];
  helpTopic: HelpTopic | null;
  /** What the nonprofit wrote for the organizers with its follow-up request (kept on the follow-up tasks). */
  followUpNote: string;
}

export interface StillInUseSubject {
  id: string;
  eventName: string;
  eventKind: EventKind;
  challengeTitle: string;
  answeredAt: Date | null;
  answer: OutcomeAnswer | null;
  comment: string;
}

export type RefusalKind = 'invalid' | 'foreign' | 'refused' | 'expired' | 'gone';

export type FeedbackPage =
  | { kind: 'form'; subject: FeedbackSubject; token: string; values?: FormValues; problems?: FormProblem[] }
  | { kind: 'answered'; subject: FeedbackSubject; justNow: boolean }
  | { kind: RefusalKind };

export type StillInUsePage =
  | { kind: 'form'; subject: StillInUseSubject; token: string; values?: FormValues; problems?: FormProblem[] }
  | { kind: 'answered'; subject: StillInUseSubject; justNow: boolean }
  | { kind: RefusalKind };

export const PAGE_STATUS: Record<FeedbackPage['kind'], number> = {
  form: 200,
  answered: 200,
  invalid: 400,
  foreign: 403,
  refused: 403,
  expired: 410,
  gone: 410,
};

const paragraph = (value: string) => `<p>${escapeHtml(value)}</p>`;

/** "How would you rate the evening …" after a Nachtschicht, "… the event …" after a hackathon or other event. */
const ratingQuestion = (subject: { eventKind: EventKind }, t: Translate) =>
  t('feedback.page.rating', { context: eventTextContext(subject.eventKind) });

/** The page behind the feedback link, in the person's language. */
export function renderFeedbackPage(page: FeedbackPage, locale: UiLocale): string {
  const t = translator(locale);
  if (page.kind === 'form') {
    const { subject } = page;
    return layout(
      locale,
      t('feedback.page.title', { challenge: subject.challengeTitle }),
      `${paragraph(t('feedback.page.intro', { event: subject.eventName, nonprofit: subject.nonprofitName }))}
    ${paragraph(t(subject.role === 'VOLUNTEER' ? 'feedback.page.introVolunteer' : 'feedback.page.introNonprofit'))}
    ${feedbackForm(page, locale, t)}`,
      page.problems,
      {
        rating: ratingQuestion(subject, t),
        solved: t('feedback.page.solved'),
        hours: t('feedback.page.hours'),
        nextSteps: t('feedback.page.nextSteps'),
        comment: t('feedback.page.comment'),
        helpTopic: t('feedback.page.helpTopic'),
        followUpNote: t('feedback.page.followUpNote'),
      },
    );
  }
  if (page.kind === 'answered') {
    const { subject } = page;
    const date = formatMoment(subject.answeredAt ?? new Date(), locale);
    return layout(
      locale,
      t(page.justNow ? 'feedback.page.recordedTitle' : 'feedback.page.answeredTitle'),
      `${paragraph(t(page.justNow ? 'feedback.page.recorded' : 'feedback.page.answered', { date }))}
    ${feedbackAnswers(subject, locale, t)}
    <p><a href="/">${escapeHtml(t('feedback.page.home'))}</a></p>`,
    );
  }
  return refusal(page.kind, locale, t);
}

/** The page behind the three-month question's link. */
export function renderStillInUsePage(page: StillInUsePage, locale: UiLocale): string {
  const t = translator(locale);
  if (page.kind === 'form') {
    const { subject } = page;
    const problems = page.problems ?? [];
    const values = page.values ?? {};
    const answerError = problems.find((problem) => problem.field === 'answer');
    const commentError = problems.find((problem) => problem.field === 'comment');
    const question = t('feedback.stillInUse.page.question', { context: eventTextContext(subject.eventKind) });
    return layout(
      locale,
      t('feedback.stillInUse.page.title'),
      `${paragraph(t('feedback.stillInUse.page.intro', { event: subject.eventName, challenge: subject.challengeTitle }))}
    <form method="post" action="/api/still-in-use/${escapeHtml(subject.id)}" novalidate>
      <input type="hidden" name="token" value="${escapeHtml(page.token)}">
      <input type="hidden" name="lang" value="${locale}">
      ${radioGroup(
        'answer',
        question,
        OUTCOME_ANSWERS.map((value) => [value, t(`feedback.answers.${value}`)]),
        String(values.answer ?? ''),
        answerError,
        t,
      )}
      ${textArea('comment', t('feedback.stillInUse.page.comment'), String(values.comment ?? ''), commentError, t)}
      <button type="submit">${escapeHtml(t('feedback.stillInUse.page.submit'))}</button>
    </form>`,
      problems,
      { answer: question, comment: t('feedback.stillInUse.page.comment') },
    );
  }
  if (page.kind === 'answered') {
    const { subject } = page;
    const date = formatMoment(subject.answeredAt ?? new Date(), locale);
    const answer = subject.answer ? t(`feedback.answers.${subject.answer}`) : '';
    return layout(
      locale,
      t(page.justNow ? 'feedback.stillInUse.page.recordedTitle' : 'feedback.stillInUse.page.answeredTitle'),
      `${page.justNow ? paragraph(t('feedback.stillInUse.page.recorded')) : ''}
    ${paragraph(t('feedback.stillInUse.page.answered', { date, answer }))}
    <p><a href="/">${escapeHtml(t('feedback.page.home'))}</a></p>`,
    );
  }
  return refusal(page.kind, locale, t);
}

function feedbackForm(page: Extract<FeedbackPage, { kind: 'form' }>, locale: UiLocale, t: Translate): string {
  const { subject } = page;
  const values = page.values ?? {};
  const problems = page.problems ?? [];
  const error = (field: string) => problems.find((problem) => problem.field === field);
  const value = (field: string) => (typeof values[field] === 'string' ? (values[field] as string) : '');
  const chosenFollowUps = Array.isArray(values.followUp) ? values.followUp : [];
  const nonprofitPart =
    subject.role === 'NONPROFIT'
      ? `<fieldset aria-describedby="followUp-hint">
        <legend>${escapeHtml(t('feedback.page.followUp'))}</legend>
        <p class="hint" id="followUp-hint">${escapeHtml(t('feedback.page.followUpHint'))}</p>
        ${FOLLOW_UP_KINDS.map(
          (
            kind,
          ) => `<div class="choice"><input type="checkbox" id="followUp-${kind}" name="followUp" value="${kind}"${chosenFollowUps.includes(kind) ? ' checked' : ''}>
          <label for="followUp-${kind}">${escapeHtml(t(`feedback.followUpKinds.${kind}`))}</label></div>`,
        ).join('\n        ')}
        ${select(
          'helpTopic',
          t('feedback.page.helpTopic'),
          HELP_TOPICS.map((topic) => [topic, t(`feedback.topics.${topic}`)]),
          value('helpTopic'),
          error('helpTopic'),
          t,
        )}
        ${textArea('followUpNote', t('feedback.page.followUpNote'), value('followUpNote'), error('followUpNote'), t)}
      </fieldset>`
      : '';
  return `${paragraph(t('feedback.page.required'))}
    <form method="post" action="/api/feedback/${escapeHtml(subject.id)}" novalidate>
      <input type="hidden" name="token" value="${escapeHtml(page.token)}">
      <input type="hidden" name="lang" value="${locale}">
      ${radioGroup(
        'rating',
        `${ratingQuestion(subject, t)} ${t('feedback.page.requiredMark')}`,
        [1, 2, 3, 4, 5].map((n) => [String(n), t('feedback.page.ratingValue', { value: n })]),
        value('rating'),
        error('rating'),
        t,
        t('feedback.page.ratingHint'),
      )}
      ${radioGroup(
        'solved',
        `${t('feedback.page.solved')} ${t('feedback.page.requiredMark')}`,
        OUTCOME_ANSWERS.map((answer) => [answer, t(`feedback.answers.${answer}`)]),
        value('solved'),
        error('solved'),
        t,
      )}
      ${textInput('hours', `${t('feedback.page.hours')} ${t('feedback.page.requiredMark')}`, value('hours'), error('hours'), t, t('feedback.page.hoursHint', { max: FEEDBACK_LIMITS.hoursMax }))}
      ${textArea('nextSteps', t('feedback.page.nextSteps'), value('nextSteps'), error('nextSteps'), t)}
      ${textArea('comment', t('feedback.page.comment'), value('comment'), error('comment'), t)}
      ${nonprofitPart}
      <button type="submit">${escapeHtml(t('feedback.page.submit'))}</button>
    </form>`;
}

function feedbackAnswers(subject: FeedbackSubject, locale: UiLocale, t: Translate): string {
  const none = t('feedback.page.none');
  // As the person typed it in their language: "3,5" in German, "3.5" in English.
  const hours = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 });
  const entries: [string, string][] = [
    [ratingQuestion(subject, t), subject.rating ? t('feedback.page.ratingValue', { value: subject.rating }) : none],
    [t('feedback.page.solved'), subject.solved ? t(`feedback.answers.${subject.solved}`) : none],
    [t('feedback.page.hours'), subject.hours === null ? none : hours.format(subject.hours)],
    [t('feedback.page.nextSteps'), subject.nextSteps || none],
    [t('feedback.page.comment'), subject.comment || none],
  ];
  if (subject.role === 'NONPROFIT') {
    entries.push([
      t('feedback.page.followUpsRequested'),
      subject.followUps.length > 0
        ? subject.followUps
            .map((kind) =>
              kind === 'REFERRAL' && subject.helpTopic
                ? `${t(`feedback.followUpKinds.${kind}`)} (${t(`feedback.topics.${subject.helpTopic}`)})`
                : t(`feedback.followUpKinds.${kind}`),
            )
            .join('\n')
        : none,
    ]);
    if (subject.followUps.length > 0) entries.push([t('feedback.page.followUpNote'), subject.followUpNote || none]);
  }
  return `<dl>${entries.map(([label, text]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(text)}</dd>`).join('')}</dl>`;
}

function errorText(field: string, problem: FormProblem | undefined, t: Translate): string {
  return problem ? `<p class="error" id="${field}-error">${escapeHtml(t(problem.messageKey, problem.params))}</p>` : '';
}

function describedBy(ids: (string | false)[]): string {
  const list = ids.filter(Boolean).join(' ');
  return list ? ` aria-describedby="${list}"` : '';
}

function radioGroup(
  field: string,
  legend: string,
  options: [string, string][],
  chosen: string,
  problem: FormProblem | undefined,
  t: Translate,
  hint?: string,
): string {
  return `<fieldset${describedBy([hint ? `${field}-hint` : false, problem ? `${field}-error` : false])}>
        <legend>${escapeHtml(legend)}</legend>
        ${hint ? `<p class="hint" id="${field}-hint">${escapeHtml(hint)}</p>` : ''}
        ${errorText(field, problem, t)}
        ${options
          .map(
            ([
              value,
              label,
            ]) => `<div class="choice"><input type="radio" id="${field}-${value}" name="${field}" value="${value}"${chosen === value ? ' checked' : ''}${problem ? ' aria-invalid="true"' : ''}>
          <label for="${field}-${value}">${escapeHtml(label)}</label></div>`,
          )
          .join('\n        ')}
      </fieldset>`;
}

function textInput(
  field: string,
  label: string,
  value: string,
  problem: FormProblem | undefined,
  t: Translate,
  hint: string,
): string {
  return `<div class="field">
        <label class="block" for="${field}">${escapeHtml(label)}</label>
        <p class="hint" id="${field}-hint">${escapeHtml(hint)}</p>
        ${errorText(field, problem, t)}
        <input type="text" inputmode="decimal" id="${field}" name="${field}" value="${escapeHtml(value)}"${describedBy([`${field}-hint`, problem ? `${field}-error` : false])}${problem ? ' aria-invalid="true"' : ''}>
      </div>`;
}

function textArea(field: string, label: string, value: string, problem: FormProblem | undefined, t: Translate): string {
  return `<div class="field">
        <label class="block" for="${field}">${escapeHtml(label)}</label>
        <p class="hint" id="${field}-hint">${escapeHtml(t('feedback.page.textHint', { max: FEEDBACK_LIMITS.textMax }))}</p>
        ${errorText(field, problem, t)}
        <textarea id="${field}" name="${field}" maxlength="${FEEDBACK_LIMITS.textMax}"${describedBy([`${field}-hint`, problem ? `${field}-error` : false])}${problem ? ' aria-invalid="true"' : ''}>${escapeHtml(value)}</textarea>
      </div>`;
}

function select(
  field: string,
  label: string,
  options: [string, string][],
  chosen: string,
  problem: FormProblem | undefined,
  t: Translate,
): string {
  return `<div class="field">
        <label class="block" for="${field}">${escapeHtml(label)}</label>
        ${errorText(field, problem, t)}
        <select id="${field}" name="${field}"${describedBy([problem ? `${field}-error` : false])}${problem ? ' aria-invalid="true"' : ''}>
          <option value="">${escapeHtml(t('feedback.page.helpTopicNone'))}</option>
          ${options.map(([value, text]) => `<option value="${value}"${chosen === value ? ' selected' : ''}>${escapeHtml(text)}</option>`).join('\n          ')}
        </select>
      </div>`;
}

/** The first control of a field, for the error summary's links. */
function anchorOf(problem: FormProblem): string {
  if (problem.field === 'rating') return 'rating-1';
  if (problem.field === 'solved') return 'solved-YES';
  if (problem.field === 'answer') return 'answer-YES';
  return problem.field;
}

function refusal(kind: RefusalKind, locale: UiLocale, t: Translate): string {
  return layout(
    locale,
    t(`feedback.page.${kind}Title`),
    `${paragraph(t(`feedback.page.${kind}Text`))}
    <p><a href="/">${escapeHtml(t('feedback.page.home'))}</a></p>`,
  );
}

/**
 * A summary entry names its field by the label the person sees beside it, since the same message can belong to more
 * than one field ("Please use at most 2000 characters.").
 */
function summaryEntry(label: string | undefined, message: string): string {
  return label ? labelledMessage(label, message) : message;
}

/**
 * The page around a form. After a refused submit the summary takes focus, so a screen reader reads it and a keyboard
 * user goes on from there: by `autofocus`, as the page runs no script (the CSP allows none inline), which Chromium,
 * Firefox and Safari honour on any focusable element, the summary's tabindex="-1" making it one.
 */
function layout(
  locale: UiLocale,
  title: string,
  content: string,
  problems: FormProblem[] = [],
  labels: Record<string, string> = {},
): string {
  const t = translator(locale);
  const summary =
    problems.length > 0
      ? `<div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
      <h2 id="error-summary-title">${escapeHtml(t('feedback.page.errorSummary'))}</h2>
      <ul>${problems.map((problem) => `<li><a href="#${anchorOf(problem)}">${escapeHtml(summaryEntry(labels[problem.field], t(problem.messageKey, problem.params)))}</a></li>`).join('')}</ul>
    </div>`
      : '';
  const pageTitle = problems.length > 0 ? `${t('feedback.page.errorSummary')} ${title}` : title;
  return renderServerPage({
    locale,
    title,
    documentTitle: pageTitle,
    body: `${summary}
    ${content}`,
    style: STYLE,
  });
}
