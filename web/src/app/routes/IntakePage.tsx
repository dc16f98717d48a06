import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  List,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { RECORDED_CONSENT_METHODS, type ConsentMethod, REGISTRATION_LIMITS, UI_LOCALES } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/ErrorState';
import { ErrorSummary, GROUP_FIELD } from '../../components/ui/ErrorSummary';
import { LoadingState } from '../../components/ui/LoadingState';
import { Page } from '../../components/ui/Page';
import { getFragmentData } from '../../gql';
import { type ChallengeEventFieldsFragment } from '../../gql/graphql';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../lib/field-errors';
import { fieldIdFor } from '../../lib/field-ids';
import { RequireSignIn } from '../../features/auth/components/RequireSignIn';
import { emptyChallenge, toChallengeInput } from '../../features/challenges/challenge-form-values';
import { challengeFieldIdFor, ChallengeFields } from '../../features/challenges/components/ChallengeFields';
import {
  ChallengeEventFieldsFragment as EventFragment,
  ChallengeEventQuery,
} from '../../features/challenges/graphql/challenges';
import { NonprofitFields } from '../../features/nonprofits/components/NonprofitFields';
import { RegisterNonprofitByIntakeMutation } from '../../features/nonprofits/graphql/nonprofits';
import { emptyNonprofit, toNonprofitInput } from '../../features/nonprofits/nonprofit-form-values';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { ConsentTextVersion } from '../../components/ui/ConsentTextVersion';

