import { useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import { ChallengeEventFieldsFragment, ChallengeFieldsFragment, ChallengeQuery } from '../graphql/challenges';
import { ChallengeEditor, handoverOf } from './ChallengeEditor';

const EDITABLE = ['DRAFT', 'SUBMITTED', 'NEEDS_INFO'];

/** The guided form for a stored challenge: drafts are finished and submitted here, submitted ones improved. */
export function EditChallenge({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('challenges.edit.title')}>
      <RequireSignIn reason={t('challenges.new.signInReason')}>
        <EditChallengeForm id={id} />
      </RequireSignIn>
    </Page>
  );
}

function EditChallengeForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ChallengeQuery, { variables: { id }, context: SHOWN_IN_PLACE });
  const challenge = getFragmentData(ChallengeFieldsFragment, data?.challenge);

  if (loading && !data) return <LoadingState label={t('challenges.view.loading')} />;
  if (!challenge)
    return error ? (
      <QueryErrorState error={error} message={t('challenges.view.error')} onRetry={() => void refetch()} />
    ) : null;
  const event = getFragmentData(ChallengeEventFieldsFragment, challenge.event);
  const back = (
    <Anchor component={Link} to={`/challenges/${id}`}>
      {t('challenges.edit.back', { title: challenge.title })}
    </Anchor>
  );
  if (!challenge.viewerIsContact || !EDITABLE.includes(challenge.status))
    return (
      <>
        <Text>{t('challenges.edit.notEditable')}</Text>
        {back}
      </>
    );

  return (
    <>
      <Text size="lg">{t('challenges.new.intro', { nonprofit: challenge.nonprofitName, event: event.name })}</Text>
      {back}
      <ChallengeEditor
        nonprofitId={challenge.nonprofitId}
        event={event}
        challenge={challenge}
        handover={handoverOf(location.state)}
      />
    </>
  );
}
