import { type Catalogue } from './catalogue';

/** German texts of publication: proposals, answers by mail, confirmations, backfill (spread into de.ts). */
export const publicationDe: Pick<Catalogue, 'publication'> = {
  publication: {
    entities: {
      publication: 'Die Veröffentlichung',
      proposal: 'Der Vorschlag',
      team: 'Das Team',
      nonprofit: 'Die Organisation',
    },
    errors: {
      eventNotMatching:
        'Ein Lauf wird nur veröffentlicht, solange die Veranstaltung in der Teambildung ist; diese ist {{status}}.',
      alreadyPublished:
        'Lauf {{run}} dieser Veranstaltung ist bereits veröffentlicht; eine Veranstaltung wird einmal veröffentlicht.',
      runNotDone: 'Nur ein fertiger Lauf kann veröffentlicht werden.',
      runEmpty: 'Dieser Lauf hat kein Team, das veröffentlicht werden könnte.',
      notPublished: 'Diese Veranstaltung ist noch nicht veröffentlicht.',
      eventNotPublished: 'Das geht nur, solange die Veranstaltung veröffentlicht ist; sie ist {{status}}.',
      publishThroughRun:
        'Eine Veranstaltung wird veröffentlicht, indem einer ihrer Matching-Läufe veröffentlicht wird (auf der Seite des Laufs).',
      alreadyAnswered: 'Dieser Vorschlag ist bereits beantwortet: {{status}}.',
      deadlinePassed: 'Die Antwortfrist ist abgelaufen.',
      notAccepted: 'Nur ein zugesagter Platz kann abgesagt werden.',
      notActive: 'Dieser Platz ist nicht mehr vergeben.',
      slotStarted: 'Das Team hat bereits begonnen.',
      nothingToConfirm: 'Alle Mitglieder dieses Teams sind bereits bestätigt.',
      nothingToReplace: 'Kein Platz dieses Teams braucht Ersatz.',
      noReplacement: 'Für „{{challenge}}“ ist keine passende ehrenamtliche Person frei: {{reason}}',
      tooLate: 'Das Team trifft sich zu bald, um noch Ersatz vorzuschlagen.',
    },
    validation: {
      deadlineFuture_one: 'Die Antwortfrist muss mindestens {{count}} Stunde in der Zukunft liegen.',
      deadlineFuture_other: 'Die Antwortfrist muss mindestens {{count}} Stunden in der Zukunft liegen.',
      deadlineBeforeSlot: 'Die Antwortfrist muss vor dem ersten Teamtreffen liegen ({{start}}).',
    },
    statuses: {
      PROPOSED: 'vorgeschlagen',
      ACCEPTED: 'zugesagt',
      DECLINED: 'abgesagt',
      EXPIRED: 'nicht rechtzeitig beantwortet',
      CANCELLED: 'zurückgezogen',
    },
    freedBecause: {
      DECLINED: 'abgesagt',
      EXPIRED: 'keine Antwort bis zur Frist',
      CANCELLED_VOLUNTEER: 'von der ehrenamtlichen Person zurückgezogen',
      CANCELLED_NONPROFIT: 'von der Organisation zurückgezogen',
    },
    noReplacement: {
      noCandidate: 'niemand, der in diesem Zeitfenster frei ist, passt zur Herausforderung',
      invalidTeam:
        'die verbleibenden Mitglieder und die freien Ehrenamtlichen können kein Team bilden, das die nötigen Fähigkeiten abdeckt',
    },
    skillLevel: '{{skill}}: {{level}}',
    memberWithSkills: '{{name}} ({{skills}})',
    noSkills: 'keine Fähigkeiten angegeben',
    onlineMeeting: 'online: {{url}}',
    online: 'online',
    contactLine: '{{name}}: {{details}}',
    mail: {
      proposal: {
        subject: 'Ihr Teamvorschlag: „{{challenge}}“ bei {{event}}',
        intro:
          'Das Orga-Team von {{event}} schlägt vor, dass Sie {{nonprofit}} bei der Herausforderung „{{challenge}}“ unterstützen.',
        introReplacement:
          'In einem Team bei {{event}} ist ein Platz frei geworden: Das Orga-Team schlägt vor, dass Sie {{nonprofit}} bei der Herausforderung „{{challenge}}“ unterstützen.',
        problem: 'Was heute nicht gut läuft: {{problem}}',
        goal: 'Was danach funktionieren soll: {{goal}}',
        when: 'Wann und wo: {{when}}, {{place}}.',
        team: 'Ihr Team: {{team}}.',
        teamAlone: 'Bisher sind Sie das einzige Mitglied dieses Teams.',
        deadline:
          'Bitte antworten Sie bis {{deadline}}; ohne Antwort bis dahin werten wir es als Absage. Die Kalendereinladung ist angehängt.',
        accept: 'Ja, ich sage zu',
        decline: 'Nein, ich sage ab',
      },
      reminder: {
        subject: 'Erinnerung: Bitte antworten Sie bis {{deadline}}',
        intro: 'Sie haben auf den Vorschlag für „{{challenge}}“ bei {{event}} ({{when}}) noch nicht geantwortet.',
        deadline: 'Bitte antworten Sie bis {{deadline}}; ohne Antwort bis dahin werten wir es als Absage.',
      },
      answered: {
        acceptedSubject: 'Sie haben zugesagt: „{{challenge}}“ bei {{event}}',
        acceptedIntro: 'Danke! Sie haben den Platz im Team für „{{challenge}}“ von {{nonprofit}} zugesagt ({{when}}).',
        waitForNonprofit: 'Sobald {{nonprofit}} das Team bestätigt, erhalten Sie die Kontaktdaten.',
        declinedSubject: 'Sie haben abgesagt: „{{challenge}}“',
        declinedIntro:
          'Sie haben den Platz im Team für „{{challenge}}“ von {{nonprofit}} abgesagt. Danke, dass Sie Bescheid geben.',
        dashboard: 'Ihre Vorschläge',
      },
      contacts: 'So erreichen Sie {{nonprofit}}: {{contacts}}.',
      calendarConfirmed: 'Der angehängte Kalendereintrag bestätigt den Termin in Ihrem Kalender.',
      calendarCancelled: 'Der angehängte Kalendereintrag nimmt den Termin aus Ihrem Kalender.',
      withdrawn: {
        subject: 'Sie haben Ihren Platz zurückgezogen: „{{challenge}}“',
        intro:
          'Sie haben Ihren Platz im Team für „{{challenge}}“ bei {{event}} zurückgezogen ({{when}}). Danke, dass Sie Bescheid geben; das Orga-Team sucht Ersatz.',
      },
      teamConfirmed: {
        subject: 'Ihr Team ist bestätigt: „{{challenge}}“',
        intro: '{{nonprofit}} hat das Team für „{{challenge}}“ bestätigt ({{when}}).',
      },
      expired: {
        subject: 'Vorschlag abgelaufen: „{{challenge}}“',
        intro:
          'Die Antwortfrist für „{{challenge}}“ bei {{event}} ist ohne Antwort abgelaufen; wir haben es als Absage gewertet. Das Orga-Team sucht jemand anderen für den Platz.',
      },
      released: {
        subject: 'Änderung in Ihrem Team: „{{challenge}}“',
        intro: '{{nonprofit}} hat Ihren Platz im Team für „{{challenge}}“ zurückgezogen ({{when}}).',
        reason: 'Die Begründung: {{reason}}',
        thanks: 'Danke für Ihre Bereitschaft zu helfen; das Orga-Team meldet sich wegen anderer Teams.',
      },
      proposedTeam: {
        subject: 'Ihr vorgeschlagenes Team: „{{challenge}}“ bei {{event}}',
        intro:
          'Das Orga-Team von {{event}} hat ein Team für Ihre Herausforderung „{{challenge}}“ gebildet ({{when}}, {{place}}).',
        team: 'Vorgeschlagen: {{team}}.',
        next: 'Die Ehrenamtlichen antworten bis {{deadline}}. Bitte bestätigen Sie Ihr Team: Sobald eine Person zugesagt und Sie bestätigt haben, sehen Sie gegenseitig Ihre Kontaktdaten.',
        action: 'Team ansehen und bestätigen',
      },
      teamChanged: {
        subject: 'Änderung in Ihrem Team: „{{challenge}}“',
        left: '{{left}} kann nicht mehr kommen ({{why}}).',
        joined:
          '{{joined}} ist stattdessen vorgeschlagen und antwortet gerade; bitte bestätigen Sie auch diese Person.',
        open: 'Das Orga-Team sucht Ersatz.',
        action: 'Team ansehen',
      },
      organizerUpdate: {
        subject: 'Teamänderung bei {{event}}: „{{challenge}}“',
        left: 'Der Platz von {{left}} in „{{challenge}}“ ist frei geworden ({{why}}).',
        proposed:
          'Da das automatische Nachbesetzen eingeschaltet ist, hat das Matching {{joined}} vorgeschlagen; die Antwort steht aus.',
        notFound: 'Es konnte kein Ersatz vorgeschlagen werden: {{reason}}',
        action: 'Veröffentlichung öffnen',
      },
    },
    page: {
      labels: {
        problem: 'Was heute nicht gut läuft',
        goal: 'Was danach funktionieren soll',
        when: 'Wann',
        place: 'Wo',
        team: 'Ihr Team',
      },
      confirmAcceptTitle: 'Vorschlag zusagen?',
      confirmDeclineTitle: 'Vorschlag absagen?',
      intro: 'Bei {{event}}: {{nonprofit}} bei „{{challenge}}“ unterstützen.',
      deadline: 'Bitte antworten Sie bis {{deadline}}.',
      acceptButton: 'Ja, ich sage zu',
      declineButton: 'Nein, ich sage ab',
      switchToDecline: 'Doch lieber absagen?',
      switchToAccept: 'Doch lieber zusagen?',
      acceptedTitle: 'Sie haben zugesagt',
      acceptedText: 'Sie haben diesen Vorschlag am {{date}} zugesagt.',
      declinedTitle: 'Sie haben abgesagt',
      declinedText: 'Sie haben diesen Vorschlag am {{date}} abgesagt.',
      recorded: 'Danke! Ihre Antwort ist gespeichert, und wir haben Ihnen eine Bestätigung geschickt.',
      afterAccept: 'Wenn Sie nicht mehr kommen können, ziehen Sie Ihren Platz in Ihrer Übersicht zurück.',
      expiredTitle: 'Die Antwortfrist ist abgelaufen',
      expiredText:
        'Dieser Link galt bis zur Antwortfrist. Der Platz ist vielleicht schon vergeben; bitte wenden Sie sich an das Orga-Team, wenn Sie trotzdem helfen möchten.',
      cancelledTitle: 'Dieser Platz wurde zurückgezogen',
      cancelledText: 'Dieser Platz im Team wurde am {{date}} zurückgezogen.',
      invalidTitle: 'Dieser Link ist ungültig',
      invalidText:
        'Der Link ist unvollständig oder wurde verändert. Bitte öffnen Sie ihn erneut vollständig aus Ihrer E-Mail.',
      foreignTitle: 'Dieser Link gehört zu einem anderen Vorschlag',
      foreignText: 'Der Link passt nicht zu diesem Vorschlag. Bitte öffnen Sie den Link aus Ihrer eigenen E-Mail.',
      refusedTitle: 'Ihre Antwort wurde nicht gespeichert',
      refusedText:
        'Die Antwort kam nicht von einer SkillShift-Seite. Bitte öffnen Sie den Link aus Ihrer E-Mail erneut.',
      closedTitle: 'Antworten sind geschlossen',
      closedText: 'Diese Veranstaltung nimmt keine Antworten auf Vorschläge mehr an.',
      goneTitle: 'Diesen Vorschlag gibt es nicht mehr',
      goneText: 'Das Orga-Team hat diesen Vorschlag entfernt. Bitte wenden Sie sich bei Fragen an das Orga-Team.',
      dashboard: 'Zur Übersicht',
      home: 'Zur Startseite',
    },
    ics: {
      title: '{{event}}: {{challenge}}',
      description:
        'Teamvorschlag für „{{challenge}}“ von {{nonprofit, beforePeriod}}. Bitte antworten Sie bis {{deadline}}: {{url}}',
      acceptedDescription: 'Sie haben zugesagt: Team für „{{challenge}}“ von {{nonprofit, beforePeriod}}.',
      cancelledDescription: 'Abgesagt: Team für „{{challenge}}“ von {{nonprofit, beforePeriod}}.',
    },
  },
};
