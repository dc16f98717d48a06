import { type UiLocale } from './locales';

/**
 * Help points for digital participation (Anlaufstellen für digitale Teilhabe): places an organizing body refers people
 * and nonprofits to after an event. What they help with is one of these topics, named by HELP_TOPIC_LABELS.
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

/**
 * The topics' names, the one source for the web app (`helpPoints.topics.<TOPIC>`) and the mails and server pages
 * (`feedback.topics.<TOPIC>`): a nonprofit asks for help with a topic on the feedback page, the organizer sees it in
 * the follow-ups and picks a help point by it, and the referral mail names the point's topics; all in the same words.
 */
export const HELP_TOPIC_LABELS: Readonly<Record<UiLocale, Readonly<Record<HelpTopic, string>>>> = {
  de: {
    DEVICES: 'Geräte: Smartphone, Tablet und Computer einrichten',
    INTERNET_BASICS: 'Erste Schritte im Internet',
    ONLINE_SERVICES: 'Online-Dienste von Ämtern und Banken',
    COMMUNICATION: 'E-Mail, Messenger und Videoanrufe',
    SAFETY_PRIVACY: 'Sicherheit im Netz und Datenschutz',
    OFFICE_SOFTWARE: 'Büroprogramme',
    WEBSITE_SOCIAL_MEDIA: 'Website und soziale Medien für Vereine',
    ACCESSIBILITY: 'Barrierefreiheit und Hilfsmittel',
  },
  en: {
    DEVICES: 'Devices: setting up smartphones, tablets and computers',
    INTERNET_BASICS: 'First steps on the internet',
    ONLINE_SERVICES: 'Online services of authorities and banks',
    COMMUNICATION: 'E-mail, messengers and video calls',
    SAFETY_PRIVACY: 'Safety online and data protection',
    OFFICE_SOFTWARE: 'Office programs',
    WEBSITE_SOCIAL_MEDIA: 'Website and social media for associations',
    ACCESSIBILITY: 'Accessibility and assistive technology',
  },
};

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
