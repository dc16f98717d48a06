import { type Catalogue } from './catalogue';

/** German texts of matching runs, the review board, steering and the audit log (spread into de.ts). */
export const matchingDe: Pick<Catalogue, 'matching' | 'audit'> = {
  matching: {
    entities: {
      run: 'Der Matching-Lauf',
      pin: 'Die Festlegung',
      exclusion: 'Der Ausschluss',
      challenge: 'Die Herausforderung',
      volunteer: 'Die freiwillige Person',
    },
    errors: {
      eventNotMatching:
        'Teams werden nur gebildet, solange die Veranstaltung in der Teambildung ist; diese ist {{status}}.',
      noChallenges:
        'Die Veranstaltung hat noch keine angenommene Herausforderung: Nehmen Sie Herausforderungen an, bevor Sie das Matching starten.',
      noVolunteers: 'Für die Veranstaltung hat sich noch niemand als ehrenamtliche Person angemeldet.',
      pinConflict:
        'Die Festlegungen können nicht alle zugleich gelten ({{rule}}): {{pins}}. Entfernen Sie eine davon und starten Sie erneut.',
      invalidInstance:
        'Die Daten der Veranstaltung konnten nicht zugeordnet werden ({{path}}). Bitte sagen Sie dem Plattform-Team Bescheid.',
      solverFailed: 'Das Matching ist bei uns mit einem Fehler abgebrochen. Bitte starten Sie es erneut.',
      workerLost: 'Das Matching wurde dreimal unterbrochen (der Server startete neu). Bitte starten Sie es erneut.',
      runNotDone: 'Nur ein abgeschlossener Lauf kann geändert werden.',
      differentEvents: 'Nur Läufe derselben Veranstaltung lassen sich vergleichen.',
    },
    pinRules: {
      exclusion: 'ein festgelegtes Paar ist auch ausgeschlossen',
      scores: 'ein festgelegtes Paar hat keine Bewertung',
      language: 'keine gemeinsame Sprache',
      format: 'ein Format, das die Person nicht annimmt',
      availability: 'kein Zeitfenster, in dem die Person kann',
      teamSize: 'mehr Personen festgelegt, als das Team aufnimmt',
      maxAssignments: 'eine Person an mehr Herausforderungen festgelegt, als sie übernimmt',
      oneSlotPerChallenge: 'die an eine Herausforderung festgelegten Personen haben kein gemeinsames Zeitfenster',
      oneAssignmentPerSlot: 'eine Person wäre zur selben Zeit in zwei Teams',
      slotCapacity: 'mehr festgelegte Herausforderungen in einem Zeitfenster, als es Tische hat',
      validTeam: 'ein festgelegtes Team lässt sich nicht zu einem gültigen Team ergänzen',
      other: 'eine feste Regel',
    },
    validation: {
      allZero: 'Mindestens ein Faktor braucht ein Gewicht über 0.',
      notInRun: 'Das gehört nicht zu diesem Lauf.',
      sameRun: 'Bitte wählen Sie einen anderen Lauf zum Vergleich.',
      moveNowhere: 'Bitte wählen Sie, wohin die Person wechseln soll.',
      moveSame: 'Die Person ist bereits dort.',
    },
    formats: {
      onsite: 'vor Ort',
      remote: 'aus der Ferne',
      hybrid: 'hybrid',
    },
    rules: {
      challengeNotMatched: '„{{challenge}}“ ist keine angenommene Herausforderung dieser Veranstaltung.',
      volunteerNotRegistered: '{{name}} ist (nicht mehr) für diese Veranstaltung angemeldet.',
      volunteerNotInRun: '{{name}} war beim Start dieses Laufs nicht angemeldet.',
      language: '{{name}} spricht keine der Sprachen von „{{challenge}}“ ({{languages}}).',
      format: '{{name}} arbeitet nicht {{format}}, wie „{{challenge}}“ es braucht.',
      notAvailable: '{{name}} kann in keinem Zeitfenster von „{{challenge}}“.',
      notAvailableInSlot: '{{name}} kann im Zeitfenster {{slot}} nicht.',
      alreadyPinned: '{{name}} ist bereits an „{{challenge}}“ festgelegt.',
      pinExcluded: '{{name}} ist von „{{challenge}}“ ausgeschlossen: Entfernen Sie zuerst den Ausschluss.',
      pinTeamFull: '„{{challenge}}“ nimmt höchstens {{max}} Personen auf, und {{others}} sind bereits festgelegt.',
      pinMaxAssignments_one:
        '{{name}} übernimmt höchstens eine Herausforderung und ist bereits an {{others}} festgelegt.',
      pinMaxAssignments_other:
        '{{name}} übernimmt höchstens {{count}} Herausforderungen und ist bereits an {{others}} festgelegt.',
      pinNoCommonSlot:
        '{{name}} und {{others}}, festgelegt an „{{challenge}}“, haben kein gemeinsames Zeitfenster dafür.',
      pinSameSlot: '{{name}} müsste im selben Zeitfenster in „{{challenge}}“ und in „{{other}}“ sein.',
      pinNoTable:
        'Nicht alle festgelegten Herausforderungen finden ein Zeitfenster mit freiem Tisch für „{{challenge}}“.',
      alreadyExcluded: '{{name}} ist bereits von „{{challenge}}“ ausgeschlossen.',
      excludePinned: '{{name}} ist an „{{challenge}}“ festgelegt: Entfernen Sie zuerst die Festlegung.',
      notInTeam: '{{name}} ist in diesem Lauf nicht in „{{challenge}}“.',
      pinnedHere: '{{name}} ist an „{{challenge}}“ festgelegt: Entfernen Sie zuerst die Festlegung.',
      alreadyInTeam: '{{name}} ist bereits in „{{challenge}}“.',
      excluded: '{{name}} ist von „{{challenge}}“ ausgeschlossen.',
      runsInOtherSlot: '„{{challenge}}“ findet im Zeitfenster {{slot}} statt.',
      notInChallengeSlots: '„{{challenge}}“ kann im Zeitfenster {{slot}} nicht stattfinden.',
      alreadyInSlot: '{{name}} ist bereits in „{{challenge}}“ im Zeitfenster {{slot}}.',
      slotFull: 'Alle Tische im Zeitfenster {{slot}} sind belegt, „{{challenge}}“ kann dort nicht beginnen.',
      maxAssignments_one: '{{name}} übernimmt höchstens eine Herausforderung und ist bereits in {{challenges}}.',
      maxAssignments_other:
        '{{name}} übernimmt höchstens {{count}} Herausforderungen und ist bereits in {{challenges}}.',
      teamFull: '„{{challenge}}“ ist voll: höchstens {{max}} Personen.',
      teamTooSmallToStart:
        '„{{challenge}}“ braucht mindestens {{min}} Personen: Legen Sie sie gemeinsam fest und starten Sie das Matching erneut.',
      skillMissingToStart: '„{{challenge}}“ braucht {{skill}} ({{level}}), das {{name}} nicht abdeckt.',
      sourceTooSmall: 'Ohne {{name}} blieben „{{challenge}}“ nur {{count}} der mindestens {{min}} nötigen Personen.',
      sourceLosesSkill: 'Ohne {{name}} deckt niemand in „{{challenge}}“ {{skill}} ({{level}}) ab.',
    },
    unserved: {
      NO_COMPATIBLE_VOLUNTEER:
        'Keine ehrenamtliche Person spricht ihre Sprache, arbeitet in ihrem Format und kann in einem ihrer Zeitfenster.',
      NO_COMPATIBLE_VOLUNTEER_excluded:
        'Alle, die ihre Sprache sprechen, in ihrem Format arbeiten und in einem ihrer Zeitfenster können, sind von ihr ausgeschlossen: Heben Sie einen Ausschluss auf oder gewinnen Sie weitere Freiwillige.',
      SKILL_NOT_COVERED: 'Keine passende Person deckt die geforderte Fähigkeit {{skill}} ({{level}}) ab.',
      SKILL_NOT_COVERED_format_one:
        'Eine Person deckt die geforderte Fähigkeit {{skill}} ({{level}}) ab, kann aber nicht teilnehmen: Sie arbeitet nicht {{format}}.',
      SKILL_NOT_COVERED_format_other:
        '{{count}} Personen decken die geforderte Fähigkeit {{skill}} ({{level}}) ab, aber keine kann teilnehmen: Die meisten arbeiten nicht {{format}}.',
      SKILL_NOT_COVERED_language_one:
        'Eine Person deckt die geforderte Fähigkeit {{skill}} ({{level}}) ab, kann aber nicht teilnehmen: Sie spricht keine der Sprachen der Herausforderung.',
      SKILL_NOT_COVERED_language_other:
        '{{count}} Personen decken die geforderte Fähigkeit {{skill}} ({{level}}) ab, aber keine kann teilnehmen: Die meisten sprechen keine der Sprachen der Herausforderung.',
      SKILL_NOT_COVERED_slot_one:
        'Eine Person deckt die geforderte Fähigkeit {{skill}} ({{level}}) ab, kann aber nicht teilnehmen: Sie kann in keinem Zeitfenster der Herausforderung.',
      SKILL_NOT_COVERED_slot_other:
        '{{count}} Personen decken die geforderte Fähigkeit {{skill}} ({{level}}) ab, aber keine kann teilnehmen: Die meisten können in keinem Zeitfenster der Herausforderung.',
      SKILL_NOT_COVERED_excluded_one:
        'Eine Person deckt die geforderte Fähigkeit {{skill}} ({{level}}) ab, kann aber nicht teilnehmen: Sie ist von der Herausforderung ausgeschlossen.',
      SKILL_NOT_COVERED_excluded_other:
        '{{count}} Personen decken die geforderte Fähigkeit {{skill}} ({{level}}) ab, aber keine kann teilnehmen: Sie sind von der Herausforderung ausgeschlossen.',
      TOO_FEW_VOLUNTEERS_one: 'Nur eine passende Person für ein Team von mindestens {{needed}}.',
      TOO_FEW_VOLUNTEERS_other: 'Nur {{count}} passende Personen für ein Team von mindestens {{needed}}.',
      NO_COMMON_SLOT:
        'Kein Zeitfenster ({{slots}}) hat einen freien Tisch und zugleich genug passende Personen, die alle geforderten Fähigkeiten abdecken.',
      TEAM_TOO_SMALL_FOR_SKILLS:
        'Kein Team von höchstens {{max}} Personen deckt alle geforderten Fähigkeiten ab ({{skills}}): Erlauben Sie ein größeres Team oder machen Sie eine Fähigkeit optional.',
      SLOT_CAPACITY_TAKEN:
        'Alle {{capacity}} Tische im Zeitfenster {{slot}} gingen an Herausforderungen mit höherer oder gleicher Priorität.',
      VOLUNTEERS_TAKEN:
        'Im Zeitfenster {{slot}} sind nur noch {{available}} von {{compatible}} passenden Personen frei; ein Team von {{needed}} wird gebraucht. Die anderen sind in Teams anderer Herausforderungen.',
      COVERERS_TAKEN:
        'Alle, die {{skill}} ({{level}}) im Zeitfenster {{slot}} abdecken, sind in Teams anderer Herausforderungen: Gewinnen Sie eine weitere Person.',
      LOWER_PRIORITY_TRADEOFF:
        'Genug Personen und jemand für jede geforderte Fähigkeit sind frei, aber kein Team aus ihnen deckt alle Fähigkeiten innerhalb der Teamgröße ab, oder die Personen oder der Tisch gingen an andere Herausforderungen: Erhöhen Sie die Priorität, erlauben Sie ein größeres Team oder gewinnen Sie mehr Freiwillige.',
      EMPTIED_BY_HAND: 'Ihr Team wurde in diesem Lauf von Hand anderen zugeordnet.',
    },
  },
  audit: {
    validation: {
      toAfterFrom: 'Das Ende muss nach dem Beginn liegen.',
    },
    withoutTeam: 'ohne Team',
    optimal: 'nachweislich optimal',
    withinGap:
      'höchstens {{gapPercent, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} % unter dem bestmöglichen Ergebnis',
    exportKinds: {
      NONPROFITS_GEOJSON: 'Organisationen für die Karte, GeoJSON',
      CHALLENGES_CSV: 'Herausforderungen, CSV',
      VOLUNTEERS_CSV: 'Freiwillige, CSV',
      FEEDBACK_CSV: 'Feedback-Antworten, CSV',
      IMPACT_CSV: 'Bericht zur Ausgabe, CSV',
    },
    onBehalf: 'Vom Orga-Team im Namen der ehrenamtlichen Person eingetragen.',
    onBehalfWithNote: 'Vom Orga-Team im Namen der ehrenamtlichen Person eingetragen ({{note}}).',
    descriptions: {
      MATCHING_RUN_STARTED: 'Lauf {{run}} gestartet (Herausforderungen: {{challenges}}, Freiwillige: {{volunteers}}).',
      MATCHING_RUN_FINISHED:
        'Lauf {{run}} beendet: Teams für {{served}} von {{challenges}} Herausforderungen, Bewertung {{totalScore, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, {{quality}}.',
      MATCHING_RUN_FAILED: 'Lauf {{run}} fehlgeschlagen: {{error}}',
      MATCHING_PAIR_PINNED: '{{volunteer}} an „{{challenge}}“ festgelegt.',
      MATCHING_PIN_REMOVED: 'Festlegung von {{volunteer}} an „{{challenge}}“ entfernt.',
      MATCHING_PAIR_EXCLUDED: '{{volunteer}} von „{{challenge}}“ ausgeschlossen.',
      MATCHING_EXCLUSION_REMOVED: 'Ausschluss von {{volunteer}} von „{{challenge}}“ entfernt.',
      MATCHING_VOLUNTEER_MOVED: '{{volunteer}} in Lauf {{run}} von „{{from}}“ nach „{{to}}“ verschoben.',
      DATA_EXPORTED_one: 'Export heruntergeladen ({{kind}}, {{count}} Zeile).',
      DATA_EXPORTED_other: 'Export heruntergeladen ({{kind}}, {{count}} Zeilen).',
      PERSONAL_DATA_EXPORTED: 'Die gespeicherten Daten einer Person heruntergeladen.',
      ACCOUNT_ERASED: 'Ein Konto wurde gelöscht.',
      PUBLICATION_PUBLISHED_one: 'Lauf {{run}} veröffentlicht: {{count}} Vorschlag, {{mailed}} davon per E-Mail.',
      PUBLICATION_PUBLISHED_other: 'Lauf {{run}} veröffentlicht: {{count}} Vorschläge, {{mailed}} davon per E-Mail.',
      PUBLICATION_SETTINGS_CHANGED: 'Einstellung zum automatischen Nachbesetzen geändert.',
      PROPOSAL_ACCEPTED: '{{volunteer}} hat „{{challenge}}“ zugesagt.',
      PROPOSAL_DECLINED: '{{volunteer}} hat „{{challenge}}“ abgesagt.',
      PROPOSAL_EXPIRED: '{{volunteer}} hat für „{{challenge}}“ nicht bis zur Frist geantwortet (als Absage gewertet).',
      PROPOSAL_CANCELLED: 'Der Platz von {{volunteer}} in „{{challenge}}“ wurde zurückgezogen.',
      TEAM_CONFIRMED: 'Die Organisation hat {{volunteers}} für „{{challenge}}“ bestätigt.',
      CONTACT_DATA_REVEALED:
        '{{volunteer}} und die Organisation von „{{challenge}}“ sehen nun gegenseitig ihre Kontaktdaten.',
      BACKFILL_PROPOSED: '{{volunteer}} für „{{challenge}}“ anstelle von {{left}} vorgeschlagen.',
      BACKFILL_NOT_FOUND: 'Kein Ersatz für „{{challenge}}“ gefunden.',
    },
  },
};
