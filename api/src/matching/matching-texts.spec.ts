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

  it('says where the people went without claiming why', () => {
    const taken = {
      code: 'VOLUNTEERS_TAKEN' as const,
      params: { slot: 's1', needed: 2, available: 1, compatible: 3 },
    };
    expect(unservedReasonText(taken, 'de', slots)).toBe(
      'Im Zeitfenster Freitagabend sind nur noch 1 von 3 passenden Personen frei; ein Team von 2 wird gebraucht. Die anderen sind in Teams anderer Herausforderungen.',
    );
  });
});
