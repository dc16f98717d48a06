import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  MATCHING_ASSIGNMENT_ORIGINS,
  MATCHING_RUN_STATUSES,
  MATCHING_UNSERVED_CODES,
  type EventStatus,
  type MatchingAssignmentOrigin,
  type MatchingRunStatus,
  type WorkFormat,
} from '@skillshift/shared';
import { SCORE_FACTORS, type ScoreFactor, type UnservedCode } from '@skillshift/shared/matching';
import { WorkFormatEnum } from '../common/graphql/registration-enums';
import { EventStatusEnum } from '../events/event.model';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

/** Why a challenge has no team in a run: the engine's codes, and EMPTIED_BY_HAND after a move took its last member. */
export const BOARD_UNSERVED_CODES = [...MATCHING_UNSERVED_CODES, 'EMPTIED_BY_HAND'] as const;
export type BoardUnservedCode = UnservedCode | 'EMPTIED_BY_HAND';

export const MatchingRunStatusEnum = asEnum(MATCHING_RUN_STATUSES);
export const MatchingAssignmentOriginEnum = asEnum(MATCHING_ASSIGNMENT_ORIGINS);
export const ScoreFactorEnum = asEnum([...SCORE_FACTORS, 'given'] as const);
export const UnservedCodeEnum = asEnum(BOARD_UNSERVED_CODES);
registerEnumType(MatchingRunStatusEnum, { name: 'MatchingRunStatus' });
registerEnumType(MatchingAssignmentOriginEnum, {
  name: 'MatchingAssignmentOrigin',
  description: 'ENGINE as solved, MANUAL when an organizer moved the volunteer there.',
});
registerEnumType(ScoreFactorEnum, {
  name: 'ScoreFactor',
  description: 'A factor of a pair score (MATCHING.md); `given` when the instance supplied the scores.',
});
registerEnumType(UnservedCodeEnum, { name: 'UnservedCode', description: 'Why a challenge got no team.' });

@ObjectType({ description: 'The effective weights of the score factors; they add up to 1.' })
export class MatchingWeights {
  @Field(() => Float)
  skills: number;

  @Field(() => Float)
  niceToHave: number;

  @Field(() => Float)
  languages: number;

  @Field(() => Float)
  causes: number;

  @Field(() => Float)
  format: number;
}

@ObjectType({ description: 'One run of the matching engine on an event, with its metrics.' })
export class MatchingRun {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => Int, { description: '1, 2, 3… per event.' })
  number: number;

  @Field(() => MatchingRunStatusEnum)
  status: MatchingRunStatus;

  @Field(() => Int, { nullable: true, description: 'While QUEUED: how many runs of the event come before it.' })
  queuePosition: number | null;

  @Field(() => MatchingWeights, { description: 'The effective weights the run used.' })
  weights: MatchingWeights;

  @Field(() => String, { nullable: true })
  startedByName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'From the click to the stored result.' })
  durationMillis: number | null;

  @Field(() => Int, { nullable: true, description: 'Wall time of the engine alone.' })
  solveMillis: number | null;

  @Field(() => Int)
  challengeCount: number;

  @Field(() => Int)
  volunteerCount: number;

  @Field(() => Int)
  pinCount: number;

  @Field(() => Int)
  exclusionCount: number;

  @Field(() => Int, { nullable: true })
  served: number | null;

  @Field(() => Float, { nullable: true })
  servedPriority: number | null;

  @Field(() => Float, { nullable: true, description: 'Summed pair scores, as the assignments are now.' })
  totalScore: number | null;

  @Field(() => Float, { nullable: true, description: 'Summed pair scores of the engine’s plan, before moves.' })
  engineScore: number | null;

  @Field(() => Float, { nullable: true, description: 'The engine’s proven bound on its score.' })
  upperBound: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The engine’s plan is proven optimal.' })
  optimal: boolean | null;

  @Field(() => Float, { nullable: true, description: 'The engine’s plan is within this % of the bound.' })
  gapPercent: number | null;

  @Field(() => Int)
  manualChanges: number;

  @Field(() => String, { nullable: true, description: 'Why the run failed, in the reader’s language.' })
  error: string | null;
}

