import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { canMoveChallenge, REGISTRATION_LIMITS } from '@skillshift/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChallengeFieldsFragment } from '../../../gql/graphql';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import {
  AcceptChallengeMutation,
  AskChallengeQuestionMutation,
  RejectChallengeMutation,
  SetChallengePriorityMutation,
} from '../graphql/curation';

const PRIORITIES = Array.from(
  { length: REGISTRATION_LIMITS.priorityMax - REGISTRATION_LIMITS.priorityMin + 1 },
  (_, index) => REGISTRATION_LIMITS.priorityMin + index,
);

const QUESTION_ID = 'curation-question';
const REASON_ID = 'curation-reason';

/** The organizers' decisions on one challenge: priority, a question to the nonprofit, accept, reject with a reason. */
export function CurationActions({ challenge }: { challenge: ChallengeFieldsFragment }) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [reason, setReason] = useState('');
  const [priority, setPriority] = useState(String(challenge.priority ?? REGISTRATION_LIMITS.priorityMin));
  const [announcement, setAnnouncement] = useState('');
  const [ask, asking] = useMutation(AskChallengeQuestionMutation);
  const [accept, accepting] = useMutation(AcceptChallengeMutation);
  const [reject, rejecting] = useMutation(RejectChallengeMutation);
  const [prioritise, prioritising] = useMutation(SetChallengePriorityMutation);
  const busy = asking.loading || accepting.loading || rejecting.loading || prioritising.loading;
  const lastError = asking.error ?? accepting.error ?? rejecting.error ?? prioritising.error;
  const refused = graphQLErrorWithCode(lastError, 'CONFLICT');
  const fieldError = (path: string, error: unknown) =>
    fieldErrorsOf(error).find((problem) => problem.path === path)?.message;
  const can = (to: 'NEEDS_INFO' | 'ACCEPTED' | 'REJECTED') => canMoveChallenge(challenge.status, to, 'ORGANIZER');
  // A refused question or reason takes keyboard focus to its field, whose error is then read out with it; it stayed
  // on the button, and the status line above says nothing about a failure (as in the nonprofit's AnswerForm).
  const questionError = fieldError('question', asking.error);
  const reasonError = fieldError('reason', rejecting.error);
  useEffect(() => {
    if (questionError) document.getElementById(QUESTION_ID)?.focus();
  }, [asking.error, questionError]);
  useEffect(() => {
    if (reasonError) document.getElementById(REASON_ID)?.focus();
  }, [rejecting.error, reasonError]);

  async function act(run: () => Promise<unknown>, done: string) {
    setAnnouncement('');
    const result = await run().catch(() => null);
    if (result) setAnnouncement(done);
    return result;
  }

  function submitQuestion(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void act(() => ask({ variables: { id: challenge.id, question } }), t('challenges.curation.asked')).then(
      (result) => result && setQuestion(''),
    );
  }

  function submitRejection(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void act(() => reject({ variables: { id: challenge.id, reason } }), t('challenges.curation.rejected')).then(
      (result) => result && setReason(''),
    );
  }

  function submitPriority(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void act(
      () => prioritise({ variables: { id: challenge.id, priority: Number(priority) } }),
      t('challenges.curation.prioritySaved', { priority }),
    );
  }

  return (
    <Stack component="section" gap="md" aria-labelledby="curation-actions">
      <Title order={2} id="curation-actions">
        {t('challenges.curation.title')}
      </Title>
      {refused && (
        <Alert color="red" variant="light" title={t('challenges.editor.refused')}>
          {refused}
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      <form onSubmit={submitPriority} noValidate>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            id="curation-priority"
            label={t('challenges.curation.priority')}
            description={t('challenges.curation.priorityHelp')}
            value={priority}
            onChange={(event) => setPriority(event.currentTarget.value)}
            data={PRIORITIES.map((value) => ({
              value: String(value),
              label: t('challenges.curation.priorityOption', { priority: value }),
            }))}
            error={fieldError('priority', prioritising.error)}
          />
          <Button type="submit" variant="default" disabled={busy}>
            {t('challenges.curation.savePriority')}
          </Button>
        </Group>
      </form>
      {can('ACCEPTED') && (
        <div>
          <Button
            disabled={busy}
            onClick={() =>
              void act(() => accept({ variables: { id: challenge.id } }), t('challenges.curation.accepted'))
            }
          >
            {t('challenges.curation.accept')}
          </Button>
        </div>
      )}
      {can('NEEDS_INFO') && (
        <form onSubmit={submitQuestion} noValidate>
          <Stack gap="xs">
            <Textarea
              id={QUESTION_ID}
              label={t('challenges.curation.question')}
              description={t('challenges.curation.questionHelp')}
              value={question}
              onChange={(event) => setQuestion(event.currentTarget.value)}
              error={questionError}
              maxLength={REGISTRATION_LIMITS.messageMax}
              rows={2}
              required
            />
            <div>
              <Button type="submit" variant="default" disabled={busy}>
                {t('challenges.curation.ask')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
      {can('REJECTED') && (
        <form onSubmit={submitRejection} noValidate>
          <Stack gap="xs">
            <Textarea
              id={REASON_ID}
              label={t('challenges.curation.reason')}
              description={t('challenges.curation.reasonHelp')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError}
              maxLength={REGISTRATION_LIMITS.messageMax}
              rows={2}
              required
            />
            <div>
              <Button type="submit" color="red.9" variant="outline" disabled={busy}>
                {t('challenges.curation.reject')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
