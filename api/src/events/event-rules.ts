import { type FieldProblem } from '../common/errors/domain-error';

/** What the rules below need of an event's input; pure, so they are tested without a database. */
export interface EventShape {
  venue?: string | null;
  online: boolean;
  nonprofitDeadline?: Date | null;
  volunteerDeadline?: Date | null;
  slots: { startsAt: Date; endsAt: Date }[];
}

/** Rules across fields that class-validator cannot express; each problem names the field to correct. */
export function eventInputProblems(input: EventShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.online && !input.venue) problems.push({ path: 'input.venue', messageKey: 'validation.venueOrOnline' });
  // Slots without both times (refused by the input's own checks) take no part in the rules across fields.
  const timed = input.slots.filter((slot) => slot.startsAt instanceof Date && slot.endsAt instanceof Date);
  input.slots.forEach((slot, index) => {
    if (timed.includes(slot) && slot.endsAt.getTime() <= slot.startsAt.getTime())
      problems.push({ path: `input.slots[${index}].endsAt`, messageKey: 'validation.slotEndsBeforeStart' });
  });
  if (timed.length === 0) return problems;
  const { startsAt } = slotBounds(timed);
  for (const field of ['nonprofitDeadline', 'volunteerDeadline'] as const) {
    const deadline = input[field];
    if (deadline && deadline.getTime() >= startsAt.getTime())
      problems.push({ path: `input.${field}`, messageKey: 'validation.deadlineAfterFirstSlot' });
  }
  return problems;
}

/** The event runs from its first slot's start to its last slot's end. */
export function slotBounds(slots: { startsAt: Date; endsAt: Date }[]): { startsAt: Date; endsAt: Date } {
  return {
    startsAt: new Date(Math.min(...slots.map((slot) => slot.startsAt.getTime()))),
    endsAt: new Date(Math.max(...slots.map((slot) => slot.endsAt.getTime()))),
  };
}
