import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type EventStatus,
  PLACE_STATES,
  type PlaceState,
  PROPOSAL_ANSWERS,
  PROPOSAL_PARTIES,
  PROPOSAL_STATUSES,
  type ProposalAnswer,
  type ProposalParty,
  type ProposalStatus,
} from '@skillshift/shared';
import { EventStatusEnum } from '../events/event.model';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const ProposalStatusEnum = asEnum<ProposalStatus>(PROPOSAL_STATUSES);
export const ProposalAnswerEnum = asEnum<ProposalAnswer>(PROPOSAL_ANSWERS);
export const ProposalPartyEnum = asEnum<ProposalParty>(PROPOSAL_PARTIES);
export const PlaceStateEnum = asEnum<PlaceState>(PLACE_STATES);
registerEnumType(ProposalStatusEnum, {
  name: 'ProposalStatus',
  description: 'A proposal’s life; EXPIRED = not answered by the deadline (counts as declined).',
});
registerEnumType(ProposalAnswerEnum, { name: 'ProposalAnswer' });
registerEnumType(ProposalPartyEnum, { name: 'ProposalParty', description: 'Who called off an accepted place.' });
registerEnumType(PlaceStateEnum, {
  name: 'PlaceState',
  description: 'A place as organizers see it: taken (PROPOSED, ACCEPTED), NEEDS_REPLACEMENT, or REPLACED.',
});

@ObjectType({ description: 'A skill a team member brings, with its level (1–4).' })
export class TeamSkill {
  @Field()
  skill: string;

  @Field(() => Int)
  level: number;
}

@ObjectType({ description: 'A member of a proposed team as the other members and the nonprofit first see them.' })
export class TeamMate {
  @Field()
  firstName: string;

  @Field(() => [TeamSkill], { description: 'The skills that answer the challenge’s needs (else all).' })
  skills: TeamSkill[];

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;
}

@ObjectType({ description: 'A contact person of the nonprofit, as the volunteer sees them once both sides confirmed.' })
export class ProposalContact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Only once the volunteer accepted and the nonprofit confirmed.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Only once the volunteer accepted and the nonprofit confirmed.' })
  phone: string | null;
}

@ObjectType({ description: 'Where and when a team meets.' })
export class TeamSlot {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field({ description: 'The venue and city, or the meeting link of an online event.' })
  place: string;
}

@ObjectType({ description: 'A place in a team offered to the signed-in volunteer.' })
export class VolunteerProposal {
  @Field(() => ID)
  id: string;

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;

  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => ID)
  challengeId: string;

  @Field()
  challengeTitle: string;

  @Field({ description: 'What hurts today, in the nonprofit’s words.' })
  problem: string;

  @Field({ description: 'What should work afterwards.' })
  goal: string;

  @Field()
  nonprofitName: string;

  @Field(() => TeamSlot)
  slot: TeamSlot;

  @Field(() => GraphQLISODateTime)
  answerDeadline: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt: Date | null;

  @Field(() => ProposalPartyEnum, { nullable: true })
  cancelledBy: ProposalParty | null;

  @Field({ description: 'Still PROPOSED, before the deadline, while the event is published.' })
  canAnswer: boolean;

  @Field({ description: 'ACCEPTED, and the slot has not begun: the volunteer may still call it off.' })
  canCancel: boolean;

  @Field(() => [TeamMate], { description: 'The others in the team (first names and skills).' })
  team: TeamMate[];

  @Field({ description: 'The nonprofit confirmed this volunteer.' })
  nonprofitConfirmed: boolean;

  @Field({ description: 'Both sides confirmed: contact data is visible to each other.' })
  contactRevealed: boolean;

  @Field(() => [ProposalContact], { description: 'The nonprofit’s contacts; empty until both sides confirmed.' })
  nonprofitContacts: ProposalContact[];
}

@ObjectType({ description: 'A member of a team as the nonprofit sees them.' })
export class NonprofitTeamMember {
  @Field(() => ID)
  proposalId: string;

  @Field()
  firstName: string;

  @Field(() => [TeamSkill])
  skills: TeamSkill[];

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;

  @Field()
  nonprofitConfirmed: boolean;

  @Field({ description: 'The volunteer accepted and the nonprofit confirmed.' })
  contactRevealed: boolean;

