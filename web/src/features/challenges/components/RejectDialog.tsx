import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { REGISTRATION_LIMITS } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../lib/field-errors';

interface RejectDialogProps {
  opened: boolean;
  count: number;
  loading: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks for the one reason that is mailed to the nonprofits of all ticked challenges. */
export function RejectDialog({ opened, count, loading, error, onCancel, onConfirm }: RejectDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const fieldError = fieldErrorsOf(error).find((problem) => problem.path === 'reason')?.message;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm(reason);
  }

  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('curation.rejectDialog.title', { count })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text>{t('curation.rejectDialog.intro')}</Text>
          <Textarea
            id="bulk-reject-reason"
            label={t('challenges.curation.reason')}
            description={t('challenges.curation.reasonHelp')}
            value={reason}
            onChange={(change) => setReason(change.currentTarget.value)}
            error={fieldError}
            maxLength={REGISTRATION_LIMITS.messageMax}
            rows={3}
            required
            data-autofocus
          />
          <Group gap="sm">
            <Button type="submit" color="red.9" loading={loading}>
              {t('curation.rejectDialog.confirm', { count })}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('challenges.contactActions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
