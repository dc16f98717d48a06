import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../../features/auth/graphql/auth';
import { OrganizingBodiesQuery } from '../../features/organizers/graphql/organizers';

/** The organizing bodies a person organizes, from `me`'s roles (platform admins hold no body of their own). */
export function organizedBodies(
  me:
    | { roles: { role: string; organizingBodyId?: string | null; organizingBodyName?: string | null }[] }
    | null
    | undefined,
): { id: string; name: string }[] {
  return (me?.roles ?? []).flatMap((grant) =>
    grant.role === 'ORGANIZER' && grant.organizingBodyId
      ? [{ id: grant.organizingBodyId, name: grant.organizingBodyName ?? '' }]
      : [],
  );
}

/**
 * The name of the body a page under /organize/:bodyId is about, for its title: from `me`'s roles, which the header
 * has asked for already; for platform admins, who organize no body of their own, from the list of every body (a page
 * of another body said only "Impact", not whose).
 */
export function useBodyName(bodyId: string): string | undefined {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  const own = organizedBodies(data?.me).find((candidate) => candidate.id === bodyId)?.name;
  const admin = data?.me?.roles.some((grant) => grant.role === 'PLATFORM_ADMIN') ?? false;
  const { data: every } = useQuery(OrganizingBodiesQuery, { skip: own !== undefined || !admin });
  return own ?? every?.organizingBodies.find((candidate) => candidate.id === bodyId)?.name;
}
