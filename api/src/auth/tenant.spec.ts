import { DomainError } from '../common/errors/domain-error';
import { type SignedInPerson } from './signed-in-person';
import { assertActsForBody, canActForBody, organizingBodiesOf } from './tenant';

const person = (roles: SignedInPerson['roles']): SignedInPerson => ({
  id: 'p',
  sessionId: 's',
  email: 'p@example.org',
  name: '',
  locale: 'de',
  roles,
});
const organizer = (bodyId: string) => ({
  role: 'ORGANIZER' as const,
  organizingBodyId: bodyId,
  organizingBodyName: bodyId,
});

describe('tenant isolation helpers', () => {
  const ofX = person([organizer('X')]);
  const ofXandY = person([organizer('X'), organizer('Y')]);
  const admin = person([{ role: 'PLATFORM_ADMIN', organizingBodyId: null, organizingBodyName: null }]);
  const volunteer = person([{ role: 'VOLUNTEER', organizingBodyId: null, organizingBodyName: null }]);

  it('lists the bodies a person organizes; all for platform admins; none for others', () => {
    expect(organizingBodiesOf(ofX)).toEqual(['X']);
    expect(organizingBodiesOf(ofXandY)).toEqual(['X', 'Y']);
    expect(organizingBodiesOf(admin)).toBe('all');
    expect(organizingBodiesOf(volunteer)).toEqual([]);
    expect(organizingBodiesOf(null)).toEqual([]);
  });

  it('allows acting for one’s own body only', () => {
    expect(canActForBody(ofX, 'X')).toBe(true);
    expect(canActForBody(ofX, 'Y')).toBe(false);
    expect(canActForBody(admin, 'Y')).toBe(true);
    expect(canActForBody(volunteer, 'X')).toBe(false);
  });

  it('throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for other bodies', () => {
    const code = (fn: () => void) => {
      try {
        fn();
        return 'ok';
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    expect(code(() => assertActsForBody(null, 'X'))).toBe('UNAUTHENTICATED');
    expect(code(() => assertActsForBody(ofX, 'Y'))).toBe('FORBIDDEN');
    expect(code(() => assertActsForBody(volunteer, 'X'))).toBe('FORBIDDEN');
    expect(code(() => assertActsForBody(ofXandY, 'Y'))).toBe('ok');
  });
});
