import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { RECORDED_CONSENT_METHODS, type RecordedConsentMethod, type UiLocale } from '@skillshift/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { ErrorSummary, GROUP_FIELD } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { formProblems } from '../form-problems';
import { EventVolunteerFieldsFragment, RegisterVolunteerOnBehalfMutation } from '../graphql/event-volunteers';
import { VolunteerEventOptionsQuery } from '../graphql/volunteers';
import { emptyProfile, fieldId, toProfileInput } from '../profile-form-values';
import { SlotChoiceFields } from './SlotChoiceFields';
import { VolunteerProfileFields } from './VolunteerProfileFields';
import { failedPageTitle } from '../../../components/ui/QueryErrorState';

/** Assisted intake: an organizer registers a volunteer who called or filled in a paper form, with how they agreed. */
export function VolunteerIntakeForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(VolunteerEventOptionsQuery, { variables: { eventId } });
  const [round, setRound] = useState(0);

  if (loading && !data) return <LoadingState label={t('volunteerAdmin.intake.loading')} />;
  const event = data?.volunteerEventOptions;
  if (!event)
    return (
      <Page title={failedPageTitle(error, t('volunteerAdmin.notFoundTitle'), t)}>
        {error && <ErrorState message={t('volunteerAdmin.error')} onRetry={() => void refetch()} />}
      </Page>
    );
  return (
    <Page title={t('volunteerAdmin.intake.title', { event: event.name })}>
      <Anchor component={Link} to={`/manage/events/${eventId}/volunteers`}>
        {t('volunteerAdmin.intake.back')}
      </Anchor>
      <Text>{t('volunteerAdmin.intake.intro')}</Text>
      <IntakeForm key={round} event={event} onAnother={() => setRound((value) => value + 1)} />
    </Page>
  );
}

interface IntakeFormProps {
  event: { id: string; slots: { id: string; startsAt: string; endsAt: string; label?: string | null }[] };
  onAnother: () => void;
}

function IntakeForm({ event, onAnother }: IntakeFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(emptyProfile());
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<UiLocale>('de');
  const [method, setMethod] = useState<RecordedConsentMethod | ''>('');
  const [choice, setChoice] = useState({ slotIds: [] as string[], maxAssignments: 1 });
  const [intake, { data, loading, error }] = useMutation(RegisterVolunteerOnBehalfMutation);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const result = data?.registerVolunteerOnBehalf;
  useEffect(() => {
    if (result) doneRef.current?.focus();
  }, [result]);
  const { errorFor, summary } = formProblems(error);

  function submit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (loading) return;
    // Sent even without a method, so that one answer names every problem (a method missing was named alone, the rest
    // only on the next submit): an empty choice goes as ONLINE, which the server refuses by name for an intake.
    void intake({
      variables: {
        input: {
          eventId: event.id,
          email: email.trim() || null,
          locale,
          consentMethod: method || 'ONLINE',
          ...choice,
          profile: toProfileInput(values, true),
        },
      },
    }).catch(() => null);
  }

  if (result) {
    const volunteer = getFragmentData(EventVolunteerFieldsFragment, result.volunteer);
    return (
      <Stack gap="sm" component="section" aria-labelledby="intake-done">
        <Title order={2} id="intake-done" tabIndex={-1} ref={doneRef}>
          {t('volunteerAdmin.intake.doneTitle', { name: volunteer.name })}
        </Title>
        <Text>
          {result.reviewMailSent
            ? t('volunteerAdmin.intake.doneMail', { email: volunteer.email ?? '' })
            : t('volunteerAdmin.intake.doneNoMail')}
        </Text>
        <Group gap="md">
          <Button onClick={onAnother}>{t('volunteerAdmin.intake.another')}</Button>
          <Anchor component={Link} to={`/manage/events/${event.id}/volunteers`}>
            {t('volunteerAdmin.intake.back')}
          </Anchor>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <ErrorSummary items={summary} />
        <Stack component="section" gap="md" aria-labelledby="intake-contact">
          <Title order={2} id="intake-contact">
            {t('volunteerAdmin.intake.contactPart')}
          </Title>
          <TextInput
            id={fieldId('email')}
            type="email"
            label={t('volunteerAdmin.intake.email')}
            description={t('volunteerAdmin.intake.emailHelp')}
            value={email}
            error={errorFor('email')}
            autoComplete="off"
            onChange={(change) => setEmail(change.currentTarget.value)}
          />
          <Radio.Group
            label={t('volunteerAdmin.intake.locale')}
            value={locale}
            onChange={(next) => setLocale(next as UiLocale)}
          >
            <Group gap="md" mt={4}>
              <Radio value="de" label={t('eventAdmin.languages.de')} />
              <Radio value="en" label={t('eventAdmin.languages.en')} />
            </Group>
          </Radio.Group>
          <Radio.Group
            label={t('volunteerAdmin.intake.method')}
            description={t('volunteerAdmin.intake.methodHelp')}
            value={method}
            onChange={(next) => setMethod(next as RecordedConsentMethod)}
            error={errorFor('consentMethod')}
            required
          >
            <Group gap="md" mt={4}>
              {RECORDED_CONSENT_METHODS.map((option, index) => (
                <Radio
                  key={option}
                  id={index === 0 ? fieldId('consentMethod') : undefined}
                  {...(index === 0 ? GROUP_FIELD : {})}
                  value={option}
                  label={t(`volunteer.consentMethods.${option}`)}
                  // (Mantine describes the group by its error, but marks none of its radios invalid)
                  aria-invalid={errorFor('consentMethod') ? true : undefined}
                />
              ))}
            </Group>
          </Radio.Group>
        </Stack>
        <Stack component="section" gap="md" aria-labelledby="intake-profile">
          <Title order={2} id="intake-profile">
            {t('volunteerAdmin.intake.profilePart')}
          </Title>
          <VolunteerProfileFields values={values} onChange={setValues} errorFor={errorFor} mode="intake" askConsent />
        </Stack>
        <Stack component="section" gap="md" aria-labelledby="intake-slots">
          <Title order={2} id="intake-slots">
            {t('volunteerAdmin.intake.slotsPart')}
          </Title>
          <SlotChoiceFields
            slots={event.slots}
            slotIds={choice.slotIds}
            maxAssignments={choice.maxAssignments}
            onChange={setChoice}
            errorFor={errorFor}
            mode="intake"
          />
        </Stack>
        <Group>
          <Button type="submit" loading={loading}>
            {t('volunteerAdmin.intake.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
