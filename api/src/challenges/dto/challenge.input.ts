import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EVENT_LANGUAGES, REGISTRATION_LIMITS, WORK_FORMATS, type WorkFormat } from '@skillshift/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WorkFormatEnum } from '../../common/graphql/registration-enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const L = REGISTRATION_LIMITS;

@InputType({ description: 'A skill the challenge asks for, from the taxonomy.' })
export class ChallengeSkillInput {
  @Field({ description: 'A taxonomy id, e.g. web.cms.wordpress.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.shortTextMax)
  skill: string;

  @Field(() => Int, { description: '1 basic, 2 intermediate, 3 advanced, 4 expert.' })
  @IsInt()
  @Min(1)
  @Max(4)
  level: number;

  @Field({ defaultValue: true, description: 'true: the team must have it; false: nice to have.' })
  @IsBoolean()
  required: boolean;
}

/**
 * A challenge's content. A draft may leave most of it empty (the limits below always hold); a submission needs it
 * complete, which the service checks (challenge-rules.ts), naming every missing field.
 */
@InputType()
export class ChallengeInput {
  @Field({
    description:
      'Required; checked with the other rules of the content (challenge-rules.ts), so one answer names them all.',
  })
  @Transform(trim)
  @MaxLength(L.shortTextMax)
  title: string;

  @Field({ defaultValue: '', description: 'What hurts today.' })
  @Transform(trim)
  @MaxLength(L.challengeTextMax)
  problem: string;

  @Field({ defaultValue: '', description: 'What should work after the evening.' })
  @Transform(trim)
  @MaxLength(L.challengeTextMax)
  goal: string;

  @Field({ defaultValue: '', description: 'Who benefits.' })
  @Transform(trim)
  @MaxLength(L.challengeTextMax)
  beneficiaries: string;

  @Field({ defaultValue: '', description: 'Tools and systems in use.' })
  @Transform(trim)
  @MaxLength(L.challengeTextMax)
  tools: string;

  @Field(() => [ChallengeSkillInput], { defaultValue: [] })
  @ArrayMaxSize(L.challengeSkillsMax)
  @ValidateNested({ each: true })
  @Type(() => ChallengeSkillInput)
  skills: ChallengeSkillInput[];

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(L.teamSizeMin)
  @Max(L.teamSizeMax)
  teamMin: number;

  @Field(() => Int, { defaultValue: 3 })
  @IsInt()
  @Min(L.teamSizeMin)
  @Max(L.teamSizeMax)
  teamMax: number;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes the team must speak; of the event’s.' })
  @IsIn(EVENT_LANGUAGES, { each: true })
  languages: string[];

  @Field(() => WorkFormatEnum, { defaultValue: 'ONSITE' })
  @IsIn(WORK_FORMATS)
  format: WorkFormat;

  @Field(() => [ID], { defaultValue: [], description: 'Slots of the event the nonprofit can attend.' })
  @IsUUID('all', { each: true })
  slotIds: string[];

  @Field({ defaultValue: false, description: 'Someone who can decide is there on the evening.' })
  @IsBoolean()
  decisionMakerPresent: boolean;

  @Field({ defaultValue: false, description: 'Access to the systems (logins, rights) is ready.' })
  @IsBoolean()
  accessReady: boolean;

  @Field({ defaultValue: false, description: 'The goal can be reached in one evening.' })
  @IsBoolean()
  fitsOneEvening: boolean;
}
