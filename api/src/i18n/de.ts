import { type Catalogue } from './catalogue';
import { nonprofitsDe } from './nonprofits.de';
import { matchingDe } from './matching.de';
import { publicationDe } from './publication.de';
import { privacyDe } from './privacy.de';
import { feedbackDe } from './feedback.de';
import { volunteersDe } from './volunteers.de';

/** Deutsche Texte des Servers: Fehlermeldungen und E-Mails. */
export const de: Catalogue = {
  errors: {
    internal: 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.',
    notFound: '{{entity}} wurde nicht gefunden.',
    forbidden: 'Dazu sind Sie nicht berechtigt.',
    unauthenticated: 'Bitte melden Sie sich zuerst an.',
    invalidInput: 'Einige Felder sind nicht richtig ausgefüllt.',
    conflict: 'Das wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    tooManyRequests: 'Zu viele Anfragen. Bitte warten Sie {{minutes}} Minuten und versuchen Sie es dann noch einmal.',
    organizingBodyRequired: 'Bitte wählen Sie die Trägerorganisation, in die Sie einladen.',
    organizingBodyExists: 'Eine Trägerorganisation namens „{{name}}“ gibt es schon.',
    alreadyOrganizer: '{{email}} organisiert bereits für {{body}}.',
    organizerInvitationPending:
      '{{email}} ist bereits zu {{body}} eingeladen und hat sich noch nicht angemeldet. Mit dieser Adresse lässt sich unter „Anmelden“ ein neuer Anmeldelink anfordern.',
    eventTransition: 'Eine Veranstaltung kann nicht von „{{from}}“ zu „{{to}}“ wechseln.',
    eventOpenNeedsSlotsAndDeadlines:
      'Eine Veranstaltung kann die Anmeldung erst mit mindestens einem Zeitfenster und beiden Anmeldefristen öffnen.',
    eventDoneBeforeEnd:
      'Eine Veranstaltung kann erst als abgeschlossen markiert werden, wenn ihr letztes Zeitfenster vorbei ist: Dann gehen die Bitten um Feedback per E-Mail hinaus.',
    eventSlotsLocked: 'Die Zeitfenster können nicht mehr geändert werden, solange die Veranstaltung „{{status}}“ ist.',
    eventNotEditable: 'Die Veranstaltung kann nicht mehr geändert werden, solange sie „{{status}}“ ist.',
    eventDeleteOnlyDraft: 'Nur eine Veranstaltung in Vorbereitung kann gelöscht werden; diese ist „{{status}}“.',
  },
  validation: {
    isNotEmpty: 'Bitte füllen Sie dieses Feld aus.',
    isEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    maxLength: 'Bitte verwenden Sie höchstens {{max}} Zeichen.',
    minLength: 'Bitte verwenden Sie mindestens {{min}} Zeichen.',
    min: 'Bitte geben Sie einen Wert von mindestens {{min}} ein.',
    max: 'Bitte geben Sie einen Wert von höchstens {{max}} ein.',
    isInt: 'Bitte geben Sie eine ganze Zahl ein.',
    isIn: 'Bitte wählen Sie einen der angebotenen Werte.',
    isEnum: 'Bitte wählen Sie einen der angebotenen Werte.',
    isDate: 'Bitte geben Sie ein gültiges Datum ein.',
    isUrl: 'Bitte geben Sie eine gültige Webadresse ein (https://…).',
    invalid: 'Dieser Wert ist nicht gültig.',
    arrayMinSize: 'Bitte fügen Sie mindestens einen Eintrag hinzu.',
    chooseAtLeastOne: 'Bitte wählen Sie mindestens eine Option aus.',
    postalCode: 'Bitte geben Sie fünf Ziffern ein.',
    phoneCharacters: 'Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - / ein.',
    phoneDigits: 'Bitte geben Sie eine Telefonnummer mit mindestens 5 Ziffern ein.',
    arrayMaxSize: 'Bitte fügen Sie höchstens {{max}} Einträge hinzu.',
    slotEndsBeforeStart: 'Das Ende muss nach dem Beginn liegen.',
    deadlineAfterFirstSlot: 'Die Frist muss vor dem Beginn des ersten Zeitfensters liegen.',
    venueOrOnline: 'Bitte geben Sie einen Veranstaltungsort an oder kennzeichnen Sie die Veranstaltung als online.',
    unknownSlot: 'Dieses Zeitfenster gehört nicht zu der Veranstaltung.',
  },
  eventStatuses: {
    DRAFT: 'in Vorbereitung',
    OPEN: 'offen für Anmeldungen',
    CLOSED: 'für Anmeldungen geschlossen',
    MATCHING: 'in der Teambildung',
    PUBLISHED: 'mit veröffentlichten Teams',
    DONE: 'abgeschlossen',
    ARCHIVED: 'archiviert',
  },
  entities: {
    event: 'Die Veranstaltung',
    organizingBody: 'Die Trägerorganisation',
  },
  mail: {
    footer:
      'Sie erhalten diese E-Mail, weil Ihre Adresse bei SkillShift eingetragen wurde, der Plattform, die gemeinnützige Organisationen und digitale Ehrenamtliche zusammenbringt.',
    greeting: 'Hallo {{name}},',
    greetingAnonymous: 'Hallo,',
    signOff: 'Ihr SkillShift-Team',
    test: {
      subject: 'SkillShift-Testnachricht',
      body: 'Dies ist eine Testnachricht von SkillShift. Wenn Sie sie lesen können, funktioniert der Mailversand.',
    },
    signInLink: {
      subject: 'Ihr Anmeldelink für SkillShift',
      intro: 'Jemand, hoffentlich Sie, möchte sich mit dieser Adresse bei SkillShift anmelden.',
      action: 'Bei SkillShift anmelden',
      expiry:
        'Der Link funktioniert einmal und {{minutes}} Minuten lang. Danach fordern Sie auf der Anmeldeseite einen neuen an.',
      ignore: 'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Ohne den Link passiert nichts.',
    },
    signUpLink: {
      subject: 'Bitte bestätigen Sie Ihre Adresse für SkillShift',
      intro:
        'Willkommen bei SkillShift! Bitte bestätigen Sie, dass diese Adresse Ihnen gehört; der Link meldet Sie an und bringt Sie zurück zu Ihrer Registrierung.',
      action: 'Bestätigen und weiter',
      expiry:
        'Der Link funktioniert einmal und {{minutes}} Minuten lang. Danach fordern Sie auf der Anmeldeseite einen neuen an.',
      ignore:
        'Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail: Ohne den Link wird nichts in Ihrem Namen angelegt.',
    },
    organizerInvitation: {
      subject: 'Einladung: Veranstalten mit {{body}} bei SkillShift',
      intro:
        'Sie wurden als Organisatorin oder Organisator von „{{body}}“ zu SkillShift eingeladen. Dort bereiten Sie Veranstaltungen vor, die gemeinnützige Organisationen und digitale Ehrenamtliche zusammenbringen.',
      action: 'Anmelden und loslegen',
      expiry:
        'Der Link funktioniert einmal und {{days}} Tage lang. Danach fordern Sie mit dieser Adresse auf der Anmeldeseite einen Anmeldelink an.',
    },
  },
  verifyPage: {
    title: 'Bei SkillShift anmelden',
    intro:
      'Drücken Sie die Schaltfläche, um sich mit Ihrem Link anzumelden. Das Öffnen des Links allein meldet Sie nicht an.',
    button: 'Anmelden',
    invalidTitle: 'Dieser Anmeldelink funktioniert nicht mehr',
    invalidText:
      'Anmeldelinks funktionieren nur einmal und nur kurze Zeit. Dieser wurde schon benutzt oder ist abgelaufen.',
    requestNew: 'Neuen Anmeldelink anfordern',
    refusedTitle: 'Anmeldung abgelehnt',
    refusedText:
      'Die Anmeldung kam nicht von einer SkillShift-Seite. Bitte öffnen Sie den Link aus Ihrer E-Mail noch einmal.',
    home: 'Zur Startseite',
  },
  ...nonprofitsDe,
  ...volunteersDe,
  ...privacyDe,
  ...feedbackDe,
  ...matchingDe,
  ...publicationDe,
};
