import { type UiLocale } from '@skillshift/shared';
import { signLink } from '../common/signed-links/signed-link';

/** The purpose of feedback links; a link signed for another purpose never works here. */
export const FEEDBACK_LINK_PURPOSE = 'feedback';
/** The purpose of the three-month question's links. */
export const STILL_IN_USE_LINK_PURPOSE = 'still-in-use';

type LinkConfig = { appSecret: string; publicUrl: string };

/** The link in a feedback mail: it names the request, and works until the request expires. */
export function feedbackLink(config: LinkConfig, request: { id: string; expiresAt: Date }, locale: UiLocale): string {
  const token = signLink(config.appSecret, {
    purpose: FEEDBACK_LINK_PURPOSE,
    subject: request.id,
    expiresAt: request.expiresAt,
  });
  return `${config.publicUrl}/api/feedback/${request.id}?token=${encodeURIComponent(token)}&lang=${locale}`;
}

export function stillInUseLink(config: LinkConfig, check: { id: string; expiresAt: Date }, locale: UiLocale): string {
  const token = signLink(config.appSecret, {
    purpose: STILL_IN_USE_LINK_PURPOSE,
    subject: check.id,
    expiresAt: check.expiresAt,
  });
  return `${config.publicUrl}/api/still-in-use/${check.id}?token=${encodeURIComponent(token)}&lang=${locale}`;
}
