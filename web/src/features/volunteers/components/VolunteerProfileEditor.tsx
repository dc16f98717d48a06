import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { type VolunteerProfileFieldsFragment as ProfileData } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { formatConsentVersion } from '../../../lib/consent-version';
import { formatDay } from '../../../lib/dates';
import { formProblems } from '../form-problems';
import {
  MyVolunteerProfileQuery,
  SaveVolunteerProfileMutation,
  VolunteerProfileFieldsFragment,
} from '../graphql/volunteers';
import { emptyProfile, fromProfile, toProfileInput } from '../profile-form-values';
import { VolunteerProfileFields } from './VolunteerProfileFields';

/**
 * The volunteer's own profile: what they offer, kept for every event. Also where the review link of an assisted
 * intake leads, so the person sees and corrects what an organizer entered for them, and the consents on record.
 */
export function VolunteerProfileEditor({ personName }: { personName: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyVolunteerProfileQuery);

  if (loading && !data) return <LoadingState label={t('volunteer.profilePage.loading')} />;
  if (!data)
    return (
      <Page title={t('volunteer.profilePage.title')}>
        {error && <ErrorState message={t('volunteer.profilePage.error')} onRetry={() => void refetch()} />}
      </Page>
    );
  const profile = getFragmentData(VolunteerProfileFieldsFragment, data.myVolunteerProfile);
  return (
    <Page title={t('volunteer.profilePage.title')}>
      <Text>{t(profile ? 'volunteer.profilePage.intro' : 'volunteer.profilePage.introNew')}</Text>
      <ProfileForm profile={profile ?? null} personName={personName} />
      {profile && <Consents profile={profile} />}
    </Page>
  );
}

function ProfileForm({ profile, personName }: { profile: ProfileData | null; personName: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(profile ? fromProfile(profile) : emptyProfile(personName));
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SaveVolunteerProfileMutation, {
    refetchQueries: [MyVolunteerProfileQuery],
    awaitRefetchQueries: true,
  });
  const { errorFor, summary } = formProblems(error);
  const askConsent = !profile;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    void save({ variables: { input: toProfileInput(values, askConsent) } })
      .then(() => {
        setValues((current) => ({ ...current, consent: false }));
        setSaved(true);
      })
      .catch(() => null);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <ErrorSummary items={summary} />
        <VolunteerProfileFields
          values={values}
          onChange={(next) => {
            setSaved(false);
            setValues(next);
          }}
          errorFor={errorFor}
          mode="self"
          askConsent={askConsent}
        />
        <div role="status">{saved && <Text fw={600}>{t('volunteer.profilePage.saved')}</Text>}</div>
        <Group>
          <Button type="submit" loading={loading}>
            {t('volunteer.profilePage.save')}
          </Button>
          <Anchor component={Link} to="/dashboard">
            {t('volunteer.register.toDashboard')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}

function Consents({ profile }: { profile: ProfileData }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Stack component="section" gap="xs" aria-labelledby="volunteer-consents">
      <Title order={2} id="volunteer-consents">
        {t('volunteer.profilePage.consentsTitle')}
      </Title>
      <List spacing="xs">
        {profile.consents.map((consent) => (
          <List.Item key={consent.id}>
            {t(consent.recordedByName ? 'volunteer.profilePage.consentRecorded' : 'volunteer.profilePage.consent', {
              date: formatDay(consent.givenAt, language, 'long', true),
              version: formatConsentVersion(t, consent.textVersion, language),
              method: t(`volunteer.consentMethods.${consent.method}`),
              organizer: consent.recordedByName ?? '',
            })}
          </List.Item>
        ))}
      </List>
      <Text size="sm">{t('volunteer.profilePage.consentWithdraw')}</Text>
    </Stack>
  );
}
