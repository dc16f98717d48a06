import { unservedReasonText } from './matching-texts';

describe('unserved reasons in the reader’s language', () => {
  const slots = new Map([['s1', 'Freitagabend']]);

  it('names the exclusions when they, not the rules, leave a challenge without anyone', () => {
    const excluded = { code: 'NO_COMPATIBLE_VOLUNTEER' as const, params: { slots: 's1', matching: 2, excluded: 2 } };
    expect(unservedReasonText(excluded, 'en', slots)).toBe(
      'Everyone who speaks its language, works in its format and can come to one of its slots is excluded from it: lift an exclusion or recruit more volunteers.',
    );
    expect(unservedReasonText(excluded, 'de', slots)).toContain('sind von ihr ausgeschlossen');
    const nobody = { code: 'NO_COMPATIBLE_VOLUNTEER' as const, params: { slots: 's1', matching: 0, excluded: 0 } };
    expect(unservedReasonText(nobody, 'en', slots)).toBe(
      'No volunteer speaks its language, works in its format and can come to one of its slots.',
    );
    // Runs stored before the parameters existed read as before.
    expect(unservedReasonText({ code: 'NO_COMPATIBLE_VOLUNTEER', params: {} }, 'de', slots)).toBe(
      'Keine ehrenamtliche Person spricht ihre Sprache, arbeitet in ihrem Format und kann in einem ihrer Zeitfenster.',
    );
  });

  it('names the rule that keeps the people covering a required skill out, where some do', () => {
    const format = {
      code: 'SKILL_NOT_COVERED' as const,
      params: { skill: 'media.video', level: 2, coverers: 3, ruledOut: 'format', format: 'onsite' },
    };
    expect(unservedReasonText(format, 'de', slots)).toMatch(
      /^3 Personen decken die geforderte Fähigkeit .+ ab, aber keine kann teilnehmen: Die meisten arbeiten nicht vor Ort\.$/,
    );
    expect(unservedReasonText(format, 'en', slots)).toMatch(
      /^3 volunteers cover the required skill .+, but none of them can take part: most of them do not work on site\.$/,
    );
    const slot = { code: 'SKILL_NOT_COVERED' as const, params: { ...format.params, ruledOut: 'slot' } };
    expect(unservedReasonText(slot, 'en', slots)).toContain('most of them cannot come in any of its slots');
    // one person: said of that person
    const one = { code: 'SKILL_NOT_COVERED' as const, params: { ...format.params, coverers: 1 } };
    expect(unservedReasonText(one, 'de', slots)).toMatch(
      /^Eine Person deckt die geforderte Fähigkeit .+ ab, kann aber nicht teilnehmen: Sie arbeitet nicht vor Ort\.$/,
    );
    expect(unservedReasonText(one, 'en', slots)).toMatch(/but cannot take part: they do not work on site\.$/);
    // nobody covers it at all, or a run stored before the parameters existed: as before
    const nobody = { code: 'SKILL_NOT_COVERED' as const, params: { skill: 'media.video', level: 2 } };
    expect(unservedReasonText(nobody, 'en', slots)).toMatch(/^No suitable volunteer covers the required skill /);
  });

  it('says where the people went without claiming why', () => {
    const taken = {
      code: 'VOLUNTEERS_TAKEN' as const,
      params: { slot: 's1', needed: 2, available: 1, compatible: 3 },
    };
    expect(unservedReasonText(taken, 'de', slots)).toBe(
      'Im Zeitfenster Freitagabend sind nur noch 1 von 3 passenden Personen frei; ein Team von 2 wird gebraucht. Die anderen sind in Teams anderer Herausforderungen.',
    );
  });

  it('says one person or several, not “volunteer(s)”', () => {
    const few = (available: number) => ({ code: 'TOO_FEW_VOLUNTEERS' as const, params: { available, needed: 3 } });
    expect(unservedReasonText(few(1), 'en', slots)).toBe('Only one suitable volunteer for a team of at least 3.');
    expect(unservedReasonText(few(2), 'en', slots)).toBe('Only 2 suitable volunteers for a team of at least 3.');
    expect(unservedReasonText(few(1), 'de', slots)).toBe('Nur eine passende Person für ein Team von mindestens 3.');
    expect(unservedReasonText(few(2), 'de', slots)).toBe('Nur 2 passende Personen für ein Team von mindestens 3.');
  });
});
