import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Textarea, Title } from '@mantine/core';
import { canMoveChallenge, eventPermits, REGISTRATION_LIMITS } from '@skillshift/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type ChallengeFieldsFragment } from '../../../gql/graphql';
import { graphQLErrorWithCode } from '../../../lib/field-errors';
import { DeleteChallengeMutation, WithdrawChallengeMutation } from '../graphql/challenges';

interface ContactActionsProps {
  challenge: ChallengeFieldsFragment;
  eventStatus: Parameters<typeof eventPermits>[0];
}

/** What the nonprofit can do next: finish or improve the brief, delete a draft, withdraw the challenge. */
export function ContactActions({ challenge, eventStatus }: ContactActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<'delete' | 'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const [deleteChallenge, deletion] = useMutation(DeleteChallengeMutation);
  const [withdrawChallenge, withdrawal] = useMutation(WithdrawChallengeMutation);
  const refused = graphQLErrorWithCode(deletion.error ?? withdrawal.error, 'CONFLICT');
  const editable = ['DRAFT', 'SUBMITTED', 'NEEDS_INFO'].includes(challenge.status);
  const canWithdraw =
    canMoveChallenge(challenge.status, 'WITHDRAWN', 'NONPROFIT') && eventPermits(eventStatus, 'curateChallenges');

  async function remove() {
    const result = await deleteChallenge({ variables: { id: challenge.id } }).catch(() => null);
    if (result?.data?.deleteChallenge) void navigate(`/nonprofits/${challenge.nonprofitId}`);
  }

  async function withdraw() {
    const result = await withdrawChallenge({ variables: { id: challenge.id, reason: reason || null } }).catch(
      () => null,
    );
    if (result?.data) setConfirming(null);
  }

  if (!editable && !canWithdraw) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby="contact-actions">
      <Title order={2} id="contact-actions">
        {t('challenges.contactActions.title')}
      </Title>
      {refused && (
        <Alert color="red" variant="light" title={t('challenges.editor.refused')}>
          {refused}
        </Alert>
      )}
      <Group gap="sm">
        {editable && (
          <Button component={Link} to={`/challenges/${challenge.id}/edit`}>
            {t(challenge.status === 'DRAFT' ? 'challenges.contactActions.finish' : 'challenges.contactActions.edit')}
          </Button>
        )}
        {challenge.status === 'DRAFT' && (
          <Button variant="default" onClick={() => setConfirming('delete')}>
            {t('challenges.contactActions.delete')}
          </Button>
        )}
        {canWithdraw && (
          <Button variant="default" onClick={() => setConfirming('withdraw')}>
            {t('challenges.contactActions.withdraw')}
          </Button>
        )}
      </Group>
      {confirming === 'delete' && (
        <Group gap="sm">
          <Button color="red" loading={deletion.loading} onClick={() => void remove()}>
            {t('challenges.contactActions.deleteConfirm', { title: challenge.title })}
          </Button>
          <Button variant="default" onClick={() => setConfirming(null)}>
            {t('challenges.contactActions.cancel')}
          </Button>
        </Group>
      )}
      {confirming === 'withdraw' && (
        <Stack gap="sm">
          <Textarea
            id="withdraw-reason"
            label={t('challenges.contactActions.withdrawReason')}
            description={t('challenges.contactActions.withdrawReasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={REGISTRATION_LIMITS.messageMax}
            rows={2}
            data-autofocus
          />
          <Group gap="sm">
            <Button color="red" loading={withdrawal.loading} onClick={() => void withdraw()}>
              {t('challenges.contactActions.withdrawConfirm', { title: challenge.title })}
            </Button>
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('challenges.contactActions.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
