import { describe, expect, it } from 'vitest';
import { stillStanding, valueAtPath } from './field-errors';

describe('field paths', () => {
  const sent = {
    input: {
      name: 'Na',
      slots: [
        { capacity: null, label: 'A' },
        { capacity: 3, label: null },
      ],
    },
  };

  it('reads the value at an API path, undefined where the path leads nowhere', () => {
    expect(valueAtPath(sent, 'input.name')).toBe('"Na"');
    expect(valueAtPath(sent, 'input.slots[1].capacity')).toBe('3');
    expect(valueAtPath(sent, 'input.slots[0].capacity')).toBe('null');
    expect(valueAtPath(sent, 'input.slots[2].capacity')).toBeUndefined();
    expect(valueAtPath(sent, 'input.name.first')).toBeUndefined();
  });

  it('keeps the problems whose fields still hold what was sent', () => {
    const problems = [
      { path: 'input.name', message: 'too short' },
      { path: 'input.slots[0].capacity', message: 'missing' },
      { path: 'input.slots', message: 'too many' },
    ];
    expect(stillStanding(problems, null, sent)).toEqual(problems);
    expect(stillStanding(problems, sent, structuredClone(sent))).toEqual(problems);
    const now = structuredClone(sent);
    now.input.slots[0].capacity = 2 as never;
    expect(stillStanding(problems, sent, now)).toEqual([problems[0]]);
    now.input.name = 'Nachtschicht';
    expect(stillStanding(problems, sent, now)).toEqual([]);
  });
});
