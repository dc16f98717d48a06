import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../lib/local-input';
import { emptyEvent, fieldId, missingSlotValues, toInput } from './event-form-values';

describe('event form values', () => {
  it('reads and writes datetime-local values on Berlin’s clock, in winter and summer', () => {
    expect(fromLocalInput('2027-03-04T17:00')).toBe('2027-03-04T16:00:00.000Z');
    expect(fromLocalInput('2027-07-01T17:00')).toBe('2027-07-01T15:00:00.000Z');
    expect(toLocalInput('2027-07-01T15:00:00.000Z')).toBe('2027-07-01T17:00');
    expect(fromLocalInput('')).toBeNull();
  });

  it('maps the API’s field paths to input ids', () => {
    expect(fieldId('input.name')).toBe('event-name');
    expect(fieldId('input.slots[1].capacity')).toBe('event-slots-1-capacity');
    expect(fieldId('input.slots')).toBe('event-slots');
  });

  it('names missing slot times and capacities with the API’s paths, and sends a filled form as input', () => {
    const values = emptyEvent();
    expect(missingSlotValues(values).map((problem) => problem.path)).toEqual([
      'input.slots[0].startsAt',
      'input.slots[0].endsAt',
      'input.slots[0].capacity',
    ]);
    // Sent anyway, as null, so that the API names them with the event's other problems in one answer.
    expect(toInput({ ...values, slots: [{ ...values.slots[0], capacity: 'acht' }] }).slots).toEqual([
      { id: null, startsAt: null, endsAt: null, capacity: null, label: null },
    ]);
    values.slots[0] = { ...values.slots[0], startsAt: '2027-03-04T17:00', endsAt: '2027-03-04T19:30', capacity: '8' };
    expect(missingSlotValues(values)).toEqual([]);
    expect(toInput(values).slots).toEqual([
      { id: null, startsAt: '2027-03-04T16:00:00.000Z', endsAt: '2027-03-04T18:30:00.000Z', capacity: 8, label: null },
    ]);
  });
});
