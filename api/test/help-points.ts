/** GraphQL documents and inputs for the help point specs and the authorization matrix. */
export const HELP_POINT_FIELDS = `id organizingBodyId name street postalCode city district openingHours languages
  topics website description updatedAt`;

export const HELP_POINTS = `query ($organizingBodyId: ID!) { helpPoints(organizingBodyId: $organizingBodyId) { ${HELP_POINT_FIELDS} } }`;
export const CREATE_HELP_POINT = `mutation ($organizingBodyId: ID!, $input: HelpPointInput!) {
  createHelpPoint(organizingBodyId: $organizingBodyId, input: $input) { ${HELP_POINT_FIELDS} }
}`;
export const UPDATE_HELP_POINT = `mutation ($id: ID!, $input: HelpPointInput!) {
  updateHelpPoint(id: $id, input: $input) { ${HELP_POINT_FIELDS} }
}`;
export const DELETE_HELP_POINT = `mutation ($id: ID!) { deleteHelpPoint(id: $id) }`;

/** A valid help point; override what a test is about. */
export function helpPointInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Digitalcafé Stadtbibliothek',
    street: 'Hundestraße 5–17',
    postalCode: '23552',
    city: 'Lübeck',
    district: 'Innenstadt',
    openingHours: 'Di und Do 14–17 Uhr',
    languages: ['de', 'en', 'tr'],
    topics: ['DEVICES', 'ONLINE_SERVICES'],
    website: 'stadtbibliothek.luebeck.de',
    description: 'Ehrenamtliche helfen beim Einrichten von Smartphones und bei Online-Anträgen.',
    ...overrides,
  };
}
