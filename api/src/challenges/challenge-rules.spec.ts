import { type ChallengeContent, contentProblems, messageProblems, missingForSubmission } from './challenge-rules';

const complete: ChallengeContent = {
  title: 'Dienstplan',
  problem: 'Der Dienstplan liegt als Excel-Datei bei zwanzig Leuten.',
  goal: 'Ein gemeinsamer Kalender, in den sich alle eintragen.',
  beneficiaries: 'Unsere Ehrenamtlichen',
  tools: '',
  skills: [{ skill: 'data.spreadsheets.excel', level: 2, required: true }],
  teamMin: 1,
  teamMax: 3,
  languages: ['de'],
  format: 'ONSITE',
  slotIds: ['slot-1'],
  decisionMakerPresent: true,
  accessReady: true,
  fitsOneEvening: true,
};
const event = { languages: ['de', 'en'], slotIds: ['slot-1', 'slot-2'] };
const paths = (problems: { path: string; messageKey: string }[]) =>
  problems.map((problem) => [problem.path, problem.messageKey]);

describe('challenge rules', () => {
  it('accept a complete brief that fits the event', () => {
    expect(contentProblems(complete, event)).toEqual([]);
    expect(missingForSubmission(complete)).toEqual([]);
  });

  it('name unknown and repeated skills, a team range upside down, and languages and slots not of the event', () => {
    const problems = contentProblems(
      {
        ...complete,
        skills: [
          { skill: 'data.spreadsheets.excel', level: 2, required: true },
          { skill: 'cooking.pasta', level: 1, required: false },
          { skill: 'data.spreadsheets.excel', level: 3, required: false },
        ],
        teamMin: 4,
        teamMax: 2,
        languages: ['de', 'tr'],
        slotIds: ['slot-2', 'slot-of-another-event'],
      },
      event,
    );
    expect(paths(problems)).toEqual([
      ['input.skills[1].skill', 'challenges.validation.unknownSkill'],
      ['input.skills[2].skill', 'challenges.validation.duplicateSkill'],
      ['input.teamMax', 'challenges.validation.teamMaxBelowMin'],
      ['input.languages', 'challenges.validation.languageNotOfEvent'],
      ['input.slotIds[1]', 'validation.unknownSlot'],
    ]);
  });

  it('want a title on every save, named with the other problems of the content', () => {
    expect(paths(contentProblems({ ...complete, title: ' ', teamMin: 3, teamMax: 2 }, event))).toEqual([
      ['input.title', 'validation.isNotEmpty'],
      ['input.teamMax', 'challenges.validation.teamMaxBelowMin'],
    ]);
    expect(paths(contentProblems({ ...complete, title: 'D' }, event))).toEqual([
      ['input.title', 'validation.minLength'],
    ]);
  });

  it('let a draft be nearly empty but name everything a submission still lacks', () => {
    const draft: ChallengeContent = {
      ...complete,
      problem: 'Zu kurz',
      goal: '',
      beneficiaries: ' ',
      skills: [],
      languages: [],
      slotIds: [],
      decisionMakerPresent: false,
      accessReady: false,
      fitsOneEvening: false,
    };
    expect(contentProblems(draft, event)).toEqual([]);
    expect(paths(missingForSubmission(draft, 'input.challenge'))).toEqual([
      ['input.challenge.problem', 'validation.minLength'],
      ['input.challenge.goal', 'validation.isNotEmpty'],
      ['input.challenge.beneficiaries', 'validation.isNotEmpty'],
      ['input.challenge.skills', 'validation.arrayMinSize'],
      // Skills are added to a list; languages and slots are ticked among the offered ones.
      ['input.challenge.languages', 'validation.chooseAtLeastOne'],
      ['input.challenge.slotIds', 'validation.chooseAtLeastOne'],
      ['input.challenge.decisionMakerPresent', 'challenges.validation.checklistRequired'],
      ['input.challenge.accessReady', 'challenges.validation.checklistRequired'],
      ['input.challenge.fitsOneEvening', 'challenges.validation.checklistRequired'],
    ]);
  });

  it('want a question, answer or reason of a few words and no novel', () => {
    expect(paths(messageProblems('  ', 'reason'))).toEqual([['reason', 'validation.isNotEmpty']]);
    expect(paths(messageProblems('ok', 'reason'))).toEqual([['reason', 'validation.minLength']]);
    expect(paths(messageProblems('x'.repeat(2001), 'reason'))).toEqual([['reason', 'validation.maxLength']]);
    expect(messageProblems('Passt leider nicht.', 'reason')).toEqual([]);
  });
});
