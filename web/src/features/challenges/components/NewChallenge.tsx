import { useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import { ChallengeEventFieldsFragment, ChallengeEventQuery, ChallengeNonprofitQuery } from '../graphql/challenges';
import { ChallengeEditor } from './ChallengeEditor';

/** A new challenge of a nonprofit for an event: the guided form, for contacts of the nonprofit. */
export function NewChallenge({ nonprofitId, eventId }: { nonprofitId: string; eventId: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('challenges.new.title')}>
      <RequireSignIn reason={t('challenges.new.signInReason')}>
        <NewChallengeForm nonprofitId={nonprofitId} eventId={eventId} />
      </RequireSignIn>
    </Page>
  );
}

function NewChallengeForm({ nonprofitId, eventId }: { nonprofitId: string; eventId: string }) {
  const { t } = useTranslation();
  const nonprofit = useQuery(ChallengeNonprofitQuery, { variables: { id: nonprofitId } });
  const eventQuery = useQuery(ChallengeEventQuery, { variables: { id: eventId }, skip: !eventId });
  const event = getFragmentData(ChallengeEventFieldsFragment, eventQuery.data?.challengeEvent);

  if (nonprofit.loading || eventQuery.loading) return <LoadingState label={t('challenges.new.loading')} />;
  if (!nonprofit.data?.nonprofit || !event)
    return <ErrorState message={t(eventId ? 'challenges.new.notFound' : 'challenges.new.noEvent')} />;
  if (!nonprofit.data.nonprofit.viewerIsContact) return <ErrorState message={t('challenges.new.notContact')} />;

  return (
    <>
      <Text size="lg">
        {t('challenges.new.intro', { nonprofit: nonprofit.data.nonprofit.name, event: event.name })}
      </Text>
      <Anchor component={Link} to={`/nonprofits/${nonprofitId}`}>
        {t('challenges.new.backToNonprofit', { nonprofit: nonprofit.data.nonprofit.name })}
      </Anchor>
      <ChallengeEditor nonprofitId={nonprofitId} event={event} />
    </>
  );
}
