import { nonprofitsEn } from './nonprofits.en';
import { matchingEn } from './matching.en';
import { publicationEn } from './publication.en';
import { privacyEn } from './privacy.en';
import { feedbackEn } from './feedback.en';
import { volunteersEn } from './volunteers.en';

/** English server-side texts: error messages and mails. The German catalogue must have the same keys. */
export const en = {
  errors: {
    internal: 'Something went wrong on our side. Please try again later.',
    notFound: '{{entity}} was not found.',
    forbidden: 'You are not allowed to do this.',
    unauthenticated: 'Please sign in first.',
    invalidInput: 'Some fields are not filled in correctly.',
    conflict: 'This was changed in the meantime. Please reload and try again.',
    tooManyRequests: 'Too many requests. Please wait {{minutes}} minutes and try again.',
    organizingBodyRequired: 'Please choose the organizing body to invite into.',
    organizingBodyExists: 'An organizing body called “{{name}}” already exists.',
    alreadyOrganizer: '{{email}} already organizes for {{body}}.',
    organizerInvitationPending:
      '{{email}} has already been invited to {{body}} and has not signed in yet. With this address they can ask for a new sign-in link under “Sign in”.',
    eventTransition: 'An event cannot go from “{{from}}” to “{{to}}”.',
    eventOpenNeedsSlotsAndDeadlines:
      'An event opens for registration only with at least one slot and both registration deadlines.',
    eventDoneBeforeEnd:
      'An event can be marked finished only once its last slot has ended: that is when the feedback requests are mailed.',
    eventSlotsLocked: 'The slots can no longer be changed while the event is “{{status}}”.',
    eventNotEditable: 'The event can no longer be changed while it is “{{status}}”.',
    eventDeleteOnlyDraft: 'Only an event in preparation can be deleted; this one is “{{status}}”.',
  },
  validation: {
    isNotEmpty: 'Please fill in this field.',
    isEmail: 'Please enter a valid e-mail address.',
    maxLength: 'Please use at most {{max}} characters.',
    minLength: 'Please use at least {{min}} characters.',
    min: 'Please enter a value of at least {{min}}.',
    max: 'Please enter a value of at most {{max}}.',
    isInt: 'Please enter a whole number.',
    isIn: 'Please choose one of the offered values.',
    isEnum: 'Please choose one of the offered values.',
    isDate: 'Please enter a valid date.',
    isUrl: 'Please enter a valid web address (https://…).',
    invalid: 'This value is not valid.',
    arrayMinSize: 'Please add at least one entry.',
    chooseAtLeastOne: 'Please choose at least one.',
    postalCode: 'Please enter five digits.',
    phoneCharacters: 'Please enter a phone number with digits, spaces and + ( ) - / only.',
    phoneDigits: 'Please enter a phone number with at least 5 digits.',
    arrayMaxSize: 'Please add at most {{max}} entries.',
    slotEndsBeforeStart: 'The end must be after the start.',
    deadlineAfterFirstSlot: 'The deadline must be before the first slot starts.',
    venueOrOnline: 'Please enter a venue, or mark the event as online.',
    unknownSlot: 'This slot does not belong to the event.',
  },
  eventStatuses: {
    DRAFT: 'in preparation',
    OPEN: 'open for registration',
    CLOSED: 'closed for registration',
    MATCHING: 'forming teams',
    PUBLISHED: 'teams published',
    DONE: 'done',
    ARCHIVED: 'archived',
  },
  entities: {
    event: 'The event',
    organizingBody: 'The organizing body',
  },
  mail: {
    footer:
      'You receive this e-mail because your address was entered on SkillShift, the platform that brings nonprofits and digital volunteers together.',
    greeting: 'Hello {{name}},',
    greetingAnonymous: 'Hello,',
    signOff: 'Your SkillShift team',
    test: {
      subject: 'SkillShift test message',
      body: 'This is a test message from SkillShift. If you can read it, mail delivery works.',
    },
    signInLink: {
      subject: 'Your sign-in link for SkillShift',
      intro: 'Someone, hopefully you, asked to sign in to SkillShift with this address.',
      action: 'Sign in to SkillShift',
      expiry: 'The link works once and for {{minutes}} minutes. Then ask for a new one on the sign-in page.',
      ignore: 'If you did not ask for it, ignore this mail: nothing happens without the link.',
    },
    signUpLink: {
      subject: 'Confirm your address for SkillShift',
      intro:
        'Welcome to SkillShift! Please confirm that this address is yours; the link signs you in and takes you back to your registration.',
      action: 'Confirm and continue',
      expiry: 'The link works once and for {{minutes}} minutes. Then ask for a new one on the sign-in page.',
      ignore: 'If you did not register, ignore this mail: without the link nothing is created in your name.',
    },
    organizerInvitation: {
      subject: 'You are invited to organize with {{body}} on SkillShift',
      intro:
        'You were invited as an organizer of “{{body}}” on SkillShift, where you prepare events that bring nonprofits and digital volunteers together.',
      action: 'Sign in and get started',
      expiry:
        'The link works once and for {{days}} days. Later, ask for a sign-in link on the sign-in page with this address.',
    },
  },
  verifyPage: {
    title: 'Sign in to SkillShift',
    intro: 'Press the button to sign in with your link. Opening the link alone does not sign you in.',
    button: 'Sign in',
    invalidTitle: 'This sign-in link no longer works',
    invalidText: 'Sign-in links work once and only for a short time. This one has been used or has expired.',
    requestNew: 'Request a new sign-in link',
    refusedTitle: 'Sign-in refused',
    refusedText: 'The sign-in did not come from a SkillShift page. Please open the link from your mail again.',
    home: 'Go to the home page',
  },
  ...nonprofitsEn,
  ...volunteersEn,
  ...privacyEn,
  ...feedbackEn,
  ...matchingEn,
  ...publicationEn,
} as const;
