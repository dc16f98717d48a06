import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { eventPermits } from '@skillshift/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ChallengeStatusBadge } from '../../../components/ui/ChallengeStatusBadge';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { StatusMessage } from '../../../components/ui/StatusMessage';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { type ChallengeFieldsFragment as ChallengeData } from '../../../gql/graphql';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import { ChallengeEventFieldsFragment, ChallengeFieldsFragment, ChallengeQuery } from '../graphql/challenges';
import { AnswerForm } from './AnswerForm';
import { ChallengeBrief } from './ChallengeBrief';
import { ContactActions } from './ContactActions';
import { CurationActions } from './CurationActions';
import { StatusHistory } from './StatusHistory';
import { READABLE_ALERT_STYLES } from '../../../components/ui/readable-alert';

/**
 * One challenge for the people who may see it: the nonprofit's contacts (answer questions, edit, withdraw) and the
 * event's organizers (curate). The status and an open question come first, then the brief and its history.
 */
export function ChallengeView({ id }: { id: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState<string | null>(null);
  return (
    <Page title={title ?? t('challenges.view.title')}>
      <RequireSignIn reason={t('challenges.view.signInReason')}>
        <LoadedChallenge id={id} onTitle={setTitle} />
      </RequireSignIn>
    </Page>
  );
}

/** Asks for the challenge only once someone is signed in; the page's heading becomes its title. */
function LoadedChallenge({ id, onTitle }: { id: string; onTitle: (title: string) => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ChallengeQuery, { variables: { id }, context: SHOWN_IN_PLACE });
  const challenge = getFragmentData(ChallengeFieldsFragment, data?.challenge);
  const title = challenge?.title;
  useEffect(() => {
    if (title) onTitle(title);
  }, [title, onTitle]);

  if (loading && !data) return <LoadingState label={t('challenges.view.loading')} />;
  if (challenge) return <ChallengeDetails challenge={challenge} />;
  return error ? (
    <QueryErrorState error={error} message={t('challenges.view.error')} onRetry={() => void refetch()} />
  ) : null;
}

function ChallengeDetails({ challenge }: { challenge: ChallengeData }) {
  const { t } = useTranslation();
  const location = useLocation();
  const event = getFragmentData(ChallengeEventFieldsFragment, challenge.event);
  const justSubmitted = (location.state as { notice?: string } | null)?.notice === 'submitted';
  // The answer form goes away with the question; this says (and takes focus) that the answer was sent.
  const [answered, setAnswered] = useState(false);

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <ChallengeStatusBadge status={challenge.status} />
        <Text>{t('challenges.view.of', { nonprofit: challenge.nonprofitName, event: event.name })}</Text>
      </Group>
      <Group gap="md">
        <Anchor component={Link} to={`/nonprofits/${challenge.nonprofitId}`}>
          {t('challenges.view.toNonprofit', { nonprofit: challenge.nonprofitName })}
        </Anchor>
        {challenge.viewerIsOrganizer && (
          <Anchor component={Link} to={`/manage/events/${event.id}/challenges`}>
            {t('challenges.view.toCuration', { event: event.name })}
          </Anchor>
        )}
      </Group>
      {justSubmitted && challenge.status === 'SUBMITTED' && (
        <Alert
          color="green"
          variant="light"
          styles={READABLE_ALERT_STYLES}
          title={t('challenges.view.submittedTitle')}
          role="status"
        >
          {t('challenges.view.submitted')}
        </Alert>
      )}
      {answered && <StatusMessage>{t('challenges.answer.sent')}</StatusMessage>}
      {challenge.status === 'NEEDS_INFO' && challenge.openQuestion && (
        <Alert
          color="orange"
          variant="light"
          styles={READABLE_ALERT_STYLES}
          title={t('challenges.view.questionTitle')}
          className="open-question"
        >
          <Stack gap="sm">
            <Text className="preserve-lines">{challenge.openQuestion}</Text>
            {challenge.viewerIsContact && (
              <AnswerForm challengeId={challenge.id} onAnswered={() => setAnswered(true)} />
            )}
          </Stack>
        </Alert>
      )}
      {challenge.status === 'REJECTED' && challenge.decisionReason && (
        <Alert color="gray" variant="light" title={t('challenges.view.reasonTitle')}>
          <Text className="preserve-lines">{challenge.decisionReason}</Text>
        </Alert>
      )}
      {challenge.viewerIsContact && challenge.status === 'DRAFT' && challenge.missingFields.length > 0 && (
        <Text>{t('challenges.view.missing', { count: challenge.missingFields.length })}</Text>
      )}
      {challenge.viewerIsContact && <ContactActions challenge={challenge} eventStatus={event.status} />}
      {challenge.viewerIsOrganizer &&
        (eventPermits(event.status, 'curateChallenges') ? (
          <CurationActions challenge={challenge} />
        ) : (
          <Text>{t('challenges.view.curationClosed', { status: t(`events.statuses.${event.status}`) })}</Text>
        ))}
      <ChallengeBrief challenge={challenge} />
      <StatusHistory history={challenge.history} />
    </Stack>
  );
}
