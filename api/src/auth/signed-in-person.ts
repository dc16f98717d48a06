import { type Role } from '@skillshift/shared';

/** One role as the server decides with it: organizer roles name their organizing body. */
export interface RoleGrant {
  role: Role;
  organizingBodyId: string | null;
  organizingBodyName: string | null;
}

/** The person behind the current request's session. */
export interface SignedInPerson {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  locale: string;
  roles: RoleGrant[];
}
