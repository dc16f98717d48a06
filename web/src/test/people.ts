/** A signed-in organizer of the body b1 ("Lübeck") who reads English, as the `me` query returns them. */
export const organizer = {
  __typename: 'Me',
  id: 'o1',
  name: 'Olga',
  email: 'olga@example.org',
  locale: 'en',
  roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
};
