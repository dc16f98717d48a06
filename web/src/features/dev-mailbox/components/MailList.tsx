import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { type DevMail } from '../hooks/useMailbox';
import { formatSentAt } from '../format';

interface MailListProps {
  mails: DevMail[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function MailList({ mails, selectedId, onSelect }: MailListProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);

  return (
    <Stack component="ul" gap={0} className="plain-list mail-list">
      {mails.map((mail) => (
        <li key={mail.id}>
          <UnstyledButton
            className="mail-list-item"
            aria-current={mail.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(mail.id)}
          >
            <Text component="span" fw={700} display="block">
              {mail.subject || t('mailbox.noSubject')}
            </Text>
            <Text component="span" size="sm" display="block">
              {t('mailbox.to')}: {mail.to}
            </Text>
            <Text component="span" size="sm" display="block">
              <time dateTime={mail.createdAt}>{formatSentAt(mail.createdAt, language)}</time>
            </Text>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
