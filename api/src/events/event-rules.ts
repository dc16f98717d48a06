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
  input.slots.forEach((slot, index) => {
    if (slot.endsAt.getTime() <= slot.startsAt.getTime())
      problems.push({ path: `input.slots[${index}].endsAt`, messageKey: 'validation.slotEndsBeforeStart' });
  });
  const { startsAt } = slotBounds(input.slots);
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
