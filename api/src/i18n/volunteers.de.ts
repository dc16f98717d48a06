import { type Catalogue } from './catalogue';

/** Deutsche Texte zu Profilen und Anmeldungen von Ehrenamtlichen (in de.ts eingefügt). */
export const volunteersDe: Pick<Catalogue, 'volunteers'> = {
  volunteers: {
    registrationEntity: 'Die Anmeldung',
    errors: {
      registrationClosed:
        'Für diese Veranstaltung können sich Ehrenamtliche jetzt nicht anmelden: Sie ist „{{status}}“.',
      deadlinePassed: 'Die Anmeldefrist für Ehrenamtliche ist abgelaufen.',
      alreadyRegistered:
        'Sie sind für diese Veranstaltung schon angemeldet. Ihre Zeitfenster ändern oder sich abmelden können Sie in Ihrer Übersicht.',
      withdrawn: 'Diese Anmeldung wurde zurückgezogen. Um doch teilzunehmen, melden Sie sich noch einmal an.',
      withdrawClosed:
        'Die Teams dieser Veranstaltung sind schon veröffentlicht. Wenn Sie nicht kommen können, lehnen Sie bitte Ihren Vorschlag ab oder sagen Sie dem Orga-Team Bescheid.',
    },
    validation: {
      unknownSkill: 'Diese Fähigkeit steht nicht in unserer Liste. Bitte wählen Sie eine aus der Suche.',
      duplicateSkill: 'Diese Fähigkeit steht schon in der Liste.',
      consentRequired:
        'Bitte stimmen Sie der Verarbeitung Ihrer Daten zu; ohne Zustimmung können wir Sie nicht anmelden.',
      intakeConsent: 'Bitte bestätigen Sie, dass die Person der Verarbeitung ihrer Daten zugestimmt hat.',
      profileRequired: 'Bitte füllen Sie zuerst Ihr Profil als Ehrenamtliche*r aus.',
      maxAssignmentsAboveSlots:
        'Pro Zeitfenster übernehmen Sie höchstens eine Herausforderung: Bei {{slots}} gewählten Zeitfenster(n) bitte höchstens {{slots}}.',
      intakeMethod: 'Bitte wählen Sie, wie die Zustimmung gegeben wurde: am Telefon, auf Papier oder persönlich.',
      emailTaken:
        'Zu dieser Adresse gibt es schon ein Konto bei SkillShift: Mit ihrem Konto meldet sich die Person selbst an (schicken Sie ihr die Seite der Veranstaltung). Geht das für sie nicht, lassen Sie die Adresse leer und tragen Sie die Person mit ihrer Telefonnummer ein.',
    },
    mail: {
      registrationConfirmed: {
        subject: 'Sie sind für {{event}} angemeldet',
        intro: 'Danke, dass Sie Ihr Können bei „{{event}}“ einbringen. Sie können zu diesen Zeitfenstern kommen:',
        maxAssignments_one: 'Sie übernehmen höchstens {{count}} Herausforderung.',
        maxAssignments_other: 'Sie übernehmen höchstens {{count}} Herausforderungen.',
        next: 'Vor der Veranstaltung bildet das Orga-Team die Teams; dann bekommen Sie einen Vorschlag, den Sie annehmen oder ablehnen. Bis zur Anmeldefrist können Sie Ihre Zeitfenster in Ihrer Übersicht ändern oder sich abmelden.',
        action: 'Meine Übersicht öffnen',
      },
      intakeReview: {
        subject: 'Bitte prüfen Sie Ihre Angaben bei SkillShift',
        intro:
          'Wie mit Ihnen besprochen, hat {{body}} Sie als Ehrenamtliche*n für „{{event}}“ bei SkillShift angemeldet.',
        check:
          'Bitte prüfen Sie, ob Ihre Angaben und Fähigkeiten stimmen. Sie können sie selbst ändern oder sich abmelden, falls Sie doch nicht kommen können.',
        expiry:
          'Der Knopf meldet Sie an; er funktioniert einmal und {{days}} Tage lang. Später fordern Sie auf der Anmeldeseite mit dieser Adresse einen Anmeldelink an.',
        action: 'Meine Angaben prüfen',
      },
    },
  },
};
