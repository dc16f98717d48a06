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
