import { parseInstance, solve, UNSERVED_CODES, unservedFor } from './index';

const volunteer = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  slots: ['s1'],
  languages: ['de'],
  formats: ['onsite'],
  ...extra,
});
const challenge = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  teamSize: { min: 1, max: 2 },
  slots: ['s1'],
  ...extra,
});

async function unservedOf(json: Record<string, unknown>) {
  const result = await solve(parseInstance({ slots: [{ id: 's1', capacity: 4 }], ...json }));
  for (const u of result.unserved) expect(UNSERVED_CODES).toContain(u.code);
  return result.unserved;
}

describe('reasons for unserved challenges', () => {
  it('names the required skill nobody covers', async () => {
    const unserved = await unservedOf({
      challenges: [challenge('c1', { skills: [{ skill: 'security.gdpr', minLevel: 3 }] })],
      volunteers: [volunteer('v1', { skills: [{ skill: 'security.gdpr', level: 2 }] })],
    });
    expect(unserved).toEqual([
      {
        challenge: 'c1',
        code: 'SKILL_NOT_COVERED',
        params: { skill: 'security.gdpr', level: 3 },
        reason: 'no volunteer covers required skill security.gdpr at level 3',
      },
    ]);
  });

  it('says when the only coverers are ruled out by a hard rule', async () => {
    const unserved = await unservedOf({
      challenges: [challenge('c1', { languages: ['de'], skills: [{ skill: 'legal', minLevel: 1 }] })],
      volunteers: [volunteer('v1', { languages: ['fr'], skills: [{ skill: 'legal', level: 4 }] }), volunteer('v2')],
    });
    expect(unserved[0]).toMatchObject({
      code: 'SKILL_NOT_COVERED',
      params: { skill: 'legal', level: 1, coverers: 1, ruledOut: 'language' },
    });
    expect(unserved[0].reason).toBe(
      '1 volunteer covers required skill legal at level 1, but cannot take part: they do not speak de',
    );
  });

  it('names the rule that rules out the most of the coverers: the format', async () => {
    const unserved = await unservedOf({
      challenges: [challenge('c1', { languages: ['de'], skills: [{ skill: 'video', minLevel: 2 }] })],
      volunteers: [
        volunteer('v1', { formats: ['remote'], skills: [{ skill: 'video', level: 3 }] }),
        volunteer('v2', { formats: ['remote', 'hybrid'], skills: [{ skill: 'video', level: 2 }] }),
        volunteer('v3', { languages: ['fr'], skills: [{ skill: 'video', level: 4 }] }),
        volunteer('v4'),
      ],
    });
    expect(unserved[0]).toMatchObject({
      code: 'SKILL_NOT_COVERED',
      params: { skill: 'video', level: 2, coverers: 3, ruledOut: 'format', format: 'onsite' },
    });
    expect(unserved[0].reason).toContain('3 volunteers cover required skill video at level 2');
    expect(unserved[0].reason).toContain('do not work onsite');
  });

  it('counts compatible volunteers against the team size', async () => {
    const unserved = await unservedOf({
      challenges: [challenge('c1', { teamSize: { min: 3, max: 4 } })],
      volunteers: [volunteer('v1'), volunteer('v2'), volunteer('v3', { formats: ['remote'] })],
    });
    expect(unserved).toEqual([
      {
        challenge: 'c1',
        code: 'TOO_FEW_VOLUNTEERS',
        params: { needed: 3, available: 2 },
        reason: '2 compatible volunteers, team of 3 needed',
      },
    ]);
  });

  it('blames the slots where enough people are compatible, but never enough in one slot', async () => {
    const result = await solve(
      parseInstance({
        slots: [
          { id: 's1', capacity: 1 },
          { id: 's2', capacity: 1 },
        ],
        challenges: [challenge('c1', { teamSize: { min: 2, max: 2 }, slots: ['s1', 's2'] })],
        volunteers: [volunteer('v1'), volunteer('v2', { slots: ['s2'] })],
      }),
    );
    expect(result.unserved).toEqual([
      {
        challenge: 'c1',
        code: 'NO_COMMON_SLOT',
        params: { slots: 's1, s2' },
        reason: '2 compatible volunteers, but no slot of s1, s2 has 2 of them at the same time',
      },
    ]);
  });

  it('reports a challenge nobody is compatible with', async () => {
    const unserved = await unservedOf({
      challenges: [challenge('c1', { languages: ['ar'] })],
      volunteers: [volunteer('v1')],
    });
    expect(unserved[0]).toMatchObject({
      code: 'NO_COMPATIBLE_VOLUNTEER',
      params: { slots: 's1', matching: 0, excluded: 0 },
    });
    expect(unserved[0].reason).toBe('no volunteer speaks ar, accepts format onsite, is available in s1');
  });

  it('names the exclusions when they are what rules everyone out', async () => {
    const unserved = await unservedOf({
      challenges: [challenge('c1')],
      volunteers: [volunteer('v1'), volunteer('v2')],
      exclusions: [
        { challenge: 'c1', volunteer: 'v1' },
        { challenge: 'c1', volunteer: 'v2' },
      ],
    });
    expect(unserved).toEqual([
      {
        challenge: 'c1',
        code: 'NO_COMPATIBLE_VOLUNTEER',
        params: { slots: 's1', matching: 2, excluded: 2 },
        reason: 'both volunteers who accept format onsite and are available in s1 are excluded from it',
      },
    ]);
  });

  it('says so when there is no slot at all', async () => {
    const unserved = await unservedOf({ slots: [], challenges: [challenge('c1', { slots: [] })], volunteers: [] });
    expect(unserved[0]).toMatchObject({ code: 'NO_COMPATIBLE_VOLUNTEER', reason: 'there is no slot it may run in' });
  });

  it('reports tables taken by higher priority challenges', async () => {
    const unserved = await unservedOf({
      slots: [{ id: 's1', capacity: 4 }],
      challenges: [1, 2, 3, 4].map((i) => challenge(`c${i}`, { priority: 2 })).concat(challenge('c5')),
      volunteers: [1, 2, 3, 4, 5, 6].map((i) => volunteer(`v${i}`)),
    });
    expect(unserved).toEqual([
      {
        challenge: 'c5',
        code: 'SLOT_CAPACITY_TAKEN',
        params: { slot: 's1', capacity: 4 },
        reason: 'all 4 tables in slot s1 taken by higher priority challenges',
      },
    ]);
  });

  it('reports volunteers taken by teams that serve more priority', async () => {
    const unserved = await unservedOf({
      challenges: [
        challenge('big', { priority: 5, teamSize: { min: 2, max: 2 } }),
        challenge('small', { teamSize: { min: 2, max: 2 } }),
      ],
      volunteers: [volunteer('v1'), volunteer('v2'), volunteer('v3')],
    });
    expect(unserved).toEqual([
      {
        challenge: 'small',
        code: 'VOLUNTEERS_TAKEN',
        params: { slot: 's1', needed: 2, available: 1, compatible: 3 },
        reason:
          "only 1 of 3 compatible volunteers in slot s1 are still free, team of 2 needed; the others are in other challenges' teams",
      },
    ]);
  });

  it('reports when skills and people never meet in one slot', async () => {
    const unserved = await unservedOf({
      slots: [
        { id: 's1', capacity: 4 },
        { id: 's2', capacity: 4 },
      ],
      challenges: [
        challenge('c1', {
          slots: ['s1', 's2'],
          teamSize: { min: 2, max: 2 },
          skills: [{ skill: 'data', minLevel: 2 }],
        }),
      ],
      volunteers: [
        volunteer('v1', { slots: ['s2'], skills: [{ skill: 'data', level: 2 }] }),
        volunteer('v2'),
        volunteer('v3'),
      ],
    });
    expect(unserved[0]).toMatchObject({ code: 'NO_COMMON_SLOT', params: { slots: 's1, s2' } });
  });

  // One challenge needing web, data and legal (level 2) in a team of at most 2; v4 covers web, and data at `data`.
  const threeSkills = (data: number) => ({
    challenges: [
      challenge('c1', {
        teamSize: { min: 1, max: 2 },
        skills: ['web', 'data', 'legal'].map((skill) => ({ skill, minLevel: 2 })),
      }),
    ],
    volunteers: [
      volunteer('v1', { skills: [{ skill: 'web', level: 3 }] }),
      volunteer('v2', { skills: [{ skill: 'data', level: 2 }] }),
      volunteer('v3', { skills: [{ skill: 'legal', level: 4 }] }),
      volunteer('v4', {
        skills: [
          { skill: 'web', level: 2 },
          { skill: 'data', level: data },
        ],
      }),
    ],
  });

  it('says when every required skill has a coverer but no team small enough covers them all', async () => {
    // v4's data level is below the one asked for: every skill needs a person of its own
    expect(await unservedOf(threeSkills(1))).toEqual([
      {
        challenge: 'c1',
        code: 'TEAM_TOO_SMALL_FOR_SKILLS',
        params: { max: 2, skills: 'web, data, legal' },
        reason:
          'no team of at most 2 covers all required skills web, data, legal; raise teamSize.max or make a skill nice-to-have',
      },
    ]);
  });

  it('serves the challenge once one volunteer covers two of its three skills', async () => {
    const result = await solve(parseInstance({ slots: [{ id: 's1', capacity: 4 }], ...threeSkills(2) }));
    expect(result.unserved).toEqual([]);
    expect(result.assignments.map((a) => a.volunteer).sort()).toEqual(['v3', 'v4']);
  });
});

