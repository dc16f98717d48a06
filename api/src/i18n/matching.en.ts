/** English texts of matching runs, the review board, steering and the audit log (spread into en.ts). */
export const matchingEn = {
  matching: {
    entities: {
      run: 'The matching run',
      pin: 'The pin',
      exclusion: 'The exclusion',
      challenge: 'The challenge',
      volunteer: 'The volunteer',
    },
    errors: {
      eventNotMatching: 'Teams are formed only while the event is forming teams; this one is {{status}}.',
      noChallenges: 'The event has no accepted challenge yet: accept challenges before running the matching.',
      noVolunteers: 'Nobody is registered as a volunteer for the event yet.',
      pinConflict: 'The pins cannot all hold at once ({{rule}}): {{pins}}. Remove one of them and run again.',
      invalidInstance: 'The event’s data could not be matched ({{path}}). Please tell the platform team.',
      solverFailed: 'The matching stopped with an error on our side. Please start it again.',
      workerLost: 'The matching was interrupted three times (the server restarted). Please start it again.',
      runNotDone: 'Only a finished run can be changed.',
      differentEvents: 'Only runs of the same event can be compared.',
    },
    pinRules: {
      exclusion: 'a pinned pair is also excluded',
      scores: 'a pinned pair has no score',
      language: 'no common language',
      format: 'a format the volunteer does not accept',
      availability: 'no slot the volunteer can come to',
      teamSize: 'more people pinned than the team takes',
      maxAssignments: 'a volunteer pinned to more challenges than they take',
      oneSlotPerChallenge: 'the people pinned to one challenge share no slot',
      oneAssignmentPerSlot: 'a volunteer would be in two teams at the same time',
      slotCapacity: 'more pinned challenges in a slot than it has tables',
      validTeam: 'a pinned team cannot be completed to a valid team',
      other: 'a hard rule',
    },
    validation: {
      allZero: 'At least one factor needs a weight above 0.',
      notInRun: 'This is not part of the run.',
      sameRun: 'Please choose another run to compare with.',
      moveNowhere: 'Please choose where to move the volunteer.',
      moveSame: 'The volunteer is already there.',
    },
    formats: {
      onsite: 'on site',
      remote: 'remote',
      hybrid: 'hybrid',
    },
    rules: {
      challengeNotMatched: '“{{challenge}}” is not an accepted challenge of this event.',
      volunteerNotRegistered: '{{name}} is not registered for this event (any more).',
      volunteerNotInRun: '{{name}} was not registered when this run was started.',
      language: '{{name}} speaks none of the languages of “{{challenge}}” ({{languages}}).',
      format: '{{name}} does not work {{format}}, as “{{challenge}}” needs.',
      notAvailable: '{{name}} cannot come to any slot of “{{challenge}}”.',
      notAvailableInSlot: '{{name}} cannot come to the slot {{slot}}.',
      alreadyPinned: '{{name}} is already pinned to “{{challenge}}”.',
      pinExcluded: '{{name}} is excluded from “{{challenge}}”: remove the exclusion first.',
      pinTeamFull: '“{{challenge}}” takes at most {{max}} people, and {{others}} are pinned to it already.',
      pinMaxAssignments_one: '{{name}} takes at most one challenge and is pinned to {{others}} already.',
      pinMaxAssignments_other: '{{name}} takes at most {{count}} challenges and is pinned to {{others}} already.',
      pinNoCommonSlot: '{{name}} and {{others}}, pinned to “{{challenge}}”, cannot come to a common slot of it.',
      pinSameSlot: '{{name}} would have to be in “{{challenge}}” and in “{{other}}” in the same slot.',
      pinNoTable: 'The pinned challenges do not all find a slot with a free table for “{{challenge}}”.',
      alreadyExcluded: '{{name}} is already excluded from “{{challenge}}”.',
      excludePinned: '{{name}} is pinned to “{{challenge}}”: remove the pin first.',
      notInTeam: '{{name}} is not in “{{challenge}}” in this run.',
      pinnedHere: '{{name}} is pinned to “{{challenge}}”: remove the pin first.',
      alreadyInTeam: '{{name}} is already in “{{challenge}}”.',
      excluded: '{{name}} is excluded from “{{challenge}}”.',
      runsInOtherSlot: '“{{challenge}}” takes place in the slot {{slot}}.',
      notInChallengeSlots: '“{{challenge}}” cannot take place in the slot {{slot}}.',
      alreadyInSlot: '{{name}} is already in “{{challenge}}” in the slot {{slot}}.',
      slotFull: 'All tables in the slot {{slot}} are taken, so “{{challenge}}” cannot start there.',
      maxAssignments_one: '{{name}} takes at most one challenge and is already in {{challenges}}.',
      maxAssignments_other: '{{name}} takes at most {{count}} challenges and is already in {{challenges}}.',
      teamFull: '“{{challenge}}” is full: it takes at most {{max}} people.',
      teamTooSmallToStart:
        '“{{challenge}}” needs at least {{min}} people to start: pin them to it together and run the matching again.',
      skillMissingToStart: '“{{challenge}}” needs {{skill}} ({{level}}), which {{name}} does not cover.',
      sourceTooSmall:
        'Without {{name}}, “{{challenge}}” would be left with {{count}} of the {{min}} people it needs at least.',
      sourceLosesSkill: 'Without {{name}}, nobody in “{{challenge}}” covers {{skill}} ({{level}}).',
    },
    unserved: {
      NO_COMPATIBLE_VOLUNTEER:
        'No volunteer speaks its language, works in its format and can come to one of its slots.',
      NO_COMPATIBLE_VOLUNTEER_excluded:
        'Everyone who speaks its language, works in its format and can come to one of its slots is excluded from it: lift an exclusion or recruit more volunteers.',
      SKILL_NOT_COVERED: 'No suitable volunteer covers the required skill {{skill}} ({{level}}).',
      SKILL_NOT_COVERED_format_one:
        'One volunteer covers the required skill {{skill}} ({{level}}) but cannot take part: they do not work {{format}}.',
      SKILL_NOT_COVERED_format_other:
        '{{count}} volunteers cover the required skill {{skill}} ({{level}}), but none of them can take part: most of them do not work {{format}}.',
      SKILL_NOT_COVERED_language_one:
        'One volunteer covers the required skill {{skill}} ({{level}}) but cannot take part: they speak none of its languages.',
      SKILL_NOT_COVERED_language_other:
        '{{count}} volunteers cover the required skill {{skill}} ({{level}}), but none of them can take part: most of them speak none of its languages.',
      SKILL_NOT_COVERED_slot_one:
        'One volunteer covers the required skill {{skill}} ({{level}}) but cannot take part: they cannot come in any of its slots.',
      SKILL_NOT_COVERED_slot_other:
        '{{count}} volunteers cover the required skill {{skill}} ({{level}}), but none of them can take part: most of them cannot come in any of its slots.',
      SKILL_NOT_COVERED_excluded_one:
        'One volunteer covers the required skill {{skill}} ({{level}}) but cannot take part: they are excluded from it.',
      SKILL_NOT_COVERED_excluded_other:
        '{{count}} volunteers cover the required skill {{skill}} ({{level}}), but none of them can take part: they are excluded from it.',
      TOO_FEW_VOLUNTEERS_one: 'Only one suitable volunteer for a team of at least {{needed}}.',
      TOO_FEW_VOLUNTEERS_other: 'Only {{count}} suitable volunteers for a team of at least {{needed}}.',
      NO_COMMON_SLOT:
        'No slot ({{slots}}) has a free table and, at the same time, enough suitable volunteers covering every required skill.',
      TEAM_TOO_SMALL_FOR_SKILLS:
        'No team of at most {{max}} people covers all required skills ({{skills}}): allow a larger team or make a skill optional.',
      SLOT_CAPACITY_TAKEN:
        'All {{capacity}} tables in the slot {{slot}} went to challenges of higher or equal priority.',
      VOLUNTEERS_TAKEN:
        'In the slot {{slot}} only {{available}} of {{compatible}} suitable volunteers are still free; a team of {{needed}} is needed. The others are in other challenges’ teams.',
      COVERERS_TAKEN:
        'Everyone covering {{skill}} ({{level}}) in the slot {{slot}} is in another challenge’s team: recruit one more.',
      LOWER_PRIORITY_TRADEOFF:
        'Enough people and someone for each required skill are free, but no team of them covers every skill within the team size, or the people or table went to other challenges: raise its priority, allow a larger team or add volunteers.',
      EMPTIED_BY_HAND: 'Its team was moved elsewhere by hand in this run.',
    },
  },
  audit: {
    validation: {
      toAfterFrom: 'The end must be after the start.',
    },
    withoutTeam: 'without a team',
    optimal: 'proven optimal',
    withinGap:
      'within {{gapPercent, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} % of the best possible',
    exportKinds: {
      NONPROFITS_GEOJSON: 'nonprofits on the map, GeoJSON',
      CHALLENGES_CSV: 'challenges, CSV',
      VOLUNTEERS_CSV: 'volunteers, CSV',
      FEEDBACK_CSV: 'feedback answers, CSV',
      IMPACT_CSV: 'edition report, CSV',
    },
    onBehalf: 'Recorded by the organizers on the volunteer’s behalf.',
    onBehalfWithNote: 'Recorded by the organizers on the volunteer’s behalf ({{note}}).',
    descriptions: {
      MATCHING_RUN_STARTED: 'Started run {{run}} (challenges: {{challenges}}, volunteers: {{volunteers}}).',
      MATCHING_RUN_FINISHED:
        'Run {{run}} finished: teams for {{served}} of {{challenges}} challenges, score {{totalScore, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, {{quality}}.',
      MATCHING_RUN_FAILED: 'Run {{run}} failed: {{error}}',
      MATCHING_PAIR_PINNED: 'Pinned {{volunteer}} to “{{challenge}}”.',
      MATCHING_PIN_REMOVED: 'Removed the pin of {{volunteer}} to “{{challenge}}”.',
      MATCHING_PAIR_EXCLUDED: 'Excluded {{volunteer}} from “{{challenge}}”.',
      MATCHING_EXCLUSION_REMOVED: 'Removed the exclusion of {{volunteer}} from “{{challenge}}”.',
      MATCHING_VOLUNTEER_MOVED: 'Moved {{volunteer}} in run {{run}} from “{{from}}” to “{{to}}”.',
      DATA_EXPORTED_one: 'Downloaded an export ({{kind}}, {{count}} row).',
      DATA_EXPORTED_other: 'Downloaded an export ({{kind}}, {{count}} rows).',
      PERSONAL_DATA_EXPORTED: 'Downloaded the data held about a person.',
      ACCOUNT_ERASED: 'An account was erased.',
      PUBLICATION_PUBLISHED_one: 'Published run {{run}}: {{count}} proposal, {{mailed}} of them by e-mail.',
      PUBLICATION_PUBLISHED_other: 'Published run {{run}}: {{count}} proposals, {{mailed}} of them by e-mail.',
      PUBLICATION_SETTINGS_CHANGED: 'Changed whether freed places are filled automatically.',
      PROPOSAL_ACCEPTED: '{{volunteer}} accepted “{{challenge}}”.',
      PROPOSAL_DECLINED: '{{volunteer}} declined “{{challenge}}”.',
      PROPOSAL_EXPIRED: '{{volunteer}} did not answer for “{{challenge}}” by the deadline (counted as declined).',
      PROPOSAL_CANCELLED: '{{volunteer}}’s place in “{{challenge}}” was called off.',
      TEAM_CONFIRMED: 'The nonprofit confirmed {{volunteers}} for “{{challenge}}”.',
      CONTACT_DATA_REVEALED:
        '{{volunteer}} and the nonprofit of “{{challenge}}” can now see each other’s contact data.',
      BACKFILL_PROPOSED: '{{volunteer}} proposed for “{{challenge}}” in place of {{left}}.',
      BACKFILL_NOT_FOUND: 'No replacement found for “{{challenge}}”.',
    },
  },
} as const;
