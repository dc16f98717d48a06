import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { PUBLICATION_LIMITS } from '@skillshift/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { getFragmentData } from '../../../gql';
import { type VolunteerProposalFieldsFragment as Proposal } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { formatFullMoment } from '../../../lib/dates';
import { formatWhen, teamText } from '../format';
import { FeedbackInvitation } from './FeedbackInvitation';
import {
  AnswerProposalMutation,
  CancelProposalMutation,
  MyProposalsQuery,
  VolunteerProposalFieldsFragment,
} from '../graphql/publication';

/**
 * Teams still to come first, soonest first; then those of past editions, latest first (the server lists them by
 * date, which put last year's evening at the top).
 */
function upcomingFirst(proposals: readonly Proposal[] | null | undefined, now = Date.now()): Proposal[] | undefined {
  if (!proposals) return undefined;
  const past = (proposal: Proposal) => Date.parse(proposal.slot.endsAt) < now;
  const start = (proposal: Proposal) => Date.parse(proposal.slot.startsAt);
  return [...proposals.filter((proposal) => !past(proposal))].concat(
    proposals.filter(past).sort((a, b) => start(b) - start(a)),
  );
}

/**
 * The volunteer's part of the dashboard about teams: each proposal in plain words with Accept and Decline (the same
 * answer as the mail's links), an accepted place can be called off, and once the nonprofit confirmed, its contact.
 */
export function MyProposals() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyProposalsQuery, { fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  const [cancelling, setCancelling] = useState<Proposal | null>(null);
  const [declining, setDeclining] = useState<Proposal | null>(null);
  const proposals = upcomingFirst(getFragmentData(VolunteerProposalFieldsFragment, data?.myProposals));

  return (
    <Stack component="section" gap="md" aria-labelledby="my-proposals">
      <Title order={2} id="my-proposals">
        {t('publication.proposals.title')}
      </Title>
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      {loading && !data ? (
        <LoadingState label={t('publication.proposals.loading')} />
      ) : !proposals ? (
        error && <ErrorState message={t('publication.proposals.error')} onRetry={() => void refetch()} />
      ) : proposals.length === 0 ? (
        <Text>{t('publication.proposals.none')}</Text>
      ) : (
        <ul className="plain-list">
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <ProposalCard
                proposal={proposal}
                onAnnounce={setAnnouncement}
                onDecline={() => setDeclining(proposal)}
                onCancel={() => setCancelling(proposal)}
              />
            </li>
          ))}
        </ul>
      )}
      <DeclineDialog
        proposal={declining}
        onClose={() => setDeclining(null)}
        onDeclined={(title) => {
          setDeclining(null);
          setAnnouncement(t('publication.proposals.declined', { title }));
        }}
      />
      <CancelDialog
        proposal={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={(title) => {
          setCancelling(null);
          setAnnouncement(t('publication.proposals.cancelled', { title }));
        }}
      />
    </Stack>
  );
}

