/**
 * Privacy and data lifecycle: how long contact data of inactive people is kept, and the words the account page and
 * the API share.
 */

/** People inactive for longer than this lose their contact data (RETENTION_INACTIVE_MONTHS overrides it). */
export const RETENTION_DEFAULT_INACTIVE_MONTHS = 24;

/** The warning mail goes out this many days before the purge; signing in or the mail's link keeps the account. */
export const RETENTION_WARNING_DAYS = 30;
