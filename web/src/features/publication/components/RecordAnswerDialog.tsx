import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { PUBLICATION_LIMITS } from '@skillshift/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { type ProposalAnswer, type PublicationFieldsFragment as Publication } from '../../../gql/graphql';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { type FragmentType, getFragmentData } from '../../../gql';
import {
  PublicationFieldsFragment,
  PublicationQuery,
  RecordProposalAnswerMutation,
  RecordProposalCancellationMutation,
} from '../graphql/publication';

type Place = Publication['teams'][number]['places'][number];

/** What the organizer records for a volunteer: their answer to a proposal, or that they call off an accepted place. */
export interface RecordTarget {
  mode: 'answer' | 'cancel';
  place: Place;
  teamTitle: string;
  /** the proposals of the place's team before the answer: a new one after it is an automatic replacement */
  teamProposals: readonly string[];
}

/**
 * The replacement the publication proposed by itself for the freed place (auto-backfill): a place in the team that was
 * not there before. Undefined where none was proposed.
 */
function replacementIn(publication: Publication, target: RecordTarget): Place | undefined {
  const team = publication.teams.find((candidate) =>
    candidate.places.some((place) => place.proposalId === target.place.proposalId),
  );
  return team?.places.find((place) => !target.teamProposals.includes(place.proposalId));
}

/**
 * The organizer records what a volunteer said by phone, in person or on paper (people without an e-mail address get
 * no links to answer with): accept or decline with an optional note, or call off an accepted place with a reason.
 * The server applies the same rules as to the volunteer's own answer; the page's list updates from its answer.
 */
