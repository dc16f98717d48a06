import { UI_LOCALES } from '../locales';
import { SKILL_LEVELS, isSkillLevel } from './levels';
import { SKILLS } from './taxonomy';
import { DIGCOMP_COMPETENCES } from './types';

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ESCO_SKILL =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the skill taxonomy', () => {
  const ids = SKILLS.map((s) => s.id);
  const byId = new Map(SKILLS.map((s) => [s.id, s]));

  it('holds between 130 and 170 skills', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(130);
    expect(SKILLS.length).toBeLessThanOrEqual(170);
  });

  it('has unique, well-formed dot-path ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.split('.').every((segment) => SEGMENT.test(segment))).toBe(true);
  });

  it('names an existing parent that the id extends, listed before the child', () => {
    SKILLS.forEach((s, index) => {
      if (s.parent === null) {
        expect(s.id).not.toContain('.');
        return;
      }
      expect(byId.has(s.parent)).toBe(true);
      expect(s.id.startsWith(`${s.parent}.`)).toBe(true);
      expect(s.id.slice(s.parent.length + 1)).not.toContain('.');
      expect(ids.indexOf(s.parent)).toBeLessThan(index);
    });
  });

  it('has no cycles: every skill reaches a top-level category', () => {
    for (const s of SKILLS) {
      const seen = new Set<string>();
      let cursor: string | null = s.id;
      while (cursor !== null) {
        expect(seen.has(cursor)).toBe(false);
        seen.add(cursor);
        cursor = byId.get(cursor)?.parent ?? null;
      }
    }
  });

  it('gives every top-level category children', () => {
    const topLevel = SKILLS.filter((s) => s.parent === null);
    expect(topLevel.map((s) => s.id)).toEqual(
      expect.arrayContaining(['web', 'social', 'fundraising', 'data', 'crm', 'security', 'accessibility', 'design']),
    );
    expect(topLevel.map((s) => s.id)).toEqual(
      expect.arrayContaining(['media', 'office', 'it', 'dev', 'ai', 'teaching']),
    );
    expect(topLevel.map((s) => s.id)).toContain('process');
    for (const category of topLevel) expect(SKILLS.some((s) => s.parent === category.id)).toBe(true);
  });

  it('labels every skill in German and English', () => {
    for (const s of SKILLS) {
      for (const locale of UI_LOCALES) {
        expect(s.label[locale].trim()).not.toBe('');
        expect(s.label[locale]).toBe(s.label[locale].trim());
      }
    }
  });

  it('keeps synonyms lowercase, trimmed and unique per skill', () => {
    for (const s of SKILLS) {
      for (const synonym of s.synonyms) {
        expect(synonym).not.toBe('');
        expect(synonym).toBe(synonym.trim().toLowerCase());
      }
      expect(new Set(s.synonyms).size).toBe(s.synonyms.length);
    }
  });

  it('refers only to well-formed ESCO skill URIs and known DigComp 2.2 competences', () => {
    for (const s of SKILLS) {
      if (s.esco !== undefined) expect(s.esco).toMatch(ESCO_SKILL);
      if (s.digComp !== undefined) expect(DIGCOMP_COMPETENCES).toContain(s.digComp);
    }
  });

  it('knows the skills the issue names', () => {
    for (const id of ['web.cms.wordpress', 'web.cms.typo3', 'crm.civicrm', 'security.gdpr', 'office.m365']) {
      expect(byId.has(id)).toBe(true);
    }
    expect(byId.has('office.google-workspace')).toBe(true);
    expect(byId.has('office.nextcloud')).toBe(true);
  });
});

describe('SKILL_LEVELS', () => {
  it('are 1 basic, 2 intermediate, 3 advanced, 4 expert', () => {
    expect(SKILL_LEVELS.map((l) => [l.level, l.key])).toEqual([
      [1, 'basic'],
      [2, 'intermediate'],
      [3, 'advanced'],
      [4, 'expert'],
    ]);
  });

  it('have a label and a one-line description in German and English', () => {
    for (const level of SKILL_LEVELS) {
      for (const locale of UI_LOCALES) {
        expect(level.label[locale].trim()).not.toBe('');
        expect(level.description[locale].trim()).not.toBe('');
        expect(level.description[locale]).not.toContain('\n');
      }
    }
    expect(new Set(SKILL_LEVELS.map((l) => l.description.de)).size).toBe(4);
    expect(new Set(SKILL_LEVELS.map((l) => l.description.en)).size).toBe(4);
  });

  it.each([
    [1, true],
    [4, true],
    [0, false],
    [5, false],
    [2.5, false],
    ['2', false],
  ])('isSkillLevel(%p) is %p', (value, expected) => {
    expect(isSkillLevel(value)).toBe(expected);
  });
});
