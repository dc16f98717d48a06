/** Entries of small instances for the engine's unit tests (every slot, German, on site, unless overridden). */

/** A volunteer holding each of `skills` at level 3. */
export const skilled = (id: string, skills: string[]) => ({
  id,
  languages: ['de'],
  formats: ['onsite'],
  skills: skills.map((skill) => ({ skill, level: 3 })),
});

/** A challenge that needs `skill` (level 1), for a team of 1..max. */
export const needs = (id: string, skill: string, { max = 1, priority = 1 } = {}) => ({
  id,
  priority,
  teamSize: { min: 1, max },
  skills: [{ skill, minLevel: 1, weight: 1 }],
});
