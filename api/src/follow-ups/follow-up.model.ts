import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_STATUSES,
  type FollowUpKind,
  type FollowUpStatus,
  type HelpTopic,
} from '@skillshift/shared';
import { HelpPoint, HelpTopicEnum } from '../help-points/help-point.model';

export const FollowUpKindEnum = Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, kind])) as Record<
  FollowUpKind,
  FollowUpKind
>;
registerEnumType(FollowUpKindEnum, { name: 'FollowUpKind', description: 'What a nonprofit asked for after an event.' });

export const FollowUpStatusEnum = Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, status])) as Record<
  FollowUpStatus,
  FollowUpStatus
>;
registerEnumType(FollowUpStatusEnum, { name: 'FollowUpStatus', description: 'Where a follow-up task stands.' });

@ObjectType({ description: 'An organizer of the body who can own follow-up tasks.' })
export class FollowUpOwner {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A follow-up a nonprofit asked for after an event, on the list of the body’s organizers.' })
export class FollowUpTask {
  @Field(() => ID)
  id: string;

  @Field(() => FollowUpKindEnum)
  kind: FollowUpKind;

  @Field(() => FollowUpStatusEnum)
  status: FollowUpStatus;

  @Field({ description: 'The due day (YYYY-MM-DD, Berlin calendar).' })
  dueDate: string;

  @Field()
  notes: string;

  @Field({ description: 'What the nonprofit wrote when asking.' })
  requestNote: string;

  @Field(() => HelpTopicEnum, { nullable: true })
  helpTopic: HelpTopic | null;

  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => ID)
  nonprofitId: string;

  @Field()
  nonprofitName: string;

  @Field(() => String, { nullable: true })
  challengeTitle: string | null;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true })
  ownerName: string | null;

  @Field(() => ID, { nullable: true })
  helpPointId: string | null;

  @Field({ description: 'The help point named in the referral mail, once sent.' })
  helpPointName: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  referralSentAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field(() => [HelpPoint], { description: 'For a referral: the body’s help points for the topic asked about.' })
  suggestedHelpPoints: HelpPoint[];
}

@ObjectType({ description: 'The follow-up tasks of a body, with the organizers who can own them.' })
export class FollowUpTaskList {
  @Field(() => [FollowUpTask])
  tasks: FollowUpTask[];

  @Field(() => [FollowUpOwner])
  owners: FollowUpOwner[];
}
