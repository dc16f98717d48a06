import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { MATCHING_WEIGHT_LIMITS } from '@skillshift/shared';
import { IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';

const weight = () => (target: object, key: string) => {
  Field(() => Float, { nullable: true })(target, key);
  IsOptional()(target, key);
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  Min(MATCHING_WEIGHT_LIMITS.min)(target, key);
  Max(MATCHING_WEIGHT_LIMITS.max)(target, key);
};

@InputType({
  description:
    'What-if weights of the score factors, each 0..1. Given weights adding up to at most 1 are kept, and the factors left out share the rest in the proportions of their defaults; otherwise all five are normalised to add up to 1.',
})
export class MatchingWeightsInput {
  @weight()
  skills?: number | null;

  @weight()
  niceToHave?: number | null;

  @weight()
  languages?: number | null;

  @weight()
  causes?: number | null;

  @weight()
  format?: number | null;
}

@InputType({ description: 'A pair of a challenge and a volunteer (a person id) of one event.' })
export class MatchingPairInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID)
  @IsUUID()
  challengeId: string;

  @Field(() => ID)
  @IsUUID()
  volunteerId: string;
}

@InputType({
  description:
    'Moves a volunteer in one run: out of fromChallengeId (left out: from without a team) into toChallengeId (left ' +
    'out: to without a team). toSlotId picks the slot when the target challenge has no team yet.',
})
export class MoveVolunteerInput {
  @Field(() => ID)
  @IsUUID()
  runId: string;

  @Field(() => ID)
  @IsUUID()
  volunteerId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  fromChallengeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  toChallengeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  toSlotId?: string | null;
}
