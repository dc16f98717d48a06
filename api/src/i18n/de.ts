import { type Catalogue } from './catalogue';

/** Deutsche Texte des Servers: Fehlermeldungen und E-Mails. */
export const de: Catalogue = {
  errors: {
    internal: 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.',
    notFound: '{{entity}} wurde nicht gefunden.',
    forbidden: 'Dazu sind Sie nicht berechtigt.',
    unauthenticated: 'Bitte melden Sie sich zuerst an.',
    invalidInput: 'Einige Felder sind nicht richtig ausgefüllt.',
    conflict: 'Das wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
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
  },
  entities: {
    event: 'Die Veranstaltung',
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
  },
};
