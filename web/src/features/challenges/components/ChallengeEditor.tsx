import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { getFragmentData } from '../../../gql';
import { type ChallengeEventFieldsFragment, type ChallengeFieldsFragment } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { type FieldError, fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { emptyChallenge, fromChallenge, toChallengeInput } from '../challenge-form-values';
import { formatMoment } from '../format';
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
 * After its first save, a new challenge's form moves to the challenge's own edit page (so a reload keeps the draft
 * and the next save does not create a second one); this travels in the history entry's state.
 */
export interface EditorHandover {
  saved: 'draftSaved';
  problems?: FieldError[];
  refused?: string;
}

export function handoverOf(state: unknown): EditorHandover | undefined {
  const handover = (state as { editorHandover?: EditorHandover } | null)?.editorHandover;
  return handover?.saved === 'draftSaved' ? handover : undefined;
}

/**
 * The nonprofit's form for one challenge. "Save draft" keeps unfinished work; "Submit" saves and then submits, so a
 * submission that still lacks something leaves a saved draft and names every missing field. A submitted challenge
 * can be improved (it must stay complete).
 */
export function ChallengeEditor({ nonprofitId, event, challenge, handover }: ChallengeEditorProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(() => (challenge ? fromChallenge(challenge) : emptyChallenge(event)));
  const [id, setId] = useState(challenge?.id ?? null);
  const [status, setStatus] = useState(challenge?.status ?? 'DRAFT');
  const [saved, setSaved] = useState(() => (handover ? t('challenges.editor.draftSaved') : ''));
  const [error, setError] = useState<unknown>(null);
  const [restored, setRestored] = useState(handover);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const [busy, setBusy] = useState(false);
  const [createChallenge] = useMutation(CreateChallengeMutation);
  const [updateChallenge] = useMutation(UpdateChallengeMutation);
  const [submitChallenge] = useMutation(SubmitChallengeMutation);
  const isDraft = status === 'DRAFT';

  const problems = error ? fieldErrorsOf(error) : (restored?.problems ?? []);
  const refused = error ? graphQLErrorWithCode(error, 'CONFLICT') : restored?.refused;

  // Arriving from the new-challenge page: the message of the save that brought the person here takes focus (after the
  // layout moved focus to the new page's heading), unless the error summary takes it to name what is missing.
  useEffect(() => {
    if (!handover || handover.problems?.length || handover.refused) return;
    const timer = window.setTimeout(() => savedRef.current?.focus(), 100);
    return () => window.clearTimeout(timer);
  }, [handover]);

  /** Moves a challenge just created to its own edit page, replacing the new-challenge page in the history. */
  function moveToEditPage(createdId: string, caught?: unknown) {
    const moved: EditorHandover = {
      saved: 'draftSaved',
      problems: caught ? fieldErrorsOf(caught) : undefined,
      refused: caught ? graphQLErrorWithCode(caught, 'CONFLICT') : undefined,
    };
    void navigate(`/challenges/${createdId}/edit`, { replace: true, state: { editorHandover: moved } });
  }
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const summary = problems.map((problem) => ({ fieldId: challengeFieldIdFor(problem.path), message: problem.message }));

  /** Saves the form; returns the challenge's id, or null when the server refused. */
  async function save(): Promise<string | null> {
    const input = toChallengeInput(values);
    if (!id) {
      const result = await createChallenge({ variables: { nonprofitId, eventId: event.id, input } });
      const created = getFragmentData(ChallengeFragment, result.data?.createChallenge);
      if (!created) return null;
      setId(created.id);
      return created.id;
    }
    const result = await updateChallenge({ variables: { id, input } });
    return result.data ? id : null;
  }

  async function run(action: 'save' | 'submit') {
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved('');
    setRestored(undefined);
    const creating = !id;
    let savedId: string | null = null;
    try {
      savedId = await save();
      if (!savedId) return;
      if (action === 'save' && creating) {
        moveToEditPage(savedId);
        return;
      }
      if (action === 'save' || !isDraft) {
        setSaved(t(isDraft ? 'challenges.editor.draftSaved' : 'challenges.editor.changesSaved'));
        return;
      }
      const submitted = await submitChallenge({ variables: { id: savedId } });
      const result = getFragmentData(ChallengeFragment, submitted.data?.submitChallenge);
      if (result) {
        setStatus(result.status);
        void navigate(`/challenges/${savedId}`, { state: { notice: 'submitted' } });
      }
    } catch (caught) {
      // The draft is kept even when the submission was refused; the person learns both.
      if (action === 'submit' && savedId && creating) {
        moveToEditPage(savedId, caught);
        return;
      }
      setError(caught);
      if (action === 'submit' && savedId) setSaved(t('challenges.editor.draftSaved'));
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
              deadline: formatMoment(event.nonprofitDeadline, currentLanguage(i18n)),
            })}
          </Text>
        )}
        {isDraft && !event.acceptsChallenges && (
          <Alert color="gray" variant="light" title={t('challenges.editor.closedTitle')}>
            {t('challenges.editor.closed')}
          </Alert>
        )}
        <ErrorSummary title={t('challenges.editor.errorSummary')} items={summary} />
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
