import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { EVENT_KINDS, EVENT_LANGUAGES, EVENT_LIMITS, type EventKind } from '@skillshift/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EventKindEnum } from '../event.model';
import { ChooseAtLeastOne, type InputWithRules } from '../../common/errors/validation';
import { eventInputProblems } from '../event-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : (value ?? null);

@InputType({ description: 'A time window of the event; leave id out for a new slot.' })
export class SlotInput {
  @Field(() => ID, { nullable: true, description: 'An existing slot to keep (and change); omit for a new one.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  // Times and capacity may arrive empty (null) so that the answer names them with the event's other problems; the
  // checks below refuse null, so past validation they are always set.
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Required.' })
  @IsNotEmpty()
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Required.' })
  @IsNotEmpty()
  @IsDate()
  endsAt: Date;

  @Field(() => Int, { nullable: true, description: 'Required: how many teams can work at the same time in this slot.' })
  @IsNotEmpty()
  @IsInt()
  @Min(EVENT_LIMITS.capacityMin)
  @Max(EVENT_LIMITS.capacityMax)
  capacity: number;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(EVENT_LIMITS.labelMax)
  label?: string | null;
}

/** Everything an organizer sets on an event; updates send the whole event again (slots by id). */
@InputType()
export class EventInput implements InputWithRules {
  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MinLength(EVENT_LIMITS.nameMin)
  @MaxLength(EVENT_LIMITS.nameMax)
  name: string;

  @Field(() => EventKindEnum)
  @IsIn(EVENT_KINDS)
  kind: EventKind;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(EVENT_LIMITS.descriptionMax)
  description: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.placeMax)
  city: string;

  @Field(() => String, { nullable: true, description: 'Address of the venue; required unless the event is online.' })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(EVENT_LIMITS.placeMax)
  venue?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  online: boolean;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  onlineUrl?: string | null;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken at the event.' })
  @ChooseAtLeastOne()
  @IsIn(EVENT_LANGUAGES, { each: true })
  languages: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last moment for nonprofits to submit.' })
  @IsOptional()
  @IsDate()
  nonprofitDeadline?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last moment for volunteers to register.' })
  @IsOptional()
  @IsDate()
  volunteerDeadline?: Date | null;

  @Field(() => [SlotInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_LIMITS.slotsMax)
  @ValidateNested({ each: true })
  @Type(() => SlotInput)
  slots: SlotInput[];

  inputProblems(prefix: string) {
    return prefix === 'input' ? eventInputProblems(this) : [];
  }
}
