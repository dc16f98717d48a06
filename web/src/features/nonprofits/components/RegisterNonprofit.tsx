import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { RequiredMark } from '../../../components/ui/RequiredMark';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { fieldIdFor } from '../../../lib/field-ids';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import {
  MyNonprofitsQuery,
  NonprofitFieldsFragment,
  RegisterNonprofitMutation,
  RegistrationEventQuery,
} from '../graphql/nonprofits';
import { emptyNonprofit, toNonprofitInput } from '../nonprofit-form-values';
import { NonprofitFields } from './NonprofitFields';
import { ConsentTextVersion } from '../../../components/ui/ConsentTextVersion';

/**
 * Registering a nonprofit from an event's page: the nonprofit joins the event's organizing body, the person becomes
 * its contact, and goes on to describe a challenge. People who already speak for a nonprofit of that body can skip
 * straight to the challenge.
 */
export function RegisterNonprofit({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(RegistrationEventQuery, { variables: { id: eventId }, skip: !eventId });
  const event = data?.challengeEvent;

  return (
    <Page title={t('nonprofits.register.title')}>
      {loading ? (
        <LoadingState label={t('nonprofits.register.loading')} />
      ) : !event ? (
        <ErrorState message={t('nonprofits.register.noEvent')} />
      ) : (
        <>
          <Text size="lg">{t('nonprofits.register.intro', { event: event.name, body: event.organizingBodyName })}</Text>
          <RequireSignIn reason={t('nonprofits.register.signInReason')}>
            <RegistrationForm event={event} />
          </RequireSignIn>
        </>
      )}
    </Page>
  );
}

interface RegistrationEvent {
  id: string;
  name: string;
  acceptsChallenges: boolean;
  organizingBodyId?: string | null;
}

function RegistrationForm({ event }: { event: RegistrationEvent }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useQuery(MyNonprofitsQuery, { fetchPolicy: 'cache-and-network' });
  const [values, setValues] = useState(emptyNonprofit);
  const [consent, setConsent] = useState(false);
  const [register, { loading, error }] = useMutation(RegisterNonprofitMutation);
  const problems = fieldErrorsOf(error);
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const ofThisBody = (mine.data?.myNonprofits ?? []).filter(
    (nonprofit) => nonprofit.organizingBodyId === event.organizingBodyId,
  );

  async function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (loading) return;
    const result = await register({
      variables: { eventId: event.id, input: { ...toNonprofitInput(values), consent } },
      // The person now holds the contact role, and the nonprofit belongs on their dashboard.
      refetchQueries: ['Me', 'MyNonprofits'],
    }).catch(() => null);
    const nonprofit = getFragmentData(NonprofitFieldsFragment, result?.data?.registerNonprofit);
    if (!nonprofit) return;
    void navigate(
      event.acceptsChallenges
        ? `/nonprofits/${nonprofit.id}/challenges/new?event=${event.id}`
        : `/nonprofits/${nonprofit.id}`,
    );
  }

  return (
    <Stack gap="lg">
      {ofThisBody.length > 0 && (
        <Stack component="section" gap="xs" aria-labelledby="already-registered">
          <Title order={2} id="already-registered">
            {t('nonprofits.register.alreadyTitle')}
          </Title>
          <List spacing="xs">
            {ofThisBody.map((nonprofit) => (
              <List.Item key={nonprofit.id}>
                <Anchor
                  component={Link}
                  to={
                    event.acceptsChallenges
                      ? `/nonprofits/${nonprofit.id}/challenges/new?event=${event.id}`
                      : `/nonprofits/${nonprofit.id}`
                  }
                >
                  {t(event.acceptsChallenges ? 'nonprofits.register.submitFor' : 'nonprofits.register.open', {
                    nonprofit: nonprofit.name,
                  })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Stack component="section" gap="md" aria-labelledby="register-form">
        <Title order={2} id="register-form">
          {t(ofThisBody.length > 0 ? 'nonprofits.register.anotherTitle' : 'nonprofits.register.formTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <ErrorSummary
              items={problems.map((problem) => ({ fieldId: fieldIdFor(problem.path), message: problem.message }))}
            />
            <NonprofitFields values={values} onChange={setValues} prefix="input" errorFor={errorFor} />
            <Paper withBorder p="md" component="section" aria-labelledby="nonprofit-consent-title">
              <Stack gap="sm">
                <Title order={3} id="nonprofit-consent-title">
                  {t('consent.nonprofitProfile.title')}
                </Title>
                <Text>{t('consent.nonprofitProfile.text')}</Text>
                <ConsentTextVersion />
                <Checkbox
                  id={fieldIdFor('input.consent')}
                  label={
                    <>
                      {t('consent.nonprofitProfile.agree')}
                      <RequiredMark />
                    </>
                  }
                  checked={consent}
                  error={errorFor('input.consent')}
                  aria-invalid={errorFor('input.consent') ? true : undefined}
                  onChange={(change) => setConsent(change.currentTarget.checked)}
                  required
                />
              </Stack>
            </Paper>
            <div>
              <Button type="submit" loading={loading}>
                {t('nonprofits.register.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Stack>
  );
}
