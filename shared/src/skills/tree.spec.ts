import { SKILLS } from './taxonomy';
import { isDescendantOf, skillById, skillChildren, skillPath, toMatchingSkillTree } from './tree';

describe('skillById', () => {
  it('finds a skill and returns undefined for an unknown id', () => {
    expect(skillById('web.cms.wordpress')?.label).toEqual({ de: 'WordPress', en: 'WordPress' });
    expect(skillById('web.cms.nope')).toBeUndefined();
  });
});

describe('skillPath', () => {
  it('lists the ancestors from the category down to the skill', () => {
    expect(skillPath('web.cms.wordpress').map((s) => s.id)).toEqual(['web', 'web.cms', 'web.cms.wordpress']);
    expect(skillPath('web').map((s) => s.id)).toEqual(['web']);
  });

  it('is empty for an unknown id', () => {
    expect(skillPath('nope')).toEqual([]);
  });
});

describe('isDescendantOf', () => {
  it.each([
    ['web.cms.wordpress', 'web', true],
    ['web.cms.wordpress', 'web.cms', true],
    ['security.gdpr.records', 'security.gdpr', true],
    ['web.cms', 'web.cms.wordpress', false],
    ['web', 'web', false],
    ['social.instagram', 'web', false],
    ['nope', 'web', false],
  ])('%s below %s: %p', (id, ancestor, expected) => {
    expect(isDescendantOf(id, ancestor)).toBe(expected);
  });
});

describe('skillChildren', () => {
  it('lists the categories for null and the children of a skill', () => {
    expect(skillChildren(null).every((s) => s.parent === null)).toBe(true);
    expect(skillChildren('web.cms').map((s) => s.id)).toContain('web.cms.typo3');
    expect(skillChildren('web.cms.typo3')).toEqual([]);
  });
});

describe('toMatchingSkillTree', () => {
  const tree = toMatchingSkillTree();

  it('has one {id, parent} node per skill and nothing else', () => {
    expect(tree).toHaveLength(SKILLS.length);
    for (const node of tree) expect(Object.keys(node).sort()).toEqual(['id', 'parent']);
    expect(tree).toContainEqual({ id: 'web', parent: null });
    expect(tree).toContainEqual({ id: 'web.cms.wordpress', parent: 'web.cms' });
  });

  it('is consistent: every parent is a node listed earlier, as the engine reads it', () => {
    const seen = new Set<string>();
    for (const node of tree) {
      if (node.parent !== null) expect(seen.has(node.parent)).toBe(true);
      expect(seen.has(node.id)).toBe(false);
      seen.add(node.id);
    }
  });

  it('agrees with isDescendantOf', () => {
    const parent = new Map(tree.map((n) => [n.id, n.parent]));
    for (const node of tree) {
      for (let up = node.parent; up !== null; up = parent.get(up) ?? null) {
        expect(isDescendantOf(node.id, up)).toBe(true);
      }
    }
  });
});
