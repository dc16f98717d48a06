import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { REGISTRATION_LIMITS } from '@skillshift/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, stillStanding } from '../../../lib/field-errors';

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
  // The reason last sent: its error shows while the field still holds it, and goes as soon as it is corrected.
  const [sent, setSent] = useState<{ reason: string } | null>(null);
  const refused = fieldErrorsOf(error).filter((problem) => problem.path === 'reason');
  const fieldError = stillStanding(refused, sent, { reason })[0]?.message;
  // A refused reason takes keyboard focus to the field, whose error is then read out with it (it stayed on the button).
  const field = useRef<HTMLTextAreaElement>(null);
  const named = refused.length > 0;
  useEffect(() => {
    if (named) field.current?.focus();
  }, [error, named]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent({ reason });
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
            ref={field}
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
