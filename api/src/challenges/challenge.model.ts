import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { type ChallengeStatus, type EventKind, type EventStatus, type WorkFormat } from '@skillshift/shared';
import { ChallengeStatusEnum, WorkFormatEnum } from '../common/graphql/registration-enums';
import { EventKindEnum, EventStatusEnum } from '../events/event.model';

@ObjectType({ description: 'A skill a challenge asks for.' })
export class ChallengeSkill {
  @Field({ description: 'The taxonomy id, e.g. web.cms.wordpress.' })
  skill: string;

  @Field(() => Int, { description: 'The least level that helps: 1 basic … 4 expert.' })
  level: number;

  @Field({ description: 'true: the team must have it; false: nice to have.' })
  required: boolean;
}

@ObjectType({ description: 'A slot of the event a challenge can pick.' })
export class ChallengeEventSlot {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  label: string | null;
}

@ObjectType({ description: 'What the challenge form needs of a public event: its languages, slots and deadline.' })
export class ChallengeEvent {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => EventKindEnum, {
    description: 'An evening (NACHTSCHICHT) or days (HACKATHON); the form words its questions so.',
  })
  kind: EventKind;

  @Field(() => EventStatusEnum)
  status: EventStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  nonprofitDeadline: Date | null;

  @Field(() => [String])
  languages: string[];

  @Field(() => ID, { nullable: true })
  organizingBodyId: string | null;

  @Field(() => String, { nullable: true })
  organizingBodyName: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => [ChallengeEventSlot])
  slots: ChallengeEventSlot[];

  @Field({ description: 'Whether new challenges can be submitted now (open for registration, before the deadline).' })
  acceptsChallenges: boolean;
}

@ObjectType({ description: 'One step of a challenge’s status history with what was said.' })
export class ChallengeStatusChange {
  @Field(() => ID)
  id: string;

  @Field(() => ChallengeStatusEnum, { nullable: true, description: 'null for the creation.' })
  fromStatus: ChallengeStatus | null;

  @Field(() => ChallengeStatusEnum)
  toStatus: ChallengeStatus;

  @Field(() => String, { nullable: true, description: 'The question, the answer or the reason.' })
  message: string | null;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

/** The fields lists and the full brief share. */
@ObjectType({ isAbstract: true })
abstract class ChallengeHeader {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ChallengeStatusEnum)
  status: ChallengeStatus;

  @Field(() => Int, { nullable: true, description: 'Set by organizers; only they see it (null for others).' })
  priority: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => ID)
  nonprofitId: string;

  @Field()
  nonprofitName: string;

  @Field(() => String, { nullable: true, description: 'The organizers’ question while the status is NEEDS_INFO.' })
  openQuestion: string | null;

  @Field(() => String, { nullable: true, description: 'The organizers’ reason while the status is REJECTED.' })
  decisionReason: string | null;
}

@ObjectType({ description: 'A challenge in a list: the nonprofit’s dashboard or the organizers’ curation.' })
export class ChallengeSummary extends ChallengeHeader {
  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => EventStatusEnum)
  eventStatus: EventStatus;
}

@ObjectType({ description: 'A challenge’s whole brief, for the contacts of its nonprofit and the organizers.' })
export class Challenge extends ChallengeHeader {
  @Field({ description: 'What hurts today.' })
  problem: string;

  @Field({ description: 'What should work after the evening.' })
  goal: string;

  @Field({ description: 'Who benefits.' })
  beneficiaries: string;

  @Field({ description: 'Tools and systems in use.' })
  tools: string;

  @Field(() => [ChallengeSkill])
  skills: ChallengeSkill[];

  @Field(() => Int)
  teamMin: number;

  @Field(() => Int)
  teamMax: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => WorkFormatEnum)
  format: WorkFormat;

  @Field(() => [ID], { description: 'The slots of the event the nonprofit can attend.' })
  slotIds: string[];

  @Field()
  decisionMakerPresent: boolean;

  @Field()
  accessReady: boolean;

  @Field()
  fitsOneEvening: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => ChallengeEvent)
  event: ChallengeEvent;

  @Field(() => [ChallengeStatusChange], { description: 'Oldest first.' })
  history: ChallengeStatusChange[];

  @Field(() => [String], { description: 'Input paths (input.problem …) still missing for a submission.' })
  missingFields: string[];

  @Field({ description: 'Whether the person asking speaks for the nonprofit (may edit, submit, answer, withdraw).' })
  viewerIsContact: boolean;

  @Field({ description: 'Whether the person asking curates the event (may ask back, accept, reject, prioritise).' })
  viewerIsOrganizer: boolean;
}

@ObjectType()
export class ChallengeCountByStatus {
  @Field(() => ChallengeStatusEnum)
  status: ChallengeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'The challenges of an event for its organizers.' })
export class EventChallengePage {
  @Field(() => [ChallengeSummary])
  items: ChallengeSummary[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => [ChallengeCountByStatus], { description: 'How many challenges the event has in each status.' })
  countsByStatus: ChallengeCountByStatus[];
}
