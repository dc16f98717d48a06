import { type UiLocale } from '@skillshift/shared';
import { translator } from '../i18n/i18n';
import { type LinkAnswer } from './proposal-links';
import { type MemberRow, type ProposalRow } from './proposal-rows';
import { formatMoment, formatWhen, placeOf, teamText } from './publication-texts';
import { escapeHtml, renderServerPage } from '../common/pages/server-page';

/** This page's own rules on top of the shared look. */
const STYLE = `
  dl { margin: 0 0 1.5rem; } dt { font-weight: 700; margin-top: 0.75rem; } dd { margin: 0; overflow-wrap: anywhere; }`;

export type ProposalPage =
  | { kind: 'confirm'; row: ProposalRow; team: readonly MemberRow[]; answer: LinkAnswer; token: string }
  | { kind: 'answered'; row: ProposalRow; justNow: boolean }
  | { kind: 'invalid' | 'foreign' | 'refused' | 'expired' | 'closed' | 'gone' };

/** The pages behind the Accept/Decline links of a proposal mail, in the volunteer's language. */
export function renderProposalPage(page: ProposalPage, locale: UiLocale): string {
  const t = translator(locale);
  let title: string;
  let content: string;
  const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const links = `<p><a class="action" href="/dashboard">${escapeHtml(t('publication.page.dashboard'))}</a></p>
    <p><a href="/">${escapeHtml(t('publication.page.home'))}</a></p>`;
  if (page.kind === 'confirm') {
    const { row, answer, token } = page;
    const other: LinkAnswer = answer === 'accept' ? 'decline' : 'accept';
    const query = (value: LinkAnswer) =>
      `/api/proposals/${row.id}/${value}?token=${encodeURIComponent(token)}&lang=${locale}`;
    title = t(answer === 'accept' ? 'publication.page.confirmAcceptTitle' : 'publication.page.confirmDeclineTitle');
    content = `${paragraph(t('publication.page.intro', { event: row.eventName, nonprofit: row.nonprofitName, challenge: row.challengeTitle }))}
    ${details(row, page.team, locale)}
    ${paragraph(t('publication.page.deadline', { deadline: formatMoment(row.answerDeadline, locale) }))}
    <form method="post" action="/api/proposals/${escapeHtml(row.id)}/${answer}">
      <input type="hidden" name="token" value="${escapeHtml(token)}">
      <input type="hidden" name="lang" value="${locale}">
      <button type="submit">${escapeHtml(t(answer === 'accept' ? 'publication.page.acceptButton' : 'publication.page.declineButton'))}</button>
    </form>
    <p><a href="${escapeHtml(query(other))}">${escapeHtml(t(other === 'decline' ? 'publication.page.switchToDecline' : 'publication.page.switchToAccept'))}</a></p>`;
  } else if (page.kind === 'answered') {
    const { row } = page;
    const date = formatMoment(row.answeredAt ?? new Date(), locale);
    const key =
      row.status === 'ACCEPTED'
        ? 'accepted'
        : row.status === 'DECLINED'
          ? 'declined'
          : row.status === 'EXPIRED'
            ? 'expired'
            : 'cancelled';
    title = t(`publication.page.${key}Title`);
    content = [
      page.justNow ? paragraph(t('publication.page.recorded')) : '',
      paragraph(t(`publication.page.${key}Text`, { date })),
      row.status === 'ACCEPTED' ? paragraph(t('publication.page.afterAccept')) : '',
      links,
    ].join('\n    ');
  } else {
    title = t(`publication.page.${page.kind}Title`);
    content = `${paragraph(t(`publication.page.${page.kind}Text`))}\n    ${links}`;
  }
  return renderServerPage({ locale, title, body: content, style: STYLE });
}

/** The proposal in plain words: what hurts, what should work afterwards, when and where, with whom. */
function details(row: ProposalRow, team: readonly MemberRow[], locale: UiLocale): string {
  const t = translator(locale);
  const others = team.filter((member) => member.volunteerId !== row.volunteerId);
  const entries: [string, string][] = [
    [t('publication.page.labels.problem'), row.problem],
    [t('publication.page.labels.goal'), row.goal],
    [
      t('publication.page.labels.when'),
      formatWhen({ startsAt: row.startsAt, endsAt: row.endsAt, label: row.slotLabel }, locale),
    ],
    [t('publication.page.labels.place'), placeOf(row, t)],
    [
      t('publication.page.labels.team'),
      others.length > 0 ? teamText(others, locale, t) : t('publication.mail.proposal.teamAlone'),
    ],
  ];
  return `<dl>${entries
    .filter(([, value]) => value)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('')}</dl>`;
}
