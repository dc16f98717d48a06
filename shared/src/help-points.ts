/**
 * Help points for digital participation (Anlaufstellen für digitale Teilhabe): places an organizing body refers people
 * and nonprofits to after an event. What they help with is one of these topics; labels live in the web and mail
 * catalogues under `helpPoints.topics.<TOPIC>`.
 */
export const HELP_TOPICS = [
  'DEVICES',
  'INTERNET_BASICS',
  'ONLINE_SERVICES',
  'COMMUNICATION',
  'SAFETY_PRIVACY',
  'OFFICE_SOFTWARE',
  'WEBSITE_SOCIAL_MEDIA',
  'ACCESSIBILITY',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** Limits the API enforces and the form shows as help. */
export const HELP_POINT_LIMITS = {
  nameMin: 2,
  nameMax: 120,
  streetMax: 200,
  postalCodeMax: 10,
  cityMax: 100,
  districtMax: 100,
  openingHoursMin: 3,
  openingHoursMax: 500,
  descriptionMax: 1000,
  websiteMax: 300,
  /** Help points per organizing body; a list longer than this is no longer a list anyone reads. */
  perBodyMax: 200,
} as const;
