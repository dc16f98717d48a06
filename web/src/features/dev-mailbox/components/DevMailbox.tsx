import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { useMailbox } from '../hooks/useMailbox';
import { MailDetail } from './MailDetail';
import { MailList } from './MailList';

export function DevMailbox() {
  const { t } = useTranslation();
  const { state, refresh } = useMailbox();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);

  if (state.status === 'loading') return <LoadingState label={t('mailbox.loading')} />;
  if (state.status === 'unavailable') return <Text role="status">{t('mailbox.notAvailable')}</Text>;
  if (state.status === 'error') return <ErrorState message={t('mailbox.error')} onRetry={refresh} />;

  const { mails } = state;
  const selected = mails.find((mail) => mail.id === selectedId) ?? null;

  // Reading the chosen mail is the next thing the person wants; on small screens it is below the list.
  function select(id: string) {
    setSelectedId(id);
    requestAnimationFrame(() => detailHeading.current?.focus());
  }

  return (
    <Stack gap="md">
      <Text>{t('mailbox.intro')}</Text>
      <Group justify="space-between">
        <Title order={2}>{t('mailbox.listTitle')}</Title>
        <Group gap="sm">
          <Text role="status">{t('mailbox.count', { count: mails.length })}</Text>
          <Button variant="default" onClick={refresh}>
            {t('mailbox.refresh')}
          </Button>
        </Group>
      </Group>
      {mails.length === 0 ? (
        <Text>{t('mailbox.empty')}</Text>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <MailList mails={mails} selectedId={selected?.id ?? null} onSelect={select} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <MailDetail mail={selected} headingRef={detailHeading} />
            ) : (
              <Text>{t('mailbox.selectHint')}</Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
