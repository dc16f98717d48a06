import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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
