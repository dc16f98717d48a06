/**
 * What the audit log records (organizers of the body read and filter it). Matching writes the first ones; publication,
 * answers, reveals of contact data and backfills add theirs here, so the web app can label and filter every action.
 */
export const AUDIT_ACTIONS = [
  'MATCHING_RUN_STARTED',
  'MATCHING_RUN_FINISHED',
  'MATCHING_RUN_FAILED',
  'MATCHING_PAIR_PINNED',
  'MATCHING_PIN_REMOVED',
  'MATCHING_PAIR_EXCLUDED',
  'MATCHING_EXCLUSION_REMOVED',
  'MATCHING_VOLUNTEER_MOVED',
  // Exports for the city and privacy rights (issue 6): a CSV/GeoJSON download, a person's data downloaded, an
  // account erased (on request, by the person, or by the retention job).
  'DATA_EXPORTED',
  'PERSONAL_DATA_EXPORTED',
  'ACCOUNT_ERASED',
  // Publication (issue 5): the run published, answers (also by deadline), cancellations, the nonprofit's confirmation,
  // contact data shown to the other side, replacements proposed or not found.
  'PUBLICATION_PUBLISHED',
  'PUBLICATION_SETTINGS_CHANGED',
  'PROPOSAL_ACCEPTED',
  'PROPOSAL_DECLINED',
  'PROPOSAL_EXPIRED',
  'PROPOSAL_CANCELLED',
  'TEAM_CONFIRMED',
  'CONTACT_DATA_REVEALED',
  'BACKFILL_PROPOSED',
  'BACKFILL_NOT_FOUND',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_LOG_LIMITS = { pageMax: 100 } as const;
