import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '@skillshift/shared';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const EventKindEnum = asEnum(EVENT_KINDS);
export const EventStatusEnum = asEnum(EVENT_STATUSES);
registerEnumType(EventKindEnum, { name: 'EventKind' });
registerEnumType(EventStatusEnum, { name: 'EventStatus' });

/** What anyone may see of an event that is open to the public. */
@ObjectType()
export class EventSummary {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field(() => EventStatusEnum)
  status: EventStatus;

  @Field()
  description: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;
}

@ObjectType({ description: 'A time window of an event, as organizers see it.' })
export class Slot {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => String, { nullable: true })
  label: string | null;
}

/** The fields organizers and the public share; each view adds its own. */
@ObjectType({ isAbstract: true })
abstract class EventDetails extends EventSummary {
  @Field()
  online: boolean;

  @Field(() => [String])
  languages: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  nonprofitDeadline: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  volunteerDeadline: Date | null;

  @Field(() => String, { nullable: true })
  organizingBodyName: string | null;
}

@ObjectType({ description: 'An event as the organizers of its body see it.' })
export class OrganizerEvent extends EventDetails {
  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => ID, { nullable: true })
  organizingBodyId: string | null;

  @Field(() => [Slot])
  slots: Slot[];

  @Field(() => [EventStatusEnum], { description: 'The statuses the event may change to from here.' })
  nextStatuses: EventStatus[];
}

@ObjectType({ description: 'When a slot of a public event takes place.' })
export class PublicSlot {
  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;
}

@ObjectType({ description: 'What the public page of an open event shows.' })
export class PublicEvent extends EventDetails {
  @Field(() => [PublicSlot])
  slots: PublicSlot[];
}

@ObjectType()
export class OrganizerEventPage {
  @Field(() => [OrganizerEvent])
  items: OrganizerEvent[];

  @Field(() => Int)
  totalCount: number;
}
