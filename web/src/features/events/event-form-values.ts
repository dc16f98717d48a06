import { type EventKind } from '@skillshift/shared';
import { type EventInput, type OrganizerEventFieldsFragment } from '../../gql/graphql';
import { fromLocalInput, toLocalInput } from '../../lib/local-input';

/** One slot row of the form; `key` keeps React's rows stable while rows are added and removed. */
export interface SlotValues {
  key: string;
  id: string | null;
  startsAt: string;
  endsAt: string;
  capacity: string;
  label: string;
}

/** The form's state: what the inputs hold, as strings, until it is sent. */
export interface EventFormValues {
  name: string;
  kind: EventKind;
  description: string;
  city: string;
  venue: string;
  online: boolean;
  onlineUrl: string;
  languages: string[];
  nonprofitDeadline: string;
  volunteerDeadline: string;
  slots: SlotValues[];
}

let nextKey = 0;
export const newSlotKey = () => `slot-${++nextKey}`;

export const emptySlot = (): SlotValues => ({
  key: newSlotKey(),
  id: null,
  startsAt: '',
  endsAt: '',
  capacity: '',
  label: '',
});

export const emptyEvent = (): EventFormValues => ({
  name: '',
  kind: 'NACHTSCHICHT',
  description: '',
  city: '',
  venue: '',
  online: false,
  onlineUrl: '',
  languages: ['de'],
  nonprofitDeadline: '',
  volunteerDeadline: '',
  slots: [emptySlot()],
});

export function fromEvent(event: OrganizerEventFieldsFragment): EventFormValues {
  return {
    name: event.name,
    kind: event.kind,
    description: event.description,
    city: event.city,
    venue: event.venue ?? '',
    online: event.online,
    onlineUrl: event.onlineUrl ?? '',
    languages: event.languages,
    nonprofitDeadline: toLocalInput(event.nonprofitDeadline),
    volunteerDeadline: toLocalInput(event.volunteerDeadline),
    slots: event.slots.map((slot) => ({
      key: newSlotKey(),
      id: slot.id,
      startsAt: toLocalInput(slot.startsAt),
      endsAt: toLocalInput(slot.endsAt),
      capacity: String(slot.capacity),
      label: slot.label ?? '',
    })),
  };
}

/** The id of the input for a field path of the API (`input.slots[1].capacity` → `event-slots-1-capacity`). */
export const fieldId = (path: string) =>
  `event-${path
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]\./g, '-$1-')
    .replace(/\[(\d+)\]$/, '-$1')}`;

/**
 * Slot times and capacities left empty or unreadable. They go to the API as null, which names them with every other
 * problem of the event in one answer; the form words them more precisely, with the same paths the API uses.
 */
export function missingSlotValues(
  values: EventFormValues,
): { path: string; key: 'dateTimeMissing' | 'capacityMissing' }[] {
  return values.slots.flatMap((slot, index) => [
    ...(fromLocalInput(slot.startsAt)
      ? []
      : [{ path: `input.slots[${index}].startsAt`, key: 'dateTimeMissing' as const }]),
    ...(fromLocalInput(slot.endsAt) ? [] : [{ path: `input.slots[${index}].endsAt`, key: 'dateTimeMissing' as const }]),
    ...(/^\s*-?\d+\s*$/.test(slot.capacity)
      ? []
      : [{ path: `input.slots[${index}].capacity`, key: 'capacityMissing' as const }]),
  ]);
}

/** What the API receives; slot values missingSlotValues names are sent as null (the API refuses and names them). */
export function toInput(values: EventFormValues): EventInput {
  return {
    name: values.name,
    kind: values.kind,
    description: values.description,
    city: values.city,
    venue: values.online ? values.venue || null : values.venue,
    online: values.online,
    onlineUrl: values.online ? values.onlineUrl || null : null,
    languages: values.languages,
    nonprofitDeadline: fromLocalInput(values.nonprofitDeadline),
    volunteerDeadline: fromLocalInput(values.volunteerDeadline),
    slots: values.slots.map((slot) => ({
      id: slot.id,
      startsAt: fromLocalInput(slot.startsAt),
      endsAt: fromLocalInput(slot.endsAt),
      capacity: /^\s*-?\d+\s*$/.test(slot.capacity) ? Number.parseInt(slot.capacity, 10) : null,
      label: slot.label || null,
    })),
  };
}
