import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { currentLanguage } from '../../../i18n';
import { formatConsentVersion } from '../../../lib/consent-version';
import { formatDay } from '../../../lib/dates';
import { slotText } from '../format';
import { formProblems } from '../form-problems';
import {
  MyVolunteerProfileQuery,
  MyVolunteerRegistrationsQuery,
  RegisterForEventMutation,
  VolunteerEventOptionsQuery,
  VolunteerProfileFieldsFragment,
  VolunteerRegistrationFieldsFragment,
} from '../graphql/volunteers';
import { emptyProfile, fromProfile, type ProfileFormValues, toProfileInput } from '../profile-form-values';
import { SlotChoiceFields } from './SlotChoiceFields';
import { VolunteerProfileFields } from './VolunteerProfileFields';

interface VolunteerRegistrationProps {
  eventId: string;
  /** The signed-in person's name, to start the form with. */
  personName: string;
}

/**
 * Registering for one event: the volunteer profile (filled in from an earlier one) and the event part (slots, how
 * many challenges), sent together so that the person fixes everything in one go and nothing is saved half.
 */
export function VolunteerRegistration({ eventId, personName }: VolunteerRegistrationProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const options = useQuery(VolunteerEventOptionsQuery, { variables: { eventId } });
  const profile = useQuery(MyVolunteerProfileQuery);

  if ((options.loading && !options.data) || (profile.loading && !profile.data))
    return <LoadingState label={t('volunteer.register.loading')} />;
  const event = options.data?.volunteerEventOptions;
  if (!event || !profile.data)
    return (
      <Page title={t('volunteer.register.notFoundTitle')}>
        <ErrorState
          message={t(options.error || !event ? 'volunteer.register.notFound' : 'volunteer.register.error')}
          onRetry={() => void Promise.all([options.refetch(), profile.refetch()])}
        />
      </Page>
    );
  const existing = getFragmentData(VolunteerProfileFieldsFragment, profile.data.myVolunteerProfile);
  const title = t('volunteer.register.title', { event: event.name });

  if (event.myRegistration?.status === 'REGISTERED')
    return (
      <Page title={title}>
        <Alert color="blue" variant="light" title={t('volunteer.register.alreadyTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text>{t('volunteer.register.already')}</Text>
            <Anchor component={Link} to="/dashboard" c="var(--mantine-color-text)" underline="always">
              {t('volunteer.register.toDashboard')}
            </Anchor>
          </Stack>
        </Alert>
      </Page>
    );
  if (!event.registrationOpen)
    return (
      <Page title={title}>
        <Alert color="gray" variant="light" title={t('volunteer.register.closedTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text>{t('volunteer.register.closed')}</Text>
            <Anchor component={Link} to={`/events/${event.id}`}>
              {t('volunteer.register.toEvent')}
            </Anchor>
          </Stack>
        </Alert>
      </Page>
    );

  return (
    <Page title={title}>
      <Text>
        {t('volunteer.register.intro', {
          body: event.organizingBodyName ?? '',
          deadline: event.volunteerDeadline ? formatDay(event.volunteerDeadline, language, 'long', true) : '–',
        })}
      </Text>
      <RegistrationForm
        event={event}
        initial={existing ? fromProfile(existing) : emptyProfile(personName)}
        consentGiven={
          existing
            ? existing.consents.find((consent) => consent.purpose === 'VOLUNTEER_PROFILE' && !consent.withdrawnAt)
            : undefined
        }
      />
    </Page>
  );
}

interface RegistrationFormProps {
  event: { id: string; name: string; slots: { id: string; startsAt: string; endsAt: string; label?: string | null }[] };
  initial: ProfileFormValues;
  consentGiven?: { textVersion: string; givenAt: string };
}

function RegistrationForm({ event, initial, consentGiven }: RegistrationFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [values, setValues] = useState(initial);
  const [choice, setChoice] = useState({
    slotIds: event.slots.length === 1 ? [event.slots[0].id] : ([] as string[]),
    maxAssignments: 1,
  });
  const [register, { data, loading, error }] = useMutation(RegisterForEventMutation, {
    refetchQueries: [MyVolunteerProfileQuery, MyVolunteerRegistrationsQuery],
  });
  const doneRef = useRef<HTMLHeadingElement>(null);
  const registration = getFragmentData(VolunteerRegistrationFieldsFragment, data?.registerForEvent);
  useEffect(() => {
    if (registration) doneRef.current?.focus();
  }, [registration]);

  const { errorFor, summary } = formProblems(error);
  const askConsent = !consentGiven;

  function submit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (loading) return;
    void register({
      variables: {
        input: { eventId: event.id, ...choice, profile: toProfileInput(values, askConsent) },
      },
    }).catch(() => null);
  }

  if (registration)
    return (
      <Stack gap="sm" component="section" aria-labelledby="volunteer-registered">
        <Title order={2} id="volunteer-registered" tabIndex={-1} ref={doneRef}>
          {t('volunteer.register.doneTitle')}
        </Title>
        <Text>{t('volunteer.register.done', { event: registration.eventName })}</Text>
        <ul>
          {registration.slots.map((slot) => (
            <li key={slot.id}>{slotText(slot, language)}</li>
          ))}
        </ul>
        <Text>{t('volunteer.register.doneMail')}</Text>
        <Anchor component={Link} to="/dashboard">
          {t('volunteer.register.toDashboard')}
        </Anchor>
      </Stack>
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <ErrorSummary items={summary} />
        <Stack component="section" gap="md" aria-labelledby="volunteer-profile-part">
          <Title order={2} id="volunteer-profile-part">
            {t('volunteer.register.profilePart')}
          </Title>
          {consentGiven && (
            <Text size="sm">
              {t('volunteer.register.profileKnown', {
                version: formatConsentVersion(t, consentGiven.textVersion, language),
                date: formatDay(consentGiven.givenAt, language, 'long'),
              })}
            </Text>
          )}
          <VolunteerProfileFields
            values={values}
            onChange={setValues}
            errorFor={errorFor}
            mode="self"
            askConsent={askConsent}
          />
        </Stack>
        <Stack component="section" gap="md" aria-labelledby="volunteer-event-part">
          <Title order={2} id="volunteer-event-part">
            {t('volunteer.register.eventPart', { event: event.name })}
          </Title>
          <SlotChoiceFields
            slots={event.slots}
            slotIds={choice.slotIds}
            maxAssignments={choice.maxAssignments}
            onChange={setChoice}
            errorFor={errorFor}
          />
        </Stack>
        <Group>
          <Button type="submit" loading={loading}>
            {t('volunteer.register.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
