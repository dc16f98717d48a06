import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AUDIT_ACTIONS, AUDIT_LOG_LIMITS, type AuditAction } from '@skillshift/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((action) => [action, action])) as Record<
  AuditAction,
  AuditAction
>;
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'What an audit log entry records.' });

@ObjectType({ description: 'One entry of an organizing body’s audit log.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => AuditActionEnum)
  action: AuditAction;

  @Field(() => ID, { nullable: true, description: 'Null for what the system did by itself.' })
  actorId: string | null;

  @Field({ description: 'Who did it, as named then; empty for the system.' })
  actorName: string;

  @Field(() => ID, { nullable: true })
  eventId: string | null;

  @Field(() => String, { nullable: true })
  eventName: string | null;

  @Field({ description: 'MATCHING_RUN, MATCHING_PAIR, …' })
  subjectType: string;

  @Field()
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The matching run the entry is about, when it is about one.' })
  runId: string | null;

  @Field({ description: 'What happened, in the reader’s language.' })
  description: string;
}

@ObjectType()
export class AuditLogPage {
  @Field(() => [AuditEntry])
  items: AuditEntry[];

  @Field(() => Int)
  totalCount: number;
}

@InputType({ description: 'Narrows the audit log; every field is optional and they combine with AND.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string | null;

  @Field(() => [AuditActionEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(AUDIT_ACTIONS.length)
  @IsIn(AUDIT_ACTIONS, { each: true })
  actions?: AuditAction[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Entries at or after this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Entries before this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date | null;
}

export const AUDIT_PAGE_MAX = AUDIT_LOG_LIMITS.pageMax;
