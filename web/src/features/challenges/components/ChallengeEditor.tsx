import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { getFragmentData } from '../../../gql';
import { type ChallengeEventFieldsFragment, type ChallengeFieldsFragment } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { formatFullMoment } from '../../../lib/dates';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { emptyChallenge, fromChallenge, toChallengeInput } from '../challenge-form-values';
import {
  ChallengeFieldsFragment as ChallengeFragment,
  CreateChallengeMutation,
  SubmitChallengeMutation,
  UpdateChallengeMutation,
} from '../graphql/challenges';
import { challengeFieldIdFor, ChallengeFields } from './ChallengeFields';

interface ChallengeEditorProps {
  nonprofitId: string;
  event: ChallengeEventFieldsFragment;
  /** The stored challenge when editing; a new one is created as a draft on the first save. */
  challenge?: ChallengeFieldsFragment;
  /** What the new-challenge page saved before it moved to this challenge's edit page (see `EditorHandover`). */
  handover?: EditorHandover;
}

/**
 * After its first save as a draft, a new challenge's form moves to the challenge's own edit page (so a reload keeps
 * the draft and the next save does not create a second one); this travels in the history entry's state.
 */
export interface EditorHandover {
  saved: 'draftSaved';
}

export function handoverOf(state: unknown): EditorHandover | undefined {
  const handover = (state as { editorHandover?: EditorHandover } | null)?.editorHandover;
  return handover?.saved === 'draftSaved' ? handover : undefined;
}

/**
 * The nonprofit's form for one challenge. "Save draft" keeps unfinished work; "Submit" sends the content with the
 * submission, which the server checks as a whole: a submission that lacks something names every missing field and
 * changes nothing (a new challenge is not created, a draft keeps its stored content). A submitted challenge can be
 * improved (it must stay complete).
 */
export function ChallengeEditor({ nonprofitId, event, challenge, handover }: ChallengeEditorProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(() => (challenge ? fromChallenge(challenge) : emptyChallenge(event)));
  const id = challenge?.id ?? null;
  const status = challenge?.status ?? 'DRAFT';
  const [saved, setSaved] = useState(() => (handover ? t('challenges.editor.draftSaved') : ''));
  const [error, setError] = useState<unknown>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const [busy, setBusy] = useState(false);
  const [createChallenge] = useMutation(CreateChallengeMutation);
  const [updateChallenge] = useMutation(UpdateChallengeMutation);
  const [submitChallenge] = useMutation(SubmitChallengeMutation);
  const isDraft = status === 'DRAFT';

  const problems = error ? fieldErrorsOf(error) : [];
  const refused = error ? graphQLErrorWithCode(error, 'CONFLICT') : undefined;

  // Arriving from the new-challenge page: the message of the save that brought the person here takes focus (after the
  // layout moved focus to the new page's heading).
  useEffect(() => {
    if (!handover) return;
    const timer = window.setTimeout(() => savedRef.current?.focus(), 100);
    return () => window.clearTimeout(timer);
  }, [handover]);

  /** Moves a draft just created to its own edit page, replacing the new-challenge page in the history. */
  function moveToEditPage(createdId: string) {
    const moved: EditorHandover = { saved: 'draftSaved' };
    void navigate(`/challenges/${createdId}/edit`, { replace: true, state: { editorHandover: moved } });
  }
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const summary = problems.map((problem) => ({ fieldId: challengeFieldIdFor(problem.path), message: problem.message }));

  /** Saves the form as it is: creates the draft, or updates the stored challenge. */
  async function save(): Promise<void> {
    const input = toChallengeInput(values);
    if (!id) {
      const result = await createChallenge({ variables: { nonprofitId, eventId: event.id, input } });
      const created = getFragmentData(ChallengeFragment, result.data?.createChallenge);
      if (created) moveToEditPage(created.id);
      return;
    }
    const result = await updateChallenge({ variables: { id, input } });
    if (result.data) setSaved(t(isDraft ? 'challenges.editor.draftSaved' : 'challenges.editor.changesSaved'));
  }

  /** Submits the content as one request, so the server names everything missing at once and refuses it whole. */
  async function submitContent(): Promise<void> {
    const input = toChallengeInput(values);
    const result = id
      ? getFragmentData(ChallengeFragment, (await submitChallenge({ variables: { id, input } })).data?.submitChallenge)
      : getFragmentData(
          ChallengeFragment,
          (await createChallenge({ variables: { nonprofitId, eventId: event.id, input, submit: true } })).data
            ?.createChallenge,
        );
    if (result) void navigate(`/challenges/${result.id}`, { state: { notice: 'submitted' } });
  }

  async function run(action: 'save' | 'submit') {
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      if (action === 'submit' && isDraft) await submitContent();
      else await save();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    void run('submit');
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {event.nonprofitDeadline && isDraft && (
          <Text>
            {t('challenges.editor.deadline', {
              deadline: formatFullMoment(event.nonprofitDeadline, currentLanguage(i18n)),
            })}
          </Text>
        )}
        {isDraft && !event.acceptsChallenges && (
          <Alert color="gray" variant="light" title={t('challenges.editor.closedTitle')}>
            {t('challenges.editor.closed')}
          </Alert>
        )}
        <ErrorSummary items={summary} />
        {refused && (
          <Alert color="red" variant="light" title={t('challenges.editor.refused')}>
            {refused}
          </Alert>
        )}
        <ChallengeFields values={values} onChange={setValues} event={event} prefix="input" errorFor={errorFor} />
        <div role="status" aria-live="polite">
          {saved && (
            <Text fw={600} ref={savedRef} tabIndex={-1}>
              {saved}
            </Text>
          )}
        </div>
        <Group gap="sm">
          {isDraft ? (
            <>
              <Button
                type="button"
                variant="default"
                loading={busy}
                disabled={!event.acceptsChallenges}
                onClick={() => void run('save')}
              >
                {t('challenges.editor.saveDraft')}
              </Button>
              <Button type="submit" loading={busy} disabled={!event.acceptsChallenges}>
                {t('challenges.editor.submit')}
              </Button>
            </>
          ) : (
            <Button type="submit" loading={busy}>
              {t('challenges.editor.saveChanges')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