function ProposalCard({
  proposal,
  onAnnounce,
  onDecline,
  onCancel,
}: {
  proposal: Proposal;
  onAnnounce: (text: string) => void;
  onDecline: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [answer, { loading, error }] = useMutation(AnswerProposalMutation);
  const headingId = `proposal-${proposal.id}`;
  const title = proposal.challengeTitle;

  async function accept() {
    onAnnounce('');
    const result = await answer({ variables: { proposalId: proposal.id, answer: 'ACCEPT' } }).catch(() => null);
    if (result?.data) onAnnounce(t('publication.proposals.accepted', { title }));
  }

  const refusal = graphQLErrorWithCode(error, 'CONFLICT') ?? graphQLErrorWithCode(error, 'NOT_FOUND');
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        <Text fw={600}>
          {t('publication.proposals.status', { status: t(`publication.proposals.statuses.${proposal.status}`) })}
        </Text>
        <List spacing={2} size="sm">
          <List.Item>{t('publication.proposals.event', { event: proposal.eventName })}</List.Item>
          <List.Item>{t('publication.proposals.nonprofit', { name: proposal.nonprofitName })}</List.Item>
          <List.Item>{t('publication.proposals.when', { when: formatWhen(proposal.slot, language) })}</List.Item>
          <List.Item>{t('publication.proposals.where', { place: proposal.slot.place })}</List.Item>
        </List>
        {proposal.problem && <Text size="sm">{t('publication.proposals.problem', { text: proposal.problem })}</Text>}
        {proposal.goal && <Text size="sm">{t('publication.proposals.goal', { text: proposal.goal })}</Text>}
        <Text size="sm">
          {proposal.team.length > 0
            ? t('publication.proposals.team', { team: teamText(proposal.team, language, t) })
            : t('publication.proposals.teamAlone')}
        </Text>
        <FeedbackInvitation feedback={proposal.feedback} title={title} />
        {refusal && <RefusalAlert title={t('publication.proposals.refused')}>{refusal}</RefusalAlert>}
        {proposal.canAnswer && (
          <>
            <Text size="sm">
              {t('publication.proposals.deadline', { deadline: formatFullMoment(proposal.answerDeadline, language) })}
            </Text>
            <Group gap="sm">
              <Button
                loading={loading}
                onClick={() => void accept()}
                aria-label={t('publication.proposals.acceptFor', { title })}
              >
                {t('publication.proposals.accept')}
              </Button>
              <Button
                variant="default"
                disabled={loading}
                onClick={onDecline}
                aria-label={t('publication.proposals.declineFor', { title })}
              >
                {t('publication.proposals.decline')}
              </Button>
            </Group>
          </>
        )}
        {proposal.status === 'ACCEPTED' &&
          (proposal.contactRevealed ? (
            <Stack gap={4} component="section" aria-labelledby={`${headingId}-contacts`}>
              <Title order={4} size="h5" id={`${headingId}-contacts`}>
                {t('publication.proposals.contactsTitle')}
              </Title>
              <List spacing={4} size="sm">
                {proposal.nonprofitContacts.map((contact) => (
                  <List.Item key={`${contact.name}:${contact.email ?? ''}`}>
                    <Text fw={600} size="sm">
                      {contact.name}
                    </Text>
                    {contact.email && (
                      <Text size="sm">
                        {t('publication.proposals.email')}
                        <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
                      </Text>
                    )}
                    {contact.phone && (
                      <Text size="sm">
                        {t('publication.proposals.phone')}
                        <Anchor href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</Anchor>
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            </Stack>
          ) : (
            // (once feedback is asked for, the event is over: nobody waits for a confirmation any more)
            !proposal.feedback && <Text size="sm">{t('publication.proposals.waitingForNonprofit')}</Text>
          ))}
        {proposal.canCancel && (
          <Group>
            <Button variant="default" onClick={onCancel} aria-label={t('publication.proposals.cancelFor', { title })}>
              {t('publication.proposals.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Declining frees the place for someone else and cannot be taken back: asked first, as the mail's link does. */
function DeclineDialog({
  proposal,
  onClose,
  onDeclined,
}: {
  proposal: Proposal | null;
  onClose: () => void;
  onDeclined: (title: string) => void;
}) {
  const { t } = useTranslation();
  const [answer, { loading, error, reset }] = useMutation(AnswerProposalMutation);
  const refusal = graphQLErrorWithCode(error, 'CONFLICT') ?? graphQLErrorWithCode(error, 'NOT_FOUND');

  function close() {
    reset();
    onClose();
  }

  async function submit() {
    if (!proposal) return;
    const result = await answer({ variables: { proposalId: proposal.id, answer: 'DECLINE' } }).catch(() => null);
    if (result?.data) {
      reset();
      onDeclined(proposal.challengeTitle);
    }
  }

  return (
    <Modal
      opened={proposal !== null}
      onClose={close}
      title={proposal ? t('publication.proposals.declineTitle', { title: proposal.challengeTitle }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('publication.proposals.declineText')}</Text>
        {refusal && <RefusalAlert title={t('publication.proposals.refused')}>{refusal}</RefusalAlert>}
        {/* Focus starts on keeping the proposal: a second Enter must not decline it. */}
        <Group gap="sm">
          <Button color="red" loading={loading} onClick={() => void submit()}>
            {t('publication.proposals.declineConfirm')}
          </Button>
          <Button variant="default" onClick={close} data-autofocus>
            {t('publication.proposals.keepProposal')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CancelDialog({
  proposal,
  onClose,
  onCancelled,
}: {
  proposal: Proposal | null;
  onClose: () => void;
  onCancelled: (title: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [cancel, { loading, error, reset }] = useMutation(CancelProposalMutation);
  const reasonError = fieldErrorsOf(error).find((field) => field.path === 'reason')?.message;
  const refusal = graphQLErrorWithCode(error, 'CONFLICT');

  function close() {
    setReason('');
    reset();
    onClose();
  }

  async function submit() {
    if (!proposal) return;
    const result = await cancel({ variables: { proposalId: proposal.id, reason: reason || null } }).catch(() => null);
    if (result?.data) {
      setReason('');
      reset();
      onCancelled(proposal.challengeTitle);
    }
  }

  return (
    <Modal
      opened={proposal !== null}
      onClose={close}
      title={proposal ? t('publication.proposals.cancelTitle', { title: proposal.challengeTitle }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('publication.proposals.cancelText')}</Text>
        {refusal && <RefusalAlert title={t('publication.proposals.refused')}>{refusal}</RefusalAlert>}
        <Textarea
          label={t('publication.proposals.reason')}
          value={reason}
          maxLength={PUBLICATION_LIMITS.reasonMax}
          error={reasonError}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        <Group gap="sm">
          <Button color="red" loading={loading} onClick={() => void submit()}>
            {t('publication.proposals.cancelConfirm')}
          </Button>
          <Button variant="default" onClick={close}>
            {t('publication.proposals.keep')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
