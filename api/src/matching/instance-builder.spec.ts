import { parseInstance } from '@skillshift/shared/matching';
import { buildMatchingInstance, type InstanceSource } from './instance-builder';

const source = (): InstanceSource => ({
  slots: [
    { id: 's1', capacity: 4 },
    { id: 's2', capacity: 2 },
  ],
  challenges: [
    {
      id: 'c1',
      priority: 2,
      teamMin: 2,
      teamMax: 3,
      languages: ['de', 'de'],
      format: 'HYBRID',
      skills: [
        { skill: 'web.cms.wordpress', level: 2, required: true },
        { skill: 'web.cms.wordpress', level: 3, required: false },
        { skill: 'social.instagram', level: 1, required: false },
      ],
      slotIds: ['s2', 's1', 'elsewhere'],
      causes: ['EDUCATION'],
    },
  ],
  volunteers: [
    {
      personId: 'v1',
      maxAssignments: 2,
      slotIds: ['s1'],
      languages: ['de', 'en'],
      formats: ['REMOTE', 'ONSITE'],
      skills: [
        { skill: 'web.cms.wordpress', level: 2 },
        { skill: 'web.cms.wordpress', level: 4 },
      ],
      causes: ['EDUCATION', 'SENIORS'],
    },
    { personId: 'v2', maxAssignments: 1, slotIds: [], languages: [], formats: [], skills: [], causes: [] },
  ],
  pins: [
    { challengeId: 'c1', volunteerId: 'v1' },
    { challengeId: 'c-rejected', volunteerId: 'v1' },
  ],
  exclusions: [{ challengeId: 'c1', volunteerId: 'v-withdrawn' }],
});

describe('buildMatchingInstance', () => {
  it('maps the rows onto the engine’s contract, which parses it unchanged', () => {
    const { instance, droppedPins, droppedExclusions } = buildMatchingInstance(source());
    expect(parseInstance(JSON.parse(JSON.stringify(instance)))).toEqual(instance);
    expect(instance.challenges[0]).toEqual({
      id: 'c1',
      priority: 2,
      teamSize: { min: 2, max: 3 },
      slots: ['s1', 's2'],
      languages: ['de'],
      format: 'hybrid',
      // A skill named twice counts once: the highest level, required if either entry is.
      skills: [
        { skill: 'web.cms.wordpress', minLevel: 3, required: true, weight: 1 },
        { skill: 'social.instagram', minLevel: 1, required: false, weight: 1 },
      ],
      causes: ['EDUCATION'],
    });
    expect(instance.volunteers[0]).toEqual({
      id: 'v1',
      slots: ['s1'],
      maxAssignments: 2,
      languages: ['de', 'en'],
      // The volunteer's order is kept: the first format is the preferred one.
      formats: ['remote', 'onsite'],
      skills: [{ skill: 'web.cms.wordpress', level: 4 }],
      causes: ['EDUCATION', 'SENIORS'],
    });
    // No formats given means any format.
    expect(instance.volunteers[1].formats).toEqual(['onsite', 'remote', 'hybrid']);
    expect(instance.pins).toEqual([{ challenge: 'c1', volunteer: 'v1' }]);
    expect(instance.exclusions).toEqual([]);
    expect([droppedPins, droppedExclusions]).toEqual([1, 1]);
    expect(instance.skillTree.find((node) => node.id === 'web.cms.wordpress')).toEqual({
      id: 'web.cms.wordpress',
      parent: 'web.cms',
    });
    expect(instance.weights).toBeUndefined();
  });

  it('passes what-if weights through', () => {
    const { instance } = buildMatchingInstance(source(), { causes: 0.5 });
    expect(instance.weights).toEqual({ causes: 0.5 });
  });
});