  @Field(() => String, { nullable: true, description: 'The full name, once contact data is revealed.' })
  fullName: string | null;

  @Field(() => String, { nullable: true, description: 'Only once the volunteer accepted and the nonprofit confirmed.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Only once the volunteer accepted and the nonprofit confirmed.' })
  phone: string | null;

  @Field({ description: 'The nonprofit may still call off this place (proposed or accepted, before the slot).' })
  canRelease: boolean;
}

@ObjectType({ description: 'The proposed team of one of the nonprofit’s challenges.' })
export class NonprofitTeam {
  @Field(() => ID)
  challengeId: string;

  @Field()
  challengeTitle: string;

  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => TeamSlot)
  slot: TeamSlot;

  @Field(() => [NonprofitTeamMember], { description: 'Members holding a place (proposed or accepted).' })
  members: NonprofitTeamMember[];

  @Field(() => Int, {
    description: 'Places that freed up and are not filled yet, while the event is published and its slot ahead.',
  })
  openPlaces: number;

  @Field({ description: 'Every member holding a place is confirmed by the nonprofit.' })
  confirmed: boolean;

  @Field({ description: 'There are members the nonprofit has not confirmed yet, and the event is published.' })
  canConfirm: boolean;
}

@ObjectType()
export class NonprofitTeams {
  @Field(() => ID)
  nonprofitId: string;

  @Field()
  nonprofitName: string;

  @Field(() => [NonprofitTeam])
  teams: NonprofitTeam[];
}

@ObjectType({ description: 'A place of a published team as organizers follow it.' })
export class PublishedPlace {
  @Field(() => ID)
  proposalId: string;

  @Field(() => ID)
  volunteerId: string;

  @Field()
  firstName: string;

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;

  @Field(() => PlaceStateEnum)
  state: PlaceState;

  @Field(() => GraphQLISODateTime)
  answerDeadline: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt: Date | null;

  @Field(() => ProposalPartyEnum, { nullable: true })
  cancelledBy: ProposalParty | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field({ description: 'Proposed as a replacement for a place that freed up.' })
  replacement: boolean;

  @Field({ description: 'The proposal went out by mail (false for people without an e-mail address).' })
  mailed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The volunteer’s phone number, if given: organizers call those who were not mailed.',
  })
  phone: string | null;

  @Field()
  nonprofitConfirmed: boolean;

  @Field({
    description:
      'Still PROPOSED, before the deadline, while the event is published: an organizer may record the answer.',
  })
  canAnswer: boolean;

  @Field({ description: 'ACCEPTED, and the slot has not begun: an organizer may record that the volunteer calls off.' })
  canCancel: boolean;
}

@ObjectType({ description: 'A challenge’s team in the published run, place by place.' })
export class PublishedTeam {
  @Field(() => ID)
  challengeId: string;

  @Field()
  title: string;

  @Field()
  nonprofitName: string;

  @Field(() => TeamSlot)
  slot: TeamSlot;

  @Field(() => [PublishedPlace])
  places: PublishedPlace[];

  @Field(() => Int)
  needsReplacement: number;
}

@ObjectType({ description: 'Counts of a publication’s places.' })
export class PublicationCounts {
  @Field(() => Int)
  proposed: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int, { description: 'Declined, expired or cancelled.' })
  freed: number;

  @Field(() => Int)
  needsReplacement: number;
}

@ObjectType({ description: 'An event’s publication: which run went out, until when people answer, and every place.' })
export class Publication {
  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => EventStatusEnum)
  eventStatus: EventStatus;

  @Field(() => ID, { nullable: true })
  organizingBodyId: string | null;

  @Field({ description: 'A run of the event was published.' })
  published: boolean;

  @Field({ description: 'The event is in MATCHING: a finished run can be published.' })
  canPublish: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Before publication: the latest possible answer deadline (the first slot’s start).',
  })
  latestDeadline: Date | null;

  @Field(() => ID, { nullable: true })
  runId: string | null;

  @Field(() => Int, { nullable: true })
  runNumber: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true })
  publishedByName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answerDeadline: Date | null;

  @Field()
  autoBackfill: boolean;

  @Field(() => PublicationCounts)
  counts: PublicationCounts;

  @Field(() => [PublishedTeam])
  teams: PublishedTeam[];
}
