import { type Catalogue } from './catalogue';

/** German texts of help points, exports and privacy (spread into de.ts); the same keys as privacy.en.ts. */
export const privacyDe: Pick<Catalogue, 'helpPoints' | 'exports' | 'privacy'> = {
  helpPoints: {
    entity: 'Die Anlaufstelle',
    errors: {
      tooMany: 'Ein Veranstalter kann höchstens {{max}} Anlaufstellen führen.',
    },
  },
  exports: {
    columns: {
      challengeId: 'ID der Herausforderung',
      title: 'Titel',
      status: 'Status',
      priority: 'Priorität',
      nonprofit: 'Organisation',
      district: 'Stadtteil',
      skills: 'Fähigkeiten',
      teamMin: 'Teamgröße ab',
      teamMax: 'Teamgröße bis',
      format: 'Format',
      submittedAt: 'Eingereicht am',
      registrationId: 'ID der Anmeldung',
      name: 'Name',
      email: 'E-Mail',
      phone: 'Telefon',
      registrationStatus: 'Anmeldung',
      slots: 'Zeitfenster',
      maxAssignments: 'Höchstens Herausforderungen',
      languages: 'Sprachen',
      assisted: 'Von Veranstaltern angemeldet',
      registeredAt: 'Angemeldet am',
    },
    registrationStatuses: {
      REGISTERED: 'angemeldet',
      WITHDRAWN: 'abgemeldet',
    },
    skillRequired: '{{skill}} (Stufe {{level}}, erforderlich)',
    skillWished: '{{skill}} (Stufe {{level}}, gewünscht)',
    skillLevel: '{{skill}} (Stufe {{level}})',
    yes: 'ja',
    no: 'nein',
    erasedPerson: '(Konto gelöscht)',
  },
  privacy: {
    personEntity: 'Die Person',
    errors: {
      staffAccount:
        'Veranstalter und Plattform-Admins löschen ihr Konto selbst; Veranstalter können es nicht auf Anfrage löschen.',
      lastOrganizer:
        'Sie sind die einzige Person, die „{{body}}“ organisiert. Bitte laden Sie zuerst jemanden ins Team ein, bevor Sie Ihr Konto löschen.',
      lastAdmin:
        'Sie sind der einzige Plattform-Admin. Bitte machen Sie zuerst jemand anderen zum Admin, bevor Sie Ihr Konto löschen.',
    },
    validation: {
      confirmErasure: 'Bitte bestätigen Sie, dass das Konto und seine personenbezogenen Daten gelöscht werden sollen.',
    },
    keepPage: {
      confirmTitle: 'SkillShift-Konto behalten',
      confirmText:
        'Ihr Konto wurde lange nicht genutzt, daher würden wir Ihre Kontaktdaten bald löschen. Drücken Sie den Knopf, um Ihr Konto zu behalten.',
      button: 'Mein Konto behalten',
      keptTitle: 'Ihr Konto bleibt bestehen',
      keptText: 'Danke. Wir behalten Ihr Konto und Ihre Kontaktdaten. Sie müssen nichts weiter tun.',
      invalidTitle: 'Dieser Link funktioniert nicht mehr',
      invalidText:
        'Der Link ist unvollständig, abgelaufen oder das Konto gibt es nicht mehr. Wenn Sie noch ein Konto haben, melden Sie sich einfach an: Auch das behält es.',
      refusedTitle: 'Nicht bestätigt',
      refusedText:
        'Die Bestätigung kam nicht von einer SkillShift-Seite. Bitte öffnen Sie den Link aus Ihrer E-Mail erneut.',
      home: 'Zur Startseite',
    },
    mail: {
      retentionWarning: {
        subject: 'Möchten Sie Ihr SkillShift-Konto behalten?',
        intro:
          'Sie haben Ihr SkillShift-Konto seit fast {{months}} Monaten nicht genutzt. Wir speichern Kontaktdaten nur so lange, wie sie gebraucht werden.',
        date: 'Wenn Sie nichts tun, löschen wir am {{date}} Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer. Was Sie beigetragen haben, bleibt nur als anonyme Zahl erhalten.',
        keep: 'Um Ihr Konto zu behalten, nutzen Sie den Knopf unten oder melden Sie sich einfach an.',
        nothing: 'Wenn Sie das Konto nicht mehr brauchen, müssen Sie nichts tun.',
        action: 'Mein Konto behalten',
        signIn: 'Anmelden',
      },
      nextEdition: {
        subject: 'Anmeldung für {{event}} ist geöffnet',
        intro:
          '„{{body}}“ veranstaltet die nächste Ausgabe: „{{event}}“ am {{date}}. Sie waren bei einer früheren Ausgabe angemeldet, daher sagen wir Ihnen Bescheid.',
        volunteer:
          'Als Freiwillige oder Freiwilliger melden Sie sich mit wenigen Klicks wieder an: Ihr gespeichertes Profil ist schon ausgefüllt, Sie wählen nur die Zeitfenster.',
        nonprofit:
          'Als Organisation können Sie eine neue digitale Herausforderung mitbringen. Auf der Veranstaltungsseite finden Sie alles Nötige.',
        once: 'Sie erhalten diese Einladung einmal für diese Veranstaltung.',
        optOutVolunteer:
          'Einladungen können Sie in Ihrem Profil als Freiwillige*r abbestellen („Laden Sie mich zu späteren Ausgaben ein.“).',
        optOutNonprofit:
          'Einladungen an Ihre Organisation können Sie auf ihrer Seite unter „Profil bearbeiten“ abbestellen („Laden Sie uns ein, wenn eine Veranstaltung wieder stattfindet.“).',
        volunteerAction: 'Als Freiwillige*r anmelden',
        nonprofitAction: 'Veranstaltungsseite öffnen',
      },
    },
  },
};
