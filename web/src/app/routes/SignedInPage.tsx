import { useQuery } from '@apollo/client/react';
import { type ReactNode } from 'react';
import { Page } from '../../components/ui/Page';
import { RequireSignIn, type SignedInMe } from '../../features/auth/components/RequireSignIn';
import { MeQuery } from '../../features/auth/graphql/auth';

interface SignedInPageProps {
  /** The page's heading while nobody is signed in; the signed-in content brings its own page and heading. */
  title: string;
  /** Why the page needs an account, shown above the sign-up and sign-in forms. */
  reason?: string;
  children: (me: SignedInMe) => ReactNode;
}

/** A page that needs a session: signed-out visitors get a titled page with RequireSignIn's two ways in. */
export function SignedInPage({ title, reason, children }: SignedInPageProps) {
  const { data } = useQuery(MeQuery);
  if (data?.me) return <>{children(data.me)}</>;
  return (
    <Page title={title}>
      <RequireSignIn reason={reason}>{children}</RequireSignIn>
    </Page>
  );
}
