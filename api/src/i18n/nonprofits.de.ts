import { type Catalogue } from './catalogue';

/** Deutsche Texte zu Organisationen und Herausforderungen: Fehler, Feldmeldungen und E-Mails (in de.ts eingefügt). */
export const nonprofitsDe: Pick<Catalogue, 'nonprofits' | 'challenges'> = {
  nonprofits: {
    entity: 'Die Organisation',
    contactEntity: 'Die Ansprechperson',
    errors: {
      nameTaken: 'Eine Organisation namens „{{name}}“ ist bei dieser Trägerorganisation bereits registriert.',
      eventNotPublic: 'Organisationen registrieren sich über eine öffentlich ausgeschriebene Veranstaltung.',
      lastContact:
        'Eine Organisation braucht mindestens eine Ansprechperson. Fügen Sie erst eine weitere hinzu, bevor Sie diese entfernen.',
      contactExists: 'Diese Person ist bereits Ansprechperson der Organisation.',
    },
    validation: {
      nameTaken:
        'Eine Organisation mit diesem Namen ist bereits registriert. Wenn es Ihre ist, bitten Sie die Ansprechperson, Sie hinzuzufügen.',
      nameTakenIntake:
        'Eine Organisation mit diesem Namen ist bei Ihrer Stelle schon registriert. Ist es dieselbe, fügen Sie die Person auf ihrer Seite als Ansprechperson hinzu; sonst unterscheiden Sie die Namen, etwa durch den Ort.',
      consentRequired:
        'Bitte stimmen Sie der Verarbeitung der Daten zu; ohne Zustimmung können wir die Organisation nicht registrieren.',
      coordinatesTogether: 'Bitte geben Sie Breiten- und Längengrad an, oder keinen von beiden.',
      contactExists: 'Diese Person ist bereits Ansprechperson der Organisation.',
      intakeMethod: 'Bitte wählen Sie, wie die Zustimmung gegeben wurde: telefonisch, auf Papier oder persönlich.',
      reachable: 'Bitte geben Sie eine E-Mail-Adresse oder Telefonnummer an, damit die Organisation erreichbar ist.',
      invitationsByContact:
        'Nur eine Ansprechperson der Organisation kann die Einladungen wieder einschalten, wenn eine Veranstaltung wieder stattfindet.',
      mapConsentByContact:
        'Nur eine Ansprechperson der Organisation kann der Veröffentlichung auf der Karte zustimmen.',
    },
    mail: {
      contactAdded: {
        subject: 'Sie sind jetzt Ansprechperson von {{nonprofit}} bei SkillShift',
        intro:
          '{{addedBy}} hat Sie als Ansprechperson von „{{nonprofit}}“ bei SkillShift eingetragen. Dort beschreiben gemeinnützige Organisationen ihre digitalen Herausforderungen, und Ehrenamtliche helfen, sie zu lösen.',
        next: 'Melden Sie sich mit dieser Adresse an, um die Organisation und ihre Herausforderungen zu sehen.',
        action: 'Organisation öffnen',
      },
      intakeReview: {
        subject: 'Bitte prüfen Sie die Angaben zu {{nonprofit}} bei SkillShift',
        intro:
          'Wie mit Ihnen besprochen, hat {{body}} „{{nonprofit}}“ und die Herausforderung „{{challenge}}“ für Sie bei SkillShift eingetragen.',
        check: 'Bitte prüfen Sie, ob alles stimmt. Sie können die Angaben und die Beschreibung selbst ändern.',
        expiry:
          'Die Schaltfläche meldet Sie an; sie funktioniert einmal und {{days}} Tage lang. Danach fordern Sie mit dieser Adresse auf der Anmeldeseite einen Anmeldelink an.',
        action: 'Angaben prüfen',
      },
    },
  },
  challenges: {
    entity: 'Die Herausforderung',
    statuses: {
      DRAFT: 'Entwurf',
      SUBMITTED: 'eingereicht',
      NEEDS_INFO: 'Rückfrage offen',
      ACCEPTED: 'angenommen',
      REJECTED: 'nicht angenommen',
      WITHDRAWN: 'zurückgezogen',
    },
    errors: {
      transition: 'Eine Herausforderung kann nicht von „{{from}}“ zu „{{to}}“ wechseln.',
      eventClosed: 'Die Veranstaltung nimmt keine Herausforderungen an, solange sie „{{status}}“ ist.',
      deadlinePassed: 'Die Frist für Herausforderungen dieser Veranstaltung ist abgelaufen.',
      eventLocked: 'Das ist nicht mehr möglich, solange die Veranstaltung „{{status}}“ ist.',
      notEditable: 'Die Herausforderung kann nicht mehr geändert werden, solange sie „{{status}}“ ist.',
      deleteOnlyDraft: 'Nur ein Entwurf kann gelöscht werden; diese Herausforderung ist „{{status}}“.',
      otherBody: 'Die Organisation ist bei einer anderen Trägerorganisation registriert als der dieser Veranstaltung.',
      bulkRefused: 'Es wurde nichts geändert: „{{title}}“ kann nicht von „{{from}}“ zu „{{to}}“ wechseln.',
    },
    validation: {
      unknownSkill: 'Diese Fähigkeit steht nicht in der Liste der Fähigkeiten.',
      duplicateSkill: 'Diese Fähigkeit ist doppelt aufgeführt.',
      teamMaxBelowMin: 'Das größte Team darf nicht kleiner sein als das kleinste.',
      languageNotOfEvent: 'Bitte wählen Sie nur Sprachen, die auf der Veranstaltung gesprochen werden.',
      checklistRequired:
        'Bitte bestätigen Sie diesen Punkt. Wenn er noch nicht zutrifft, sprechen Sie vorher mit dem Orga-Team.',
      cannotMove: 'Diese Herausforderung kann nicht von „{{from}}“ zu „{{to}}“ wechseln.',
      notInEvent: 'Diese Herausforderung gehört nicht zu der Veranstaltung.',
    },
    mail: {
      question: {
        subject: 'Eine Rückfrage zu Ihrer Herausforderung „{{challenge}}“',
        intro:
          'Das Orga-Team von „{{event}}“ hat eine Rückfrage zur Herausforderung „{{challenge}}“ von {{nonprofit}}:',
        answer: 'Bitte antworten Sie auf der Seite der Herausforderung; das Orga-Team sieht sie sich dann erneut an.',
        action: 'Rückfrage beantworten',
      },
      accepted: {
        subject: 'Ihre Herausforderung „{{challenge}}“ wurde angenommen',
        intro:
          'Gute Nachrichten: Das Orga-Team von „{{event}}“ hat die Herausforderung „{{challenge}}“ von {{nonprofit}} angenommen.',
        next: 'Als Nächstes stellt das Orga-Team die Teams zusammen. Sie hören von uns, sobald Ihr Team feststeht.',
        action: 'Herausforderung öffnen',
      },
      rejected: {
        subject: 'Ihre Herausforderung „{{challenge}}“ wurde nicht angenommen',
        intro:
          'Das Orga-Team von „{{event}}“ konnte die Herausforderung „{{challenge}}“ von {{nonprofit}} diesmal nicht annehmen. Die Begründung:',
        next: 'Bei Fragen wenden Sie sich gern an das Orga-Team. Sie können auch bei einer späteren Veranstaltung eine Herausforderung einreichen.',
        action: 'Herausforderung öffnen',
      },
      answered: {
        subject: '{{nonprofit}} hat Ihre Rückfrage zu „{{challenge}}“ beantwortet',
        intro: '{{nonprofit}} hat Ihre Rückfrage zur Herausforderung „{{challenge}}“ für „{{event}}“ beantwortet:',
        next: 'Die Herausforderung ist wieder eingereicht und wartet auf Ihre Entscheidung.',
        action: 'Herausforderung sichten',
      },
    },
  },
};