/**
 * Assisted intake (`/manage/events/:id/challenges/new`): an organizer enters a nonprofit, its first contact and a challenge
 * for people who register by phone, on paper or in person, and records how they consented. The route composes the
 * nonprofit's and the challenge's form parts.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('intake.title')}>
      <RequireSignIn>
        <IntakeLoader eventId={id} />
      </RequireSignIn>
    </Page>
  );
}

function IntakeLoader({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(ChallengeEventQuery, { variables: { id: eventId } });
  const event = getFragmentData(EventFragment, data?.challengeEvent);
  if (loading && !data) return <LoadingState label={t('intake.loading')} />;
  if (!event) return <ErrorState message={t('intake.noEvent')} />;
  return <IntakeForm key={event.id} event={event} />;
}

function IntakeForm({ event }: { event: ChallengeEventFieldsFragment }) {
  const { t } = useTranslation();
  const [nonprofit, setNonprofit] = useState(emptyNonprofit);
  const [contact, setContact] = useState({ name: '', email: '', phone: '', locale: 'de' });
  const [consentMethod, setConsentMethod] = useState<ConsentMethod | ''>('');
  const [challenge, setChallenge] = useState(() => emptyChallenge(event));
  const [done, setDone] = useState<{ nonprofitId: string; challengeId: string; name: string; mailed: boolean }>();
  const [register, { loading, error }] = useMutation(RegisterNonprofitByIntakeMutation);
  const problems = fieldErrorsOf(error);
  const refused = problems.length === 0 ? graphQLErrorWithCode(error, 'CONFLICT') : undefined;
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const contactField = (name: 'name' | 'email' | 'phone') => ({
    id: fieldIdFor(`input.contact.${name}`),
    label: t(`intake.contact.${name}`),
    value: contact[name],
    error: errorFor(`input.contact.${name}`),
    onChange: (change: { currentTarget: { value: string } }) => {
      // Read the value now: React may run the updater after the event's currentTarget is gone.
      const value = change.currentTarget.value;
      setContact((current) => ({ ...current, [name]: value }));
    },
  });

  async function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (loading) return;
    const result = await register({
      variables: {
        eventId: event.id,
        input: {
          nonprofit: toNonprofitInput(nonprofit),
          contact: { ...contact, email: contact.email.trim() || null, phone: contact.phone.trim() || null },
          // An empty choice is sent as ONLINE, which the server refuses by name: the organizer must pick how.
          consentMethod: consentMethod || 'ONLINE',
          challenge: toChallengeInput(challenge),
        },
      },
    }).catch(() => null);
    const created = result?.data?.registerNonprofitByIntake;
    if (!created) return;
    setDone({
      nonprofitId: created.nonprofit.id,
      challengeId: created.challenge.id,
      name: created.nonprofit.name,
      mailed: created.reviewMailSent,
    });
    setNonprofit(emptyNonprofit());
    setContact({ name: '', email: '', phone: '', locale: 'de' });
    setConsentMethod('');
    setChallenge(emptyChallenge(event));
  }

  return (
    <Stack gap="lg">
      <Text size="lg">{t('intake.intro', { event: event.name })}</Text>
      <Anchor component={Link} to={`/manage/events/${event.id}/challenges`}>
        {t('intake.toCuration')}
      </Anchor>
      {done && (
        // Focused and announced: the form, whose send button keyboard users pressed, goes on below it.
        <StatusMessage title={t('intake.doneTitle', { name: done.name })}>
          <List spacing={4}>
            <List.Item>{t(done.mailed ? 'intake.mailed' : 'intake.notMailed')}</List.Item>
            <List.Item>
              <Anchor component={Link} to={`/nonprofits/${done.nonprofitId}`}>
                {t('intake.openNonprofit', { name: done.name })}
              </Anchor>
            </List.Item>
            <List.Item>
              <Anchor component={Link} to={`/challenges/${done.challengeId}`}>
                {t('intake.openChallenge')}
              </Anchor>
            </List.Item>
          </List>
        </StatusMessage>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xl">
          <ErrorSummary
            items={problems.map((problem) => ({
              fieldId: challengeFieldIdFor(problem.path),
              message: problem.message,
            }))}
          />
          {refused && (
            <Alert color="red" variant="light" title={t('challenges.editor.refused')}>
              {refused}
            </Alert>
          )}
          <Stack component="section" gap="md" aria-labelledby="intake-nonprofit">
            <Title order={2} id="intake-nonprofit">
              {t('intake.nonprofitTitle')}
            </Title>
            <NonprofitFields
              values={nonprofit}
              onChange={setNonprofit}
              prefix="input.nonprofit"
              errorFor={errorFor}
              voice="intake"
            />
          </Stack>
          <Stack component="section" gap="md" aria-labelledby="intake-contact">
            <Title order={2} id="intake-contact">
              {t('intake.contactTitle')}
            </Title>
            <Text size="sm">{t('intake.contact.help')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput {...contactField('name')} maxLength={REGISTRATION_LIMITS.nameMax} required />
              <TextInput {...contactField('email')} type="email" />
              <TextInput {...contactField('phone')} type="tel" maxLength={REGISTRATION_LIMITS.phoneMax} />
            </SimpleGrid>
            <NativeSelect
              id={fieldIdFor('input.contact.locale')}
              label={t('intake.contact.locale')}
              value={contact.locale}
              onChange={(change) => {
                const locale = change.currentTarget.value;
                setContact((current) => ({ ...current, locale }));
              }}
              data={UI_LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
              maw={240}
            />
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Text fw={600}>{t('consent.nonprofitProfile.title')}</Text>
                <Text size="sm">{t('consent.nonprofitProfile.text')}</Text>
                <ConsentTextVersion />
              </Stack>
            </Paper>
            <Radio.Group
              label={t('intake.consent.legend')}
              description={t('intake.consent.help')}
              value={consentMethod}
              onChange={(value) => setConsentMethod(value as ConsentMethod)}
              error={errorFor('input.consentMethod')}
              required
            >
              <Stack gap="xs" mt="xs">
                {RECORDED_CONSENT_METHODS.map((method, index) => (
                  <Radio
                    key={method}
                    id={index === 0 ? fieldIdFor('input.consentMethod') : undefined}
                    {...(index === 0 ? GROUP_FIELD : {})}
                    value={method}
                    label={t(`intake.consent.methods.${method}`)}
                    // (Mantine describes the group by its error, but marks none of its radios invalid)
                    aria-invalid={errorFor('input.consentMethod') ? true : undefined}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Stack>
          <Stack component="section" gap="md" aria-labelledby="intake-challenge">
            <Title order={2} id="intake-challenge">
              {t('intake.challengeTitle')}
            </Title>
            <ChallengeFields
              values={challenge}
              onChange={setChallenge}
              event={event}
              prefix="input.challenge"
              errorFor={errorFor}
              voice="intake"
            />
          </Stack>
          <div>
            <Button type="submit" loading={loading}>
              {t('intake.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