describe('reasons for teams the engine did not make', () => {
  it('are those of the engine for its own teams', async () => {
    for (const json of [
      {
        slots: [{ id: 's1', capacity: 4 }],
        challenges: [1, 2, 3, 4].map((i) => challenge(`c${i}`, { priority: 2 })).concat(challenge('c5')),
        volunteers: [1, 2, 3, 4, 5, 6].map((i) => volunteer(`v${i}`)),
      },
      {
        slots: [{ id: 's1', capacity: 4 }],
        challenges: [
          challenge('big', { priority: 5, teamSize: { min: 2, max: 2 } }),
          challenge('small', { teamSize: { min: 2, max: 2 } }),
          challenge('gdpr', { skills: [{ skill: 'security.gdpr', minLevel: 4, required: true }] }),
        ],
        volunteers: [volunteer('v1'), volunteer('v2'), volunteer('v3')],
      },
    ]) {
      const instance = parseInstance(json);
      const result = await solve(instance);
      expect(result.unserved.length).toBeGreaterThan(0);
      expect(unservedFor(instance, result.assignments)).toEqual(result.unserved);
    }
  });

  it('follow the given teams: the volunteers a published team took', () => {
    const instance = parseInstance({
      slots: [{ id: 's1', capacity: 4 }],
      challenges: [
        challenge('big', { priority: 5, teamSize: { min: 2, max: 2 } }),
        challenge('small', { teamSize: { min: 2, max: 2 } }),
      ],
      volunteers: [volunteer('v1'), volunteer('v2'), volunteer('v3')],
    });
    const published = ['v1', 'v2'].map((id) => ({ challenge: 'small', volunteer: id, slot: 's1' }));
    expect(unservedFor(instance, published)).toEqual([
      expect.objectContaining({
        challenge: 'big',
        code: 'VOLUNTEERS_TAKEN',
        params: { slot: 's1', needed: 2, available: 1, compatible: 3 },
      }),
    ]);
  });
});
