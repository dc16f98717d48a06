import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatSentAt } from '../format';
import { type DevMail } from '../hooks/useMailbox';

interface MailDetailProps {
  mail: DevMail;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Only web links become anchors; anything else (javascript:, data:) stays inert text. */
function isWebLink(link: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(link).protocol);
  } catch {
    return false;
  }
}

/**
 * Shows the plain-text part only. The HTML part is never injected into the page: mail HTML
 * is untrusted markup, and every link in it is listed below as an ordinary anchor anyway.
 */
export function MailDetail({ mail, headingRef }: MailDetailProps) {
  const { t, i18n } = useTranslation();

  return (
    <Paper withBorder p="lg" component="article" aria-labelledby={`mail-${mail.id}`}>
      <Stack gap="md">
        <Title order={2} id={`mail-${mail.id}`} ref={headingRef} tabIndex={-1}>
          {mail.subject || t('mailbox.noSubject')}
        </Title>
        <dl className="event-facts">
          <dt>{t('mailbox.to')}</dt>
          <dd>{mail.to}</dd>
          <dt>{t('mailbox.sentAt')}</dt>
          <dd>
            <time dateTime={mail.createdAt}>{formatSentAt(mail.createdAt, currentLanguage(i18n))}</time>
          </dd>
        </dl>
        <Text className="preserve-lines mail-text">{mail.text}</Text>
        <Title order={3}>{t('mailbox.links')}</Title>
        {mail.links.length === 0 ? (
          <Text>{t('mailbox.noLinks')}</Text>
        ) : (
          <Stack component="ul" gap="xs" className="plain-list">
            {mail.links.map((link) => (
              <li key={link}>
                {isWebLink(link) ? <Anchor href={link}>{link}</Anchor> : <Text component="span">{link}</Text>}
              </li>
            ))}
          </Stack>
        )}
        {mail.attachments && mail.attachments.length > 0 && (
          <>
            <Title order={3}>{t('mailbox.attachments')}</Title>
            <Stack component="ul" gap="xs" className="plain-list">
              {mail.attachments.map((name, index) => (
                <li key={name}>
                  <Anchor href={`/dev/mailbox-attachments/${encodeURIComponent(mail.id)}/${index}`} download={name}>
                    {name}
                  </Anchor>
                </li>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
