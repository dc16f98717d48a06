import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { canMoveChallenge, REGISTRATION_LIMITS } from '@skillshift/shared';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChallengeFieldsFragment } from '../../../gql/graphql';
import { fieldErrorsOf, graphQLErrorWithCode, stillStanding } from '../../../lib/field-errors';
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
  // What each form last sent: its error shows while the field still holds that, and goes as soon as it is corrected.
  const [sent, setSent] = useState<{ question?: string; reason?: string; priority?: string }>({});
  const fieldError = (path: 'question' | 'reason' | 'priority', error: unknown) =>
    stillStanding(
      fieldErrorsOf(error).filter((problem) => problem.path === path),
      { [path]: sent[path] },
      { question, reason, priority },
    )[0]?.message;
  const questionField = useRef<HTMLTextAreaElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const priorityField = useRef<HTMLSelectElement>(null);
  const can = (to: 'NEEDS_INFO' | 'ACCEPTED' | 'REJECTED') => canMoveChallenge(challenge.status, to, 'ORGANIZER');

  /**
   * Runs a decision; a refusal that names the form's field takes keyboard focus to that field, whose error is then
   * read out with it (focus stayed on the button, and nothing said what was wrong).
   */
  async function act(run: () => Promise<unknown>, done: string, field?: RefObject<HTMLElement | null>, path?: string) {
    setAnnouncement('');
    let failure: unknown;
    const result = await run().catch((error: unknown) => {
      failure = error;
      return null;
    });
    if (result) setAnnouncement(done);
    else if (field && fieldErrorsOf(failure).some((problem) => problem.path === path)) field.current?.focus();
    return result;
  }

  function submitQuestion(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent((current) => ({ ...current, question }));
    void act(
      () => ask({ variables: { id: challenge.id, question } }),
      t('challenges.curation.asked'),
      questionField,
      'question',
    ).then((result) => result && setQuestion(''));
  }

  function submitRejection(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent((current) => ({ ...current, reason }));
    void act(
      () => reject({ variables: { id: challenge.id, reason } }),
      t('challenges.curation.rejected'),
      reasonField,
      'reason',
    ).then((result) => result && setReason(''));
  }

  function submitPriority(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent((current) => ({ ...current, priority }));
    void act(
      () => prioritise({ variables: { id: challenge.id, priority: Number(priority) } }),
      t('challenges.curation.prioritySaved', { priority }),
      priorityField,
      'priority',
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
            ref={priorityField}
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
              ref={questionField}
              id="curation-question"
              label={t('challenges.curation.question')}
              description={t('challenges.curation.questionHelp')}
              value={question}
              onChange={(event) => setQuestion(event.currentTarget.value)}
              error={fieldError('question', asking.error)}
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
              ref={reasonField}
              id="curation-reason"
              label={t('challenges.curation.reason')}
              description={t('challenges.curation.reasonHelp')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={fieldError('reason', rejecting.error)}
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