export function RecordAnswerDialog({
  eventId,
  target,
  onClose,
  onRecorded,
}: {
  eventId: string;
  target: RecordTarget | null;
  onClose: () => void;
  onRecorded: (announcement: string) => void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<ProposalAnswer | null>(null);
  const [answerMissing, setAnswerMissing] = useState(false);
  const [note, setNote] = useState('');
  // Each answer is the whole publication: it replaces the page's query in the cache, so the list updates at once.
  const [recordAnswer, answerState] = useMutation(RecordProposalAnswerMutation, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: PublicationQuery,
          variables: { eventId },
          data: { publication: data.recordProposalAnswer },
        });
    },
  });
  const [recordCancellation, cancelState] = useMutation(RecordProposalCancellationMutation, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: PublicationQuery,
          variables: { eventId },
          data: { publication: data.recordProposalCancellation },
        });
    },
  });
  const state = target?.mode === 'cancel' ? cancelState : answerState;
  const noteError = fieldErrorsOf(state.error).find((field) => field.path === 'note')?.message;
  const refusal = graphQLErrorWithCode(state.error, 'CONFLICT');
  // A refusal comes back while the submit button is still busy (and so without focus): focus goes to what it says.
  const refusalRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) (refusalRef.current ?? noteRef.current)?.focus();
  }, [refusals]);
  // Once something is recorded, the page puts focus where the change is: the dialog must not hand it back to the
  // button that opened it (gone, or a step behind). Each new opening returns focus on Escape again.
  const [returnFocus, setReturnFocus] = useState(true);
  const [openedFor, setOpenedFor] = useState(target);
  if (target !== openedFor) {
    setOpenedFor(target);
    if (target) setReturnFocus(true);
  }

  function reset() {
    setAnswer(null);
    setAnswerMissing(false);
    setNote('');
    answerState.reset();
    cancelState.reset();
  }

  function close() {
    reset();
    onClose();
  }

  // (with auto-backfill the freed place has been offered to someone else already: the announcement names them)
  const withReplacement = (text: string, answered: FragmentType<typeof PublicationFieldsFragment>) => {
    const after = getFragmentData(PublicationFieldsFragment, answered);
    const replacement = target && after ? replacementIn(after, target) : undefined;
    if (!replacement) return text;
    const key = replacement.mailed ? 'replacementProposed' : 'replacementProposedUnmailed';
    return `${text} ${t(`publication.status.record.${key}`, { name: replacement.firstName })}`;
  };

  async function submit() {
    if (!target) return;
    const name = target.place.firstName;
    const variables = { proposalId: target.place.proposalId, note: note.trim() || null };
    if (target.mode === 'cancel') {
      const result = await recordCancellation({ variables }).catch(() => null);
      if (!result?.data) {
        setRefusals((count) => count + 1);
        return;
      }
      setReturnFocus(false);
      reset();
      onRecorded(
        withReplacement(
          t('publication.status.record.recordedCancel', { name }),
          result.data.recordProposalCancellation,
        ),
      );
      return;
    }
    if (!answer) {
      setAnswerMissing(true);
      document.getElementById('record-answer-ACCEPT')?.focus();
      return;
    }
    const result = await recordAnswer({ variables: { ...variables, answer } }).catch(() => null);
    if (!result?.data) {
      setRefusals((count) => count + 1);
      return;
    }
    setReturnFocus(false);
    reset();
    onRecorded(
      withReplacement(t(`publication.status.record.recorded${answer}`, { name }), result.data.recordProposalAnswer),
    );
  }

  const name = target?.place.firstName ?? '';
  const cancelling = target?.mode === 'cancel';
  return (
    <Modal
      opened={target !== null}
      onClose={close}
      returnFocus={returnFocus}
      title={
        target
          ? t(cancelling ? 'publication.status.record.cancelTitle' : 'publication.status.record.answerTitle', { name })
          : ''
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <Text>
              {t(cancelling ? 'publication.status.record.cancelText' : 'publication.status.record.answerText', {
                name,
                title: target.teamTitle,
              })}
            </Text>
            {!cancelling && (
              <Text size="sm">
                {t(target.place.mailed ? 'publication.status.record.receipt' : 'publication.status.record.noReceipt', {
                  name,
                })}
              </Text>
            )}
            {refusal && (
              <RefusalAlert ref={refusalRef} title={t('publication.status.record.refused')}>
                {refusal}
              </RefusalAlert>
            )}
            {!cancelling && (
              <Radio.Group
                label={t('publication.status.record.answerLabel')}
                value={answer}
                onChange={(value) => {
                  setAnswer(value as ProposalAnswer);
                  setAnswerMissing(false);
                }}
                error={answerMissing ? t('publication.status.record.answerMissing') : undefined}
                withAsterisk
              >
                <Stack gap="xs" mt={4}>
                  <Radio
                    id="record-answer-ACCEPT"
                    value="ACCEPT"
                    label={t('publication.status.record.accept')}
                    aria-invalid={answerMissing || undefined}
                    data-autofocus
                  />
                  <Radio
                    id="record-answer-DECLINE"
                    value="DECLINE"
                    label={t('publication.status.record.decline')}
                    aria-invalid={answerMissing || undefined}
                  />
                </Stack>
              </Radio.Group>
            )}
            <Textarea
              label={t(cancelling ? 'publication.status.record.reason' : 'publication.status.record.note')}
              description={t(
                cancelling ? 'publication.status.record.reasonHint' : 'publication.status.record.noteHint',
                {
                  name,
                },
              )}
              ref={noteRef}
              value={note}
              maxLength={PUBLICATION_LIMITS.reasonMax}
              error={noteError}
              onChange={(event) => setNote(event.currentTarget.value)}
              {...(cancelling ? { 'data-autofocus': true } : {})}
            />
            <Group gap="sm">
              <Button type="submit" color={cancelling ? 'red' : undefined} loading={state.loading}>
                {t(cancelling ? 'publication.status.record.submitCancel' : 'publication.status.record.submitAnswer')}
              </Button>
              <Button variant="default" onClick={close}>
                {t(cancelling ? 'publication.status.record.keep' : 'publication.status.record.dismiss')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
