import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type CauseArea, type ChallengeStatus, type EventStatus, type WorkFormat } from '@skillshift/shared';
import { CauseAreaEnum, ChallengeStatusEnum, WorkFormatEnum } from '../common/graphql/registration-enums';
import { EventStatusEnum } from '../events/event.model';
import { type SupplyStatus } from './supply-demand';
import { VolunteerEventSlot, VolunteerRegistrationStatusEnum, VolunteerSkill } from './volunteer.model';
import { type VolunteerRegistrationStatus } from './volunteer-registration.entity';

export const SupplyStatusEnum = { SHORTAGE: 'SHORTAGE', TIGHT: 'TIGHT', OK: 'OK' } as const satisfies Record<
  SupplyStatus,
  SupplyStatus
>;
registerEnumType(SupplyStatusEnum, {
  name: 'SupplyStatus',
  description:
    'SHORTAGE: fewer covering volunteers than challenges require the skill; TIGHT: enough for the requirements but ' +
    'not for the wishes too; OK: enough for both.',
});

@ObjectType({
  description:
    'A volunteer registered for an event, as its organizers see them. email, phone and employer are personal: only ' +
    'organizers of the event’s body, platform admins and the person themself may read them.',
})
export class EventVolunteer {
  @Field(() => ID)
  registrationId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  employer: string | null;

  @Field(() => [VolunteerSkill])
  skills: VolunteerSkill[];

  @Field(() => [String])
  languages: string[];

  @Field(() => [WorkFormatEnum])
  formats: WorkFormat[];

  @Field(() => [CauseAreaEnum])
  causes: CauseArea[];

  @Field(() => [VolunteerEventSlot])
  slots: VolunteerEventSlot[];

  @Field(() => Int)
  maxAssignments: number;

  @Field(() => VolunteerRegistrationStatusEnum)
  status: VolunteerRegistrationStatus;

  @Field({ description: 'Registered by an organizer at an assisted intake.' })
  assisted: boolean;

  @Field(() => GraphQLISODateTime)
  registeredAt: Date;

  /** Not exposed: whose personal fields these are, for the field-level check. */
  organizingBodyId: string | null;
}

@ObjectType()
export class ChallengeStatusCount {
  @Field(() => ChallengeStatusEnum)
  status: ChallengeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How many volunteers can come to a slot, against how many teams it holds.' })
export class SlotVolunteerCount {
  @Field(() => ID)
  slotId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => Int, { description: 'How many teams can work at the same time.' })
  capacity: number;

  @Field(() => Int, { description: 'Registered volunteers who can come to this slot.' })
  volunteers: number;

  @Field(() => Int, { description: 'Accepted challenges that can run in this slot.' })
  acceptedChallenges: number;
}

@ObjectType({
  description:
    'One row of the supply/demand table: a skill at a least level that accepted challenges ask for, and the ' +
    'registered volunteers who cover it (the skill or a more specific one, at that level or higher).',
})
export class SkillSupplyDemand {
  @Field({ description: 'The taxonomy id.' })
  skill: string;

  @Field(() => Int)
  minLevel: number;

  @Field(() => Int, { description: 'Accepted challenges that require it.' })
  requiredBy: number;

  @Field(() => Int, { description: 'Accepted challenges that would like it (nice to have).' })
  wishedBy: number;

  @Field(() => Int, { description: 'Registered volunteers who cover it.' })
  covering: number;

  @Field(() => Int, { description: 'Of those, the ones who can come to a slot in which one of the challenges runs.' })
  coveringInSharedSlots: number;

  @Field(() => SupplyStatusEnum)
  status: SupplyStatus;

  @Field(() => Int, { description: 'How many more covering volunteers would end the shortage or tightness.' })
  missing: number;
}

@ObjectType({ description: 'The organizer’s view of an event before matching: counts and supply against demand.' })
export class EventVolunteerOverview {
  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => EventStatusEnum)
  eventStatus: EventStatus;

  @Field(() => [ChallengeStatusCount], { description: 'Every challenge status, zeros included.' })
  challengeCounts: ChallengeStatusCount[];

  @Field(() => Int, { description: 'Registered (not withdrawn) volunteers.' })
  volunteerCount: number;

  @Field(() => Int)
  withdrawnCount: number;

  @Field(() => [SlotVolunteerCount])
  slots: SlotVolunteerCount[];

  @Field(() => [SkillSupplyDemand], { description: 'Shortages first.' })
  supplyDemand: SkillSupplyDemand[];
}

@ObjectType()
export class VolunteerIntakeResult {
  @Field(() => EventVolunteer)
  volunteer: EventVolunteer;

  @Field({ description: 'Whether the person was mailed a link to review their data.' })
  reviewMailSent: boolean;
}
