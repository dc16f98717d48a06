/**
 * The id of the input that edits an API field path, so that an error summary can link to it:
 * `input.challenge.skills[1].level` → `field-challenge-skills-1-level`.
 */
export const fieldIdFor = (path: string): string =>
  `field-${path
    .replace(/^input\./, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/-$/, '')}`;