@ObjectType({ description: 'What the matching page of an event starts from.' })
export class MatchingSetup {
  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => EventStatusEnum)
  eventStatus: EventStatus;

  @Field(() => ID, { nullable: true })
  organizingBodyId: string | null;

  @Field({ description: 'Whether runs can be started and steered now (the event is MATCHING).' })
  canRun: boolean;

  @Field(() => Int)
  acceptedChallenges: number;

  @Field(() => Int)
  registeredVolunteers: number;

  @Field(() => MatchingWeights)
  defaultWeights: MatchingWeights;

  @Field(() => [MatchingPair])
  pins: MatchingPair[];

  @Field(() => [MatchingPair])
  exclusions: MatchingPair[];
}

@ObjectType({ description: 'A pinned or excluded pair of a challenge and a volunteer.' })
export class MatchingPair {
  @Field(() => ID)
  challengeId: string;

  @Field()
  challengeTitle: string;

  @Field(() => ID)
  volunteerId: string;

  @Field()
  firstName: string;

  @Field(() => String, { nullable: true })
  createdByName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'A skill a challenge asks for, and who in the team covers it.' })
export class BoardTeamNeed {
  @Field({ description: 'Taxonomy id.' })
  skill: string;

  @Field(() => Int, { description: 'The least level that helps.' })
  level: number;

  @Field()
  required: boolean;

  @Field(() => [String], { description: 'First names of members covering it at that level (or a narrower skill).' })
  coveredBy: string[];
}

@ObjectType({ description: 'A skill of a volunteer and whether it answers one of the challenge’s needs.' })
export class BoardMemberSkill {
  @Field()
  skill: string;

  @Field(() => Int)
  level: number;

  @Field({ description: 'The skill is one the challenge asks for, or narrower than one.' })
  wanted: boolean;
}

@ObjectType({ description: 'A member of a team on the review board.' })
export class BoardTeamMember {
  @Field(() => ID, { description: 'The assignment: addressable one by one (publication, answers).' })
  assignmentId: string;

  @Field(() => ID)
  volunteerId: string;

  @Field()
  firstName: string;

  @Field(() => Float)
  score: number;

  @Field(() => MatchingAssignmentOriginEnum)
  origin: MatchingAssignmentOrigin;

  @Field()
  pinned: boolean;

  @Field({ description: 'Excluded from this challenge for the next runs (this run made the team before).' })
  excluded: boolean;

  @Field(() => [BoardMemberSkill])
  skills: BoardMemberSkill[];
}

@ObjectType({ description: 'A challenge with its team in a slot.' })
export class BoardTeamCard {
  @Field(() => ID)
  challengeId: string;

  @Field()
  title: string;

  @Field()
  nonprofitName: string;

  @Field(() => Int)
  priority: number;

  @Field(() => Int)
  teamMin: number;

  @Field(() => Int)
  teamMax: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => WorkFormatEnum)
  format: WorkFormat;

  @Field(() => [BoardTeamNeed])
  skills: BoardTeamNeed[];

  @Field(() => [BoardTeamMember])
  members: BoardTeamMember[];
}

@ObjectType()
export class BoardSlot {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => [BoardTeamCard])
  teams: BoardTeamCard[];
}

@ObjectType({ description: 'A challenge without a team in the run, and why.' })
export class BoardUnservedChallenge {
  @Field(() => ID)
  challengeId: string;

  @Field()
  title: string;

  @Field()
  nonprofitName: string;

  @Field(() => Int)
  priority: number;

  @Field(() => [ID], { description: 'The slots it may run in.' })
  slotIds: string[];

  @Field(() => Int, {
    description: 'The fewest people its team may have: moving one person there starts it only at 1.',
  })
  teamMin: number;

  @Field(() => UnservedCodeEnum)
  code: BoardUnservedCode;

  @Field({ description: 'The reason in the reader’s language.' })
  reason: string;
}

@ObjectType({ description: 'A registered volunteer without any team in the run.' })
export class BoardVolunteer {
  @Field(() => ID)
  volunteerId: string;

  @Field()
  firstName: string;

  @Field(() => [ID])
  slotIds: string[];

