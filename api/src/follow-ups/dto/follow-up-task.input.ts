import { Field, ID, InputType } from '@nestjs/graphql';
import { FEEDBACK_LIMITS, FOLLOW_UP_STATUSES, type FollowUpStatus } from '@skillshift/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FollowUpStatusEnum } from '../follow-up.model';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What an organizer changes on a follow-up task; every field is sent each time. */
@InputType()
export class FollowUpTaskInput {
  @Field(() => FollowUpStatusEnum)
  @IsIn(FOLLOW_UP_STATUSES)
  status: FollowUpStatus;

  /** Checked as a calendar day by the service (validation.isDate). */
  @Field({ description: 'YYYY-MM-DD' })
  @Transform(trim)
  @IsString()
  @MaxLength(10)
  dueDate: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(FEEDBACK_LIMITS.notesMax)
  notes: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId: string | null;
}
