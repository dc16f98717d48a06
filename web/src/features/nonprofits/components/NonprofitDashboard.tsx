import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChallengeStatusBadge } from '../../../components/ui/ChallengeStatusBadge';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { StatusMessage } from '../../../components/ui/StatusMessage';
import { getFragmentData } from '../../../gql';
import { type NonprofitFieldsFragment } from '../../../gql/graphql';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { fieldIdFor } from '../../../lib/field-ids';
import { formatDay } from '../../../lib/dates';
import { currentLanguage } from '../../../i18n';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import {
  NonprofitFieldsFragment as NonprofitFragment,
  NonprofitQuery,
  UpdateNonprofitMutation,
} from '../graphql/nonprofits';
import { fromNonprofit, toNonprofitInput } from '../nonprofit-form-values';
import { NonprofitContacts } from './NonprofitContacts';
import { NonprofitFields } from './NonprofitFields';
import { READABLE_ALERT_STYLES } from '../../../components/ui/readable-alert';

interface NonprofitDashboardProps {
  id: string;
  /**
   * The answer form for a challenge's open question (from the challenges feature, put in by the route); it calls
   * `onAnswered` so that the list shows the new status.
   */
  renderAnswer?: (challengeId: string, onAnswered: () => void) => ReactNode;
}

/**
 * A nonprofit's own page: its challenges with status, open questions flagged first with the answer form, events that
 * take challenges now, the profile and the contact persons.
 */
export function NonprofitDashboard({ id, renderAnswer }: NonprofitDashboardProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState<string | null>(null);
  return (
    <Page title={title ?? t('nonprofits.dashboard.title')}>
      <RequireSignIn reason={t('nonprofits.dashboard.signInReason')}>
        <LoadedNonprofit id={id} onTitle={setTitle} renderAnswer={renderAnswer} />
      </RequireSignIn>
    </Page>
  );
}

/** Asks for the nonprofit only once someone is signed in; the page's heading becomes its name. */
function LoadedNonprofit({
  id,
  onTitle,
  renderAnswer,
}: NonprofitDashboardProps & { onTitle: (title: string) => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NonprofitQuery, { variables: { id }, context: SHOWN_IN_PLACE });
  const nonprofit = getFragmentData(NonprofitFragment, data?.nonprofit);
  const name = nonprofit?.name;
  // The answer form goes away with the question; this says (and takes focus) that the answer was sent.
  const [answered, setAnswered] = useState(false);
  useEffect(() => {
    if (name) onTitle(name);
  }, [name, onTitle]);

  if (loading && !data) return <LoadingState label={t('nonprofits.dashboard.loading')} />;
  if (!nonprofit)
    return error ? (
      <QueryErrorState error={error} message={t('nonprofits.dashboard.error')} onRetry={() => void refetch()} />
    ) : null;
  return (
    <Stack gap="xl">
      {answered && <StatusMessage>{t('challenges.answer.sent')}</StatusMessage>}
      <NonprofitChallenges
        nonprofit={nonprofit}
        renderAnswer={
          renderAnswer &&
          ((challengeId) =>
            renderAnswer(challengeId, () => {
              setAnswered(true);
              void refetch();
            }))
        }
      />
      <NonprofitProfile nonprofit={nonprofit} />
      <NonprofitContacts nonprofit={nonprofit} />
    </Stack>
  );
}