  @Field(() => Int)
  maxAssignments: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => [BoardMemberSkill])
  skills: BoardMemberSkill[];
}

@ObjectType({ description: 'A run’s result as organizers review it: teams per slot, what stayed open, and why.' })
export class MatchingBoard {
  @Field(() => MatchingRun)
  run: MatchingRun;

  @Field(() => [BoardSlot])
  slots: BoardSlot[];

  @Field(() => [BoardUnservedChallenge])
  unserved: BoardUnservedChallenge[];

  @Field(() => [BoardVolunteer])
  unassigned: BoardVolunteer[];

  @Field(() => [MatchingPair])
  pins: MatchingPair[];

  @Field(() => [MatchingPair])
  exclusions: MatchingPair[];

  @Field(() => [ID], {
    description: 'Volunteers of the run without an e-mail address: publishing reaches them only through the organizer.',
  })
  withoutEmail: string[];

  @Field({ description: 'Whether the board can still be changed (the event is MATCHING and the run is DONE).' })
  editable: boolean;
}

@ObjectType({ description: 'One factor of a pair score: value in [0, 1] times its effective weight.' })
export class PairScoreFactor {
  @Field(() => ScoreFactorEnum)
  factor: ScoreFactor | 'given';

  @Field(() => Float)
  value: number;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { description: 'value × weight: what the factor adds to the score.' })
  contribution: number;
}

@ObjectType({ description: 'How a volunteer’s level compares with what a challenge wants of one skill.' })
export class PairSkillComparison {
  @Field()
  skill: string;

  @Field(() => Int)
  wantedLevel: number;

  @Field(() => Int, { description: '0 when the volunteer does not have it (nor a narrower skill).' })
  level: number;

  @Field()
  required: boolean;
}

@ObjectType({ description: 'Why a pair scores what it scores, factor by factor, and whether the rules allow it.' })
export class PairExplanation {
  @Field(() => ID)
  challengeId: string;

  @Field()
  challengeTitle: string;

  @Field(() => ID)
  volunteerId: string;

  @Field()
  firstName: string;

  @Field(() => Float)
  score: number;

  @Field({ description: 'The pair is in the run’s result.' })
  assigned: boolean;

  @Field(() => [PairScoreFactor])
  factors: PairScoreFactor[];

  @Field(() => [PairSkillComparison])
  skills: PairSkillComparison[];

  @Field(() => [String])
  challengeLanguages: string[];

  @Field(() => [String])
  sharedLanguages: string[];

  @Field(() => [String])
  challengeCauses: string[];

  @Field(() => [String])
  sharedCauses: string[];

  @Field(() => WorkFormatEnum)
  challengeFormat: WorkFormat;

  @Field(() => WorkFormatEnum, { nullable: true })
  preferredFormat: WorkFormat | null;

  @Field(() => [String], { description: 'Hard rules the pair breaks, in the reader’s language; empty when allowed.' })
  problems: string[];
}

@ObjectType()
export class MatchingChallengeRef {
  @Field(() => ID)
  challengeId: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'A volunteer whose teams differ between two runs.' })
export class MatchingVolunteerMove {
  @Field(() => ID)
  volunteerId: string;

  @Field()
  firstName: string;

  @Field(() => [MatchingChallengeRef])
  inFirst: MatchingChallengeRef[];

  @Field(() => [MatchingChallengeRef])
  inSecond: MatchingChallengeRef[];
}

@ObjectType({ description: 'Two runs of one event side by side.' })
export class MatchingRunComparison {
  @Field(() => MatchingRun)
  first: MatchingRun;

  @Field(() => MatchingRun)
  second: MatchingRun;

  @Field(() => [MatchingChallengeRef])
  servedOnlyInFirst: MatchingChallengeRef[];

  @Field(() => [MatchingChallengeRef])
  servedOnlyInSecond: MatchingChallengeRef[];

  @Field(() => [MatchingVolunteerMove])
  movedVolunteers: MatchingVolunteerMove[];

  @Field(() => Int, { description: 'second − first' })
  servedDifference: number;

  @Field(() => Float)
  servedPriorityDifference: number;

  @Field(() => Float)
  totalScoreDifference: number;
}
