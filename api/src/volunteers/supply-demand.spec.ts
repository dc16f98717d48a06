import { type DemandingChallenge, type SupplyingVolunteer, supplyAndDemand } from './supply-demand';

const tree = [
  { id: 'web', parent: null },
  { id: 'web.cms', parent: 'web' },
  { id: 'web.cms.wordpress', parent: 'web.cms' },
  { id: 'web.cms.typo3', parent: 'web.cms' },
  { id: 'security', parent: null },
  { id: 'security.gdpr', parent: 'security' },
];

const challenge = (
  id: string,
  skills: DemandingChallenge['skills'],
  slots: string[] = ['s1', 's2'],
): DemandingChallenge => ({ id, slots, skills });
const volunteer = (id: string, skills: SupplyingVolunteer['skills'], slots: string[] = ['s1']): SupplyingVolunteer => ({
  id,
  slots,
  skills,
});

describe('supplyAndDemand', () => {
  it('is empty without challenges, whatever volunteers offer', () => {
    expect(supplyAndDemand([], [volunteer('v1', [{ skill: 'web', level: 4 }])], tree)).toEqual([]);
  });

  it('counts a descendant skill as covering its ancestors, never the other way round', () => {
    const rows = supplyAndDemand(
      [
        challenge('c1', [{ skill: 'web.cms', level: 2, required: true }]),
        challenge('c2', [{ skill: 'web.cms.wordpress', level: 2, required: true }]),
      ],
      [
        volunteer('wordpress', [{ skill: 'web.cms.wordpress', level: 3 }]),
        volunteer('web', [{ skill: 'web', level: 4 }]),
      ],
      tree,
    );
    const row = (skill: string) => rows.find((candidate) => candidate.skill === skill);
    expect(row('web.cms')).toMatchObject({ requiredBy: 1, covering: 1, status: 'OK' });
    expect(row('web.cms.wordpress')).toMatchObject({ requiredBy: 1, covering: 1, status: 'OK' });
    // A sibling does not cover: TYPO3 experience is not WordPress experience.
    const typo3 = supplyAndDemand(
      [challenge('c1', [{ skill: 'web.cms.wordpress', level: 1, required: true }])],
      [volunteer('typo3', [{ skill: 'web.cms.typo3', level: 4 }])],
      tree,
    );
    expect(typo3[0]).toMatchObject({ covering: 0, status: 'SHORTAGE', missing: 1 });
  });

  it('needs at least the asked level, and keeps one row per skill and level', () => {
    const rows = supplyAndDemand(
      [
        challenge('c1', [{ skill: 'security.gdpr', level: 3, required: true }]),
        challenge('c2', [{ skill: 'security.gdpr', level: 2, required: true }]),
        challenge('c3', [{ skill: 'security.gdpr', level: 2, required: false }]),
      ],
      [
        volunteer('v2', [{ skill: 'security.gdpr', level: 2 }]),
        volunteer('v3', [{ skill: 'security.gdpr', level: 3 }]),
      ],
      tree,
    );
    expect(rows).toEqual([
      {
        skill: 'security.gdpr',
        minLevel: 2,
        requiredBy: 1,
        wishedBy: 1,
        covering: 2,
        coveringInSharedSlots: 2,
        status: 'OK',
        missing: 0,
      },
      {
        skill: 'security.gdpr',
        minLevel: 3,
        requiredBy: 1,
        wishedBy: 0,
        covering: 1,
        coveringInSharedSlots: 1,
        status: 'OK',
        missing: 0,
      },
    ]);
  });

  it('marks a shortage when requirements outnumber volunteers, tightness when wishes do, worst first', () => {
    const rows = supplyAndDemand(
      [
        challenge('c1', [
          { skill: 'web.cms.wordpress', level: 2, required: true },
          { skill: 'security.gdpr', level: 2, required: false },
        ]),
        challenge('c2', [
          { skill: 'web.cms.wordpress', level: 2, required: true },
          { skill: 'security.gdpr', level: 2, required: true },
        ]),
        challenge('c3', [{ skill: 'web.cms.wordpress', level: 2, required: true }]),
        challenge('c4', [{ skill: 'web.cms', level: 1, required: false }]),
      ],
      [
        volunteer('v1', [{ skill: 'web.cms.wordpress', level: 2 }]),
        volunteer('v2', [{ skill: 'security.gdpr', level: 4 }]),
      ],
      tree,
    );
    expect(rows.map(({ skill, status, missing }) => [skill, status, missing])).toEqual([
      ['web.cms.wordpress', 'SHORTAGE', 2],
      ['security.gdpr', 'TIGHT', 1],
      ['web.cms', 'OK', 0],
    ]);
  });

  it('compares with the volunteers who share a slot with the challenges', () => {
    const rows = supplyAndDemand(
      [challenge('c1', [{ skill: 'web.cms.typo3', level: 2, required: true }], ['s2'])],
      [volunteer('early', [{ skill: 'web.cms.typo3', level: 4 }], ['s1'])],
      tree,
    );
    expect(rows[0]).toMatchObject({ covering: 1, coveringInSharedSlots: 0, status: 'SHORTAGE', missing: 1 });
  });

  it('counts a challenge once when it lists a skill as required and as a wish', () => {
    const rows = supplyAndDemand(
      [
        challenge('c1', [
          { skill: 'web', level: 1, required: true },
          { skill: 'web', level: 1, required: false },
        ]),
      ],
      [],
      tree,
    );
    expect(rows[0]).toMatchObject({ requiredBy: 1, wishedBy: 0, status: 'SHORTAGE' });
  });

  it('uses the real taxonomy by default', () => {
    const rows = supplyAndDemand(
      [challenge('c1', [{ skill: 'security.gdpr', level: 2, required: true }])],
      [volunteer('v1', [{ skill: 'security.gdpr.privacy-policy', level: 2 }])],
    );
    expect(rows[0]).toMatchObject({ covering: 1, status: 'OK' });
  });
});
