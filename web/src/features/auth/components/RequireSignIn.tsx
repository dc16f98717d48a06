import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { type MeQuery as MeResult } from '../../../gql/graphql';
import { MeQuery } from '../graphql/auth';
import { SignInForm } from './SignInForm';
import { SignUpForm } from './SignUpForm';

export type SignedInMe = NonNullable<MeResult['me']>;

interface RequireSignInProps {
  /** What the page shows to a signed-in person; a function receives the person. */
  children: ReactNode | ((me: SignedInMe) => ReactNode);
  /** Why the page needs an account, shown above the two forms (e.g. "To register your nonprofit …"). */
  reason?: string;
}

/**
 * For pages that need a session (registration forms, dashboards). Signed-out visitors get the two ways in side by
 * side: new people give name and address, known ones ask for a sign-in link; both mail links lead back to this very
 * page, so nobody has to find their way back after confirming their address.
 */
export function RequireSignIn({ children, reason }: RequireSignInProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <LoadingState label={t('auth.dashboard.loading')} />;
  if (error && !data) return <ErrorState message={t('auth.dashboard.error')} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (me) return <>{typeof children === 'function' ? children(me) : children}</>;

  const redirectPath = `${location.pathname}${location.search}`;
  return (
    <Stack gap="lg">
      <Text>{reason ?? t('auth.required.reason')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack component="section" gap="sm" aria-labelledby="require-sign-up">
          <Title order={2} id="require-sign-up">
            {t('auth.required.newHere')}
          </Title>
          <SignUpForm redirectPath={redirectPath} />
        </Stack>
        <Stack component="section" gap="sm" aria-labelledby="require-sign-in">
          <Title order={2} id="require-sign-in">
            {t('auth.required.haveAccount')}
          </Title>
          <SignInForm redirectPath={redirectPath} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
