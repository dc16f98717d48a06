import { type UiLocale } from '@skillshift/shared';
import { signLink } from '../common/signed-links/signed-link';

/** The purpose of the Accept/Decline links; a link signed for another purpose (feedback, keep account) never works here. */
export const PROPOSAL_LINK_PURPOSE = 'proposal-answer';

export type LinkAnswer = 'accept' | 'decline';

/**
 * The two links of a proposal mail. One token serves both (it names the proposal and works until its answer
 * deadline); the path names the proposal and the answer, so a token pasted under another proposal's id is refused.
 */
export function proposalLinks(
  config: { appSecret: string; publicUrl: string },
  proposal: { id: string; answerDeadline: Date },
  locale: UiLocale,
): Record<LinkAnswer, string> {
  const token = signLink(config.appSecret, {
    purpose: PROPOSAL_LINK_PURPOSE,
    subject: proposal.id,
    expiresAt: proposal.answerDeadline,
  });
  const link = (answer: LinkAnswer) =>
    `${config.publicUrl}/api/proposals/${proposal.id}/${answer}?token=${encodeURIComponent(token)}&lang=${locale}`;
  return { accept: link('accept'), decline: link('decline') };
}
