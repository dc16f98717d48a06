import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { type MeQuery as MeResult } from '../../../gql/graphql';
import { UPCOMING_EVENTS_HEADING_ID } from '../../events/components/UpcomingEvents';
import { MeQuery } from '../graphql/auth';
import { isSigningOut } from '../signing-out';

type Me = NonNullable<MeResult['me']>;

/**
 * Who is signed in and with which roles; the real dashboards per role come with their features, which the page puts
 * in as `children`, given the person this summary already loaded.
 */
export function SignedInSummary({ children }: { children?: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <LoadingState label={t('auth.dashboard.loading')} />;
  if (error && !data) return <ErrorState message={t('auth.dashboard.error')} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) return isSigningOut() ? null : <Navigate to="/sign-in" replace />;

  return (
    <Stack gap="md">
      <Text size="lg">{t('auth.dashboard.signedInAs', { name: me.name || me.email, email: me.email })}</Text>
      <Stack component="section" gap="xs" aria-labelledby="my-roles">
        <Title order={2} id="my-roles">
          {t('auth.dashboard.rolesTitle')}
        </Title>
        {me.roles.length === 0 ? (
          <Text>{t('auth.dashboard.noRoles')}</Text>
        ) : (
          <List spacing="xs">
            {me.roles.map((grant) => (
              <List.Item key={`${grant.role}:${grant.organizingBodyId ?? ''}`}>
                {t(`auth.dashboard.roles.${grant.role}`, { body: grant.organizingBodyName ?? '' })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      {me.roles.length === 0 && (
        <Stack component="section" gap="xs" aria-labelledby="get-started">
          <Title order={2} id="get-started">
            {t('auth.dashboard.getStarted.title')}
          </Title>
          <Text>{t('auth.dashboard.getStarted.text')}</Text>
          <Anchor component={Link} to={{ pathname: '/', hash: UPCOMING_EVENTS_HEADING_ID }} fw={600}>
            {t('auth.dashboard.getStarted.link')}
          </Anchor>
        </Stack>
      )}
      {children?.(me)}
    </Stack>
  );
}
