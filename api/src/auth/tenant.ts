import { forbidden, unauthenticated } from '../common/errors/domain-error';
import { type SignedInPerson } from './signed-in-person';

/**
 * Tenant isolation in one place. Every query or change of a body's data (events, people, challenges) goes through
 * these, so an organizer of one body never reads or writes another body's data. Platform admins may act in any body.
 */
export const isPlatformAdmin = (person: SignedInPerson | null): boolean =>
  person?.roles.some((grant) => grant.role === 'PLATFORM_ADMIN') ?? false;

/** The bodies whose data the person may see as an organizer; `'all'` for platform admins. */
export function organizingBodiesOf(person: SignedInPerson | null): string[] | 'all' {
  if (isPlatformAdmin(person)) return 'all';
  return [
    ...new Set(
      (person?.roles ?? [])
        .filter((grant) => grant.role === 'ORGANIZER' && grant.organizingBodyId)
        .map((grant) => grant.organizingBodyId!),
    ),
  ];
}

/**
 * Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for people who organize no body at all: they learn
 * nothing, not even whether an event, a challenge or a proposal exists.
 */
export function assertOrganizesSomething(person: SignedInPerson | null): asserts person is SignedInPerson {
  if (!person) throw unauthenticated();
  const bodies = organizingBodiesOf(person);
  if (bodies !== 'all' && bodies.length === 0) throw forbidden();
}

export function canActForBody(person: SignedInPerson | null, organizingBodyId: string): boolean {
  const bodies = organizingBodiesOf(person);
  return bodies === 'all' || bodies.includes(organizingBodyId);
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for anyone who does not organize the body. */
export function assertActsForBody(
  person: SignedInPerson | null,
  organizingBodyId: string,
): asserts person is SignedInPerson {
  if (!person) throw unauthenticated();
  if (!canActForBody(person, organizingBodyId)) throw forbidden();
}
