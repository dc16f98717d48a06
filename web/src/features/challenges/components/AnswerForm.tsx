import { useMutation } from '@apollo/client/react';
import { Button, Stack, Textarea } from '@mantine/core';
import { REGISTRATION_LIMITS } from '@skillshift/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { fieldErrorsOf, graphQLErrorWithCode, stillStanding } from '../../../lib/field-errors';
import { AnswerChallengeQuestionMutation } from '../graphql/challenges';

/** The nonprofit's answer to the organizers' question; sending it puts the challenge back to "submitted". */
export function AnswerForm({ challengeId, onAnswered }: { challengeId: string; onAnswered?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [answerQuestion, { loading, error }] = useMutation(AnswerChallengeQuestionMutation);
  // The answer last sent: its error shows while the field still holds it, and goes as soon as it is corrected.
  const [sent, setSent] = useState<{ answer: string } | null>(null);
  const fieldError = stillStanding(
    fieldErrorsOf(error).filter((problem) => problem.path === 'answer'),
    sent,
    { answer },
  )[0]?.message;
  const refused = graphQLErrorWithCode(error, 'CONFLICT');
  // A refused answer takes keyboard focus to the field, whose error is then read out with it (it stayed on the button).
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (fieldError) field.current?.focus();
  }, [error, fieldError]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSent({ answer });
    const result = await answerQuestion({ variables: { id: challengeId, answer } }).catch(() => null);
    if (result?.data) {
      setAnswer('');
      onAnswered?.();
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {refused && <RefusalAlert title={t('challenges.editor.refused')}>{refused}</RefusalAlert>}
        <Textarea
          ref={field}
          id={`answer-${id}`}
          label={t('challenges.answer.label')}
          description={t('challenges.answer.help')}
          value={answer}
          onChange={(event) => setAnswer(event.currentTarget.value)}
          error={fieldError}
          rows={3}
          maxLength={REGISTRATION_LIMITS.messageMax}
          required
        />
        <div>
          <Button type="submit" loading={loading}>
            {t('challenges.answer.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
