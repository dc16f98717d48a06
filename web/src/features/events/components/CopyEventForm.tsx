import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { EVENT_LIMITS } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { CopyEventMutation } from '../graphql/organizer-events';

const HEADING_ID = 'copy-event';
const NAME_ID = 'copy-name';
const OFFSET_ID = 'copy-offsetDays';
/** 52 weeks: the next edition falls on the same weekday. */
const DEFAULT_OFFSET_DAYS = 364;

/** "Copy from last edition": a new draft with the same settings and slots, moved by a number of days. */
export function CopyEventForm({ eventId, eventName }: { eventId: string; eventName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [offsetDays, setOffsetDays] = useState(String(DEFAULT_OFFSET_DAYS));
  const [copyEvent, { loading, error }] = useMutation(CopyEventMutation);
  const problems = fieldErrorsOf(error);
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    // A number of days left empty or unreadable goes as null: the API names it with the name's problems, where
    // reading it as 0 would copy the event onto its own dates.
    const days = /^\s*-?\d+\s*$/.test(offsetDays) ? Number.parseInt(offsetDays, 10) : null;
    const result = await copyEvent({ variables: { id: eventId, name, offsetDays: days } }).catch(() => null);
    if (result?.data) void navigate(`/manage/events/${result.data.copyEvent.id}`);
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby={HEADING_ID}>
      <Title order={2} id={HEADING_ID}>
        {t('eventAdmin.copy.title')}
      </Title>
      <Text size="sm">{t('eventAdmin.copy.intro', { name: eventName })}</Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm" align="flex-start">
          <ErrorSummary
            items={problems.map((problem) => ({
              fieldId: problem.path === 'name' ? NAME_ID : OFFSET_ID,
              message: problem.message,
            }))}
          />
          <TextInput
            id={NAME_ID}
            label={t('eventAdmin.copy.name')}
            description={t('eventAdmin.form.nameHelp', { min: EVENT_LIMITS.nameMin, max: EVENT_LIMITS.nameMax })}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errorFor('name')}
            maxLength={EVENT_LIMITS.nameMax}
            required
            w="100%"
          />
          <TextInput
            id={OFFSET_ID}
            type="number"
            inputMode="numeric"
            label={t('eventAdmin.copy.offsetDays')}
            description={t('eventAdmin.copy.offsetDaysHelp')}
            value={offsetDays}
            onChange={(event) => setOffsetDays(event.currentTarget.value)}
            error={errorFor('offsetDays')}
            required
          />
          <Button type="submit" variant="light" loading={loading}>
            {t('eventAdmin.copy.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
