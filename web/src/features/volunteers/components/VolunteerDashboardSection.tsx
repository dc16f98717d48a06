import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { getFragmentData } from '../../../gql';
import { type VolunteerRegistrationFieldsFragment as Registration } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { formatDay } from '../../../lib/dates';
import { graphQLErrorWithCode } from '../../../lib/field-errors';
import { formatSlotTime, slotText } from '../format';
import { formProblems } from '../form-problems';
import { fieldId } from '../profile-form-values';
import {
  MyVolunteerProfileQuery,
  MyVolunteerRegistrationsQuery,
  UpdateVolunteerRegistrationMutation,
  VolunteerProfileFieldsFragment,
  VolunteerRegistrationFieldsFragment,
  WithdrawVolunteerRegistrationMutation,
} from '../graphql/volunteers';
import { SlotChoiceFields } from './SlotChoiceFields';

/** The volunteer's part of the dashboard: their profile at a glance and their events, with change and withdraw. */
export function VolunteerDashboardSection() {
  const { t } = useTranslation();
  const profile = useQuery(MyVolunteerProfileQuery, { fetchPolicy: 'cache-and-network' });
  const registrations = useQuery(MyVolunteerRegistrationsQuery, { fetchPolicy: 'cache-and-network' });

  const loading = (profile.loading && !profile.data) || (registrations.loading && !registrations.data);
  const failed = (profile.error && !profile.data) || (registrations.error && !registrations.data);
  const me = getFragmentData(VolunteerProfileFieldsFragment, profile.data?.myVolunteerProfile);
  const mine = getFragmentData(VolunteerRegistrationFieldsFragment, registrations.data?.myVolunteerRegistrations);

  return (
    <Stack component="section" gap="md" aria-labelledby="volunteer-dashboard">
      <Title order={2} id="volunteer-dashboard">
        {t('volunteer.dashboard.title')}
      </Title>
      {loading ? (
        <LoadingState label={t('volunteer.dashboard.loading')} />
      ) : failed ? (
        <ErrorState
          message={t('volunteer.dashboard.error')}
          onRetry={() => void Promise.all([profile.refetch(), registrations.refetch()])}
        />
      ) : (
        <>
          <Stack gap={4}>
            <Text>
              {me
                ? t('volunteer.dashboard.profileSummary', { count: me.skills.length })
                : t('volunteer.dashboard.noProfile')}
            </Text>
            <Anchor component={Link} to="/volunteer/profile">
              {t(me ? 'volunteer.dashboard.editProfile' : 'volunteer.dashboard.createProfile')}
            </Anchor>
          </Stack>
          <Title order={3}>{t('volunteer.dashboard.eventsTitle')}</Title>
          {!mine || mine.length === 0 ? (
            <Text>{t('volunteer.dashboard.noEvents')}</Text>
          ) : (
            <ul className="plain-list volunteer-registrations">
              {mine.map((registration) => (
                <li key={registration.id}>
                  <RegistrationCard registration={registration} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Stack>
  );
}

/** Stands for the card's refusal alert among the ids focus may go to. */
const REFUSAL = 'refusal';

function RegistrationCard({ registration }: { registration: Registration }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [editing, setEditing] = useState(false);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [withdraw, withdrawal] = useMutation(WithdrawVolunteerRegistrationMutation);
  const headingId = `registration-${registration.id}`;
  const withdrawn = registration.status === 'WITHDRAWN';
  const ids = {
    change: `${headingId}-change`,
    withdraw: `${headingId}-withdraw`,
    keep: `${headingId}-keep`,
    firstSlot: `${fieldId('slotIds')}-${registration.id}`,
  };
  // A refused withdrawal (the event moved on meanwhile) says why in the card, rather than only closing the question.
  const refusal =
    graphQLErrorWithCode(withdrawal.error, 'CONFLICT') ?? graphQLErrorWithCode(withdrawal.error, 'NOT_FOUND');

  // Each step puts focus where the person goes on (the button they pressed is replaced): into the slots they opened,
  // on keeping the registration (a second Enter must not withdraw), back on the button of a step they left or whose
  // action failed, on the reason a withdrawal was refused. A saved change or a withdrawal leaves its message, where
  // focus rescue goes.
  const focusNext = useRef<string[]>([]);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = focusNext.current
      .map((id) => (id === REFUSAL ? refusalRef.current : document.getElementById(id)))
      .find(Boolean);
    focusNext.current = [];
    target?.focus();
  }, [editing, confirmingWithdraw, withdrawal.error]);

  function startEditing() {
    setAnnouncement('');
    focusNext.current = [ids.firstSlot];
    setEditing(true);
  }

  function askWithdraw() {
    setAnnouncement('');
    withdrawal.reset();
    focusNext.current = [ids.keep];
    setConfirmingWithdraw(true);
  }

  function keepRegistration() {
    focusNext.current = [ids.withdraw];
    setConfirmingWithdraw(false);
  }

  async function confirmWithdraw() {
    const result = await withdraw({ variables: { id: registration.id } }).catch(() => null);
    if (!result?.data) focusNext.current = [REFUSAL, ids.withdraw];
    setConfirmingWithdraw(false);
    if (result?.data) setAnnouncement(t('volunteer.dashboard.withdrawn', { event: registration.eventName }));
  }

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={4} id={headingId}>
          {registration.eventName}
        </Title>
        <Text>{formatSlotTime(registration.eventStartsAt, registration.eventEndsAt, language)}</Text>
        <Group gap="xs">
          {/* Outlined like every badge: Mantine's light variant with a shade ("teal.9") paints the text in the colour
              of its background, and "Registered" could not be read at all. */}
          <Badge variant="outline" color={withdrawn ? 'dark' : 'teal.9'} tt="none">
            {t(`volunteer.dashboard.status.${registration.status}`)}
          </Badge>
          {registration.assisted && (
            <Badge variant="outline" color="dark" tt="none">
              {t('volunteer.dashboard.assisted')}
            </Badge>
          )}
        </Group>
        <div role="status">{announcement && <Text fw={600}>{announcement}</Text>}</div>
        {refusal && (
          <RefusalAlert ref={refusalRef} title={t('volunteer.dashboard.withdrawRefused')}>
            {refusal}
          </RefusalAlert>
        )}
        {!withdrawn && (
          <>
            <Text fw={600}>{t('volunteer.dashboard.slots')}</Text>
            <List spacing={4}>
              {registration.slots.map((slot) => (
                <List.Item key={slot.id}>{slotText(slot, language)}</List.Item>
              ))}
            </List>
            <Text>{t('volunteer.dashboard.maxAssignments', { count: registration.maxAssignments })}</Text>
            {registration.volunteerDeadline && registration.changeable && (
              <Text size="sm">
                {t('volunteer.dashboard.changeUntil', {
                  deadline: formatDay(registration.volunteerDeadline, language, 'long', true),
                })}
              </Text>
            )}
          </>
        )}
        {editing ? (
          <ChangeRegistrationForm
            registration={registration}
            onDone={(changed) => {
              if (!changed) focusNext.current = [ids.change];
              setEditing(false);
              if (changed) setAnnouncement(t('volunteer.dashboard.changed'));
            }}
          />
        ) : (
          <Group gap="sm">
            {registration.changeable && (
              <Button variant="default" id={ids.change} onClick={startEditing}>
                {t('volunteer.dashboard.change')}
              </Button>
            )}
            {registration.withdrawable &&
              (confirmingWithdraw ? (
                <>
                  <Button color="red" loading={withdrawal.loading} onClick={() => void confirmWithdraw()}>
                    {t('volunteer.dashboard.withdrawConfirm', { event: registration.eventName })}
                  </Button>
                  <Button variant="default" id={ids.keep} onClick={keepRegistration}>
                    {t('volunteer.dashboard.withdrawCancel')}
                  </Button>
                </>
              ) : (
                <Button variant="default" id={ids.withdraw} onClick={askWithdraw}>
                  {t('volunteer.dashboard.withdraw')}
                </Button>
              ))}
            {withdrawn && (
              <Anchor component={Link} to={`/volunteer/register?event=${registration.eventId}`}>
                {t('volunteer.dashboard.registerAgain')}
              </Anchor>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function ChangeRegistrationForm({
  registration,
  onDone,
}: {
  registration: Registration;
  onDone: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState({
    slotIds: registration.slots.map((slot) => slot.id),
    maxAssignments: registration.maxAssignments,
  });
  const [update, { loading, error }] = useMutation(UpdateVolunteerRegistrationMutation);
  const { errorFor, summary } = formProblems(error);
  const suffix = `-${registration.id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    void update({ variables: { id: registration.id, input: choice } })
      .then(() => onDone(true))
      .catch(() => null);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('volunteer.dashboard.changeFormLabel', { event: registration.eventName })}
    >
      <Stack gap="sm">
        <ErrorSummary
          items={summary.map((item) => ({ ...item, fieldId: item.fieldId && `${item.fieldId}${suffix}` }))}
        />
        <SlotChoiceFields
          slots={registration.eventSlots}
          slotIds={choice.slotIds}
          maxAssignments={choice.maxAssignments}
          onChange={setChoice}
          errorFor={errorFor}
          idSuffix={suffix}
        />
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('volunteer.dashboard.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('volunteer.dashboard.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
