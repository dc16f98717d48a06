import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type CauseArea,
  type ConsentMethod,
  CONSENT_PURPOSES,
  type ConsentPurpose,
  type EventStatus,
  type WorkFormat,
} from '@skillshift/shared';
import { CauseAreaEnum, ConsentMethodEnum, WorkFormatEnum } from '../common/graphql/registration-enums';
import { EventStatusEnum } from '../events/event.model';
import { VOLUNTEER_REGISTRATION_STATUSES, type VolunteerRegistrationStatus } from './volunteer-registration.entity';

export const VolunteerRegistrationStatusEnum = Object.fromEntries(
  VOLUNTEER_REGISTRATION_STATUSES.map((status) => [status, status]),
) as Record<VolunteerRegistrationStatus, VolunteerRegistrationStatus>;
registerEnumType(VolunteerRegistrationStatusEnum, { name: 'VolunteerRegistrationStatus' });

export const VolunteerConsentPurposeEnum = Object.fromEntries(
  CONSENT_PURPOSES.map((purpose) => [purpose, purpose]),
) as Record<ConsentPurpose, ConsentPurpose>;
registerEnumType(VolunteerConsentPurposeEnum, { name: 'ConsentPurpose', description: 'What a consent covers.' });

@ObjectType({ description: 'A skill a volunteer offers, with the level they rate themselves at.' })
export class VolunteerSkill {
  @Field({ description: 'The taxonomy id, e.g. web.cms.wordpress.' })
  skill: string;

  @Field(() => Int, { description: '1 basic, 2 intermediate, 3 advanced, 4 expert.' })
  level: number;
}

@ObjectType({ description: 'A consent a person gave: for what, to which text version, when and how.' })
export class ConsentRecord {
  @Field(() => ID)
  id: string;

  @Field(() => VolunteerConsentPurposeEnum)
  purpose: ConsentPurpose;

  @Field()
  textVersion: string;

  @Field(() => ConsentMethodEnum)
  method: ConsentMethod;

  @Field(() => String, { nullable: true, description: 'The organizer who recorded it at an assisted intake.' })
  recordedByName: string | null;

  @Field(() => GraphQLISODateTime)
  givenAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt: Date | null;
}

@ObjectType({ description: 'A volunteer’s profile as they see it themselves, with the consents they gave.' })
export class VolunteerProfile {
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

  @Field()
  inviteToNextEditions: boolean;

  @Field(() => [ConsentRecord], { description: 'Newest first.' })
  consents: ConsentRecord[];

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType({ description: 'A slot of an event, as volunteers pick it.' })
export class VolunteerEventSlot {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  label: string | null;
}

@ObjectType({ description: 'A volunteer’s registration for one event, with the slots they can attend.' })
export class VolunteerRegistration {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => EventStatusEnum)
  eventStatus: EventStatus;

  @Field(() => GraphQLISODateTime)
  eventStartsAt: Date;

  @Field(() => GraphQLISODateTime)
  eventEndsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  volunteerDeadline: Date | null;

  @Field(() => VolunteerRegistrationStatusEnum)
  status: VolunteerRegistrationStatus;

  @Field(() => Int)
  maxAssignments: number;

  @Field(() => [VolunteerEventSlot], { description: 'The slots the volunteer can attend.' })
  slots: VolunteerEventSlot[];

  @Field(() => [VolunteerEventSlot], { description: 'All slots of the event, to change the choice.' })
  eventSlots: VolunteerEventSlot[];

  @Field({ description: 'Whether the volunteer can still change slots and limit (open, before the deadline).' })
  changeable: boolean;

  @Field({ description: 'Whether the volunteer can still withdraw (until teams are published).' })
  withdrawable: boolean;

  @Field({ description: 'Registered by an organizer at an assisted intake.' })
  assisted: boolean;

  @Field(() => GraphQLISODateTime)
  registeredAt: Date;
}

@ObjectType({ description: 'What the volunteer registration form needs of a public event.' })
export class VolunteerEventOptions {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => EventStatusEnum)
  status: EventStatus;

  @Field(() => [String])
  languages: string[];

  @Field(() => String, { nullable: true })
  organizingBodyName: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  volunteerDeadline: Date | null;

  @Field(() => [VolunteerEventSlot])
  slots: VolunteerEventSlot[];

  @Field({ description: 'Whether volunteers can register now (open for registration, before the deadline).' })
  registrationOpen: boolean;

  @Field(() => VolunteerRegistration, {
    nullable: true,
    description: 'The signed-in person’s registration for this event, if any (also a withdrawn one).',
  })
  myRegistration: VolunteerRegistration | null;
}
