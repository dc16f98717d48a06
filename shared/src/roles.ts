/**
 * What a person may be on the platform; one person may hold several (a volunteer who also works for a nonprofit).
 * ORGANIZER is always held for one organizing body (tenant); NONPROFIT_CONTACT will be held for one nonprofit.
 */
export const ROLES = ['PLATFORM_ADMIN', 'ORGANIZER', 'NONPROFIT_CONTACT', 'VOLUNTEER'] as const;
export type Role = (typeof ROLES)[number];