function NonprofitChallenges({
  nonprofit,
  renderAnswer,
}: {
  nonprofit: NonprofitFieldsFragment;
  renderAnswer?: (challengeId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  // Open questions first: they are what the nonprofit has to act on.
  const challenges = [...nonprofit.challenges].sort(
    (a, b) => Number(b.status === 'NEEDS_INFO') - Number(a.status === 'NEEDS_INFO'),
  );
  const openQuestions = challenges.filter((challenge) => challenge.status === 'NEEDS_INFO').length;

  return (
    <Stack component="section" gap="sm" aria-labelledby="nonprofit-challenges">
      <Title order={2} id="nonprofit-challenges">
        {t('nonprofits.dashboard.challenges')}
      </Title>
      {openQuestions > 0 && (
        <Alert
          color="orange"
          variant="light"
          styles={READABLE_ALERT_STYLES}
          title={t('nonprofits.dashboard.openQuestionsTitle')}
        >
          {t('nonprofits.dashboard.openQuestions', { count: openQuestions })}
        </Alert>
      )}
      {challenges.length === 0 ? (
        <Text>{t('nonprofits.dashboard.noChallenges')}</Text>
      ) : (
        <ul className="plain-list challenge-cards">
          {challenges.map((challenge) => (
            <li key={challenge.id} className="challenge-card">
              <Stack gap="xs">
                <Anchor component={Link} to={`/challenges/${challenge.id}`} fw={700}>
                  {challenge.title}
                </Anchor>
                <Group gap="sm">
                  <ChallengeStatusBadge status={challenge.status} />
                  <Text size="sm">{challenge.eventName}</Text>
                </Group>
                {challenge.openQuestion && (
                  <Stack gap="xs" className="open-question">
                    <Text fw={600}>{t('nonprofits.dashboard.question')}</Text>
                    <Text className="preserve-lines">{challenge.openQuestion}</Text>
                    {nonprofit.viewerIsContact && renderAnswer?.(challenge.id)}
                  </Stack>
                )}
                {challenge.decisionReason && (
                  <Text size="sm">{t('nonprofits.dashboard.reason', { reason: challenge.decisionReason })}</Text>
                )}
              </Stack>
            </li>
          ))}
        </ul>
      )}
      {nonprofit.viewerIsContact && nonprofit.openEvents.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('nonprofits.dashboard.newChallenge')}</Title>
          <List spacing="xs">
            {nonprofit.openEvents.map((event) => (
              <List.Item key={event.id}>
                <Anchor component={Link} to={`/nonprofits/${nonprofit.id}/challenges/new?event=${event.id}`}>
                  {t('nonprofits.dashboard.newChallengeFor', { event: event.name })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

function NonprofitProfile({ nonprofit }: { nonprofit: NonprofitFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(() => fromNonprofit(nonprofit));
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UpdateNonprofitMutation);
  // Keyboard focus follows the switch: into the form's first field when it opens, back to "Edit" when it is cancelled
  // (after saving, the message takes it). The button pressed is gone in both cases.
  const form = useRef<HTMLFormElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const [focusEdit, setFocusEdit] = useState(false);
  useEffect(() => {
    if (editing) form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (focusEdit) editButton.current?.focus();
  }, [editing, focusEdit]);
  const problems = fieldErrorsOf(error);
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const refused = problems.length === 0 ? graphQLErrorWithCode(error, 'CONFLICT') : undefined;
  const address = [nonprofit.street, [nonprofit.postalCode, nonprofit.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    const result = await update({ variables: { id: nonprofit.id, input: toNonprofitInput(values) } }).catch(() => null);
    if (result?.data) {
      setSaved(true);
      setFocusEdit(false);
      setEditing(false);
    }
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby="nonprofit-profile">
      <Title order={2} id="nonprofit-profile">
        {t('nonprofits.dashboard.profile')}
      </Title>
      {saved && !editing && <StatusMessage>{t('nonprofits.dashboard.saved')}</StatusMessage>}
      {editing ? (
        <form ref={form} onSubmit={submit} noValidate>
          <Stack gap="md">
            <ErrorSummary
              items={problems.map((problem) => ({ fieldId: fieldIdFor(problem.path), message: problem.message }))}
            />
            {refused && (
              <Alert color="red" variant="light" title={t('challenges.editor.refused')}>
                {refused}
              </Alert>
            )}
            <NonprofitFields values={values} onChange={setValues} prefix="input" errorFor={errorFor} />
            <Group gap="sm">
              <Button type="submit" loading={loading}>
                {t('nonprofits.dashboard.save')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  reset();
                  setValues(fromNonprofit(nonprofit));
                  setFocusEdit(true);
                  setEditing(false);
                }}
              >
                {t('challenges.contactActions.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <>
          <dl className="brief-list">
            <dt>{t('nonprofits.form.legalForm')}</dt>
            <dd>{t(`nonprofits.legalForms.${nonprofit.legalForm}`)}</dd>
            <dt>{t('nonprofits.form.causes')}</dt>
            <dd>{nonprofit.causes.map((cause) => t(`causes.${cause}`)).join(', ')}</dd>
            <dt>{t('nonprofits.form.address')}</dt>
            <dd>{address || t('challenges.brief.empty')}</dd>
            <dt>{t('nonprofits.form.district')}</dt>
            <dd>{nonprofit.district || t('challenges.brief.empty')}</dd>
            <dt>{t('nonprofits.form.website')}</dt>
            <dd>
              {nonprofit.website ? (
                <Anchor href={nonprofit.website} target="_blank" rel="noopener noreferrer">
                  {nonprofit.website}
                </Anchor>
              ) : (
                t('challenges.brief.empty')
              )}
            </dd>
            <dt>{t('nonprofits.form.description')}</dt>
            <dd className="preserve-lines">{nonprofit.description}</dd>
            <dt>{t('nonprofits.dashboard.map')}</dt>
            <dd>{t(nonprofit.publishOnMap ? 'nonprofits.dashboard.onMap' : 'nonprofits.dashboard.notOnMap')}</dd>
            <dt>{t('nonprofits.dashboard.nextEditions')}</dt>
            <dd>
              {t(nonprofit.inviteToNextEditions ? 'nonprofits.dashboard.invited' : 'nonprofits.dashboard.notInvited')}
              {nonprofit.invitationsChange && (
                <Text size="sm" c="dimmed">
                  {t(
                    `nonprofits.dashboard.invitationsTurned${nonprofit.inviteToNextEditions ? 'On' : 'Off'}${nonprofit.invitationsChange.byName ? '' : 'Erased'}`,
                    {
                      name: nonprofit.invitationsChange.byName,
                      date: formatDay(nonprofit.invitationsChange.at, currentLanguage(i18n)),
                    },
                  )}
                </Text>
              )}
            </dd>
            <dt>{t('nonprofits.dashboard.body')}</dt>
            <dd>{nonprofit.organizingBodyName}</dd>
          </dl>
          <div>
            <Button
              ref={editButton}
              variant="default"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('nonprofits.dashboard.edit')}
            </Button>
          </div>
        </>
      )}
    </Stack>
  );
}
