import { Field, InputType, Int } from '@nestjs/graphql';
import {
  CAUSE_AREAS,
  type CauseArea,
  EVENT_LANGUAGES,
  REGISTRATION_LIMITS,
  type SkillLevel,
  WORK_FORMATS,
  type WorkFormat,
} from '@skillshift/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CauseAreaEnum, WorkFormatEnum } from '../../common/graphql/registration-enums';
import { ChooseAtLeastOne } from '../../common/errors/validation';
import { type InputWithRules } from '../../common/errors/validation';
import { profileProblems } from '../volunteer-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : (value ?? null);

@InputType({ description: 'A skill from the taxonomy with the level the volunteer rates themselves at (1-4).' })
export class VolunteerSkillInput {
  @Field({ description: 'Taxonomy id, e.g. web.cms.wordpress.' })
  @IsNotEmpty()
  @MaxLength(REGISTRATION_LIMITS.shortTextMax)
  skill: string;

  @Field(() => Int, { description: '1 basic, 2 intermediate, 3 advanced, 4 expert.' })
  @IsInt()
  @Min(1)
  @Max(4)
  level: SkillLevel;
}

/** What a volunteer tells about themselves; the same for every event. Saving sends the whole profile again. */
@InputType()
export class VolunteerProfileInput implements InputWithRules {
  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MinLength(REGISTRATION_LIMITS.nameMin)
  @MaxLength(REGISTRATION_LIMITS.nameMax)
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(REGISTRATION_LIMITS.phoneMax)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the volunteer works (optional).' })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(REGISTRATION_LIMITS.shortTextMax)
  employer?: string | null;

  @Field(() => [VolunteerSkillInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(REGISTRATION_LIMITS.skillsMax)
  @ValidateNested({ each: true })
  @Type(() => VolunteerSkillInput)
  skills: VolunteerSkillInput[];

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the volunteer can work in.' })
  @ChooseAtLeastOne()
  @ArrayMaxSize(EVENT_LANGUAGES.length)
  @IsIn(EVENT_LANGUAGES, { each: true })
  languages: string[];

  @Field(() => [WorkFormatEnum], { description: 'The formats the volunteer accepts.' })
  @ChooseAtLeastOne()
  @IsIn(WORK_FORMATS, { each: true })
  formats: WorkFormat[];

  @Field(() => [CauseAreaEnum], { defaultValue: [] })
  @ArrayMaxSize(REGISTRATION_LIMITS.causesMax)
  @IsIn(CAUSE_AREAS, { each: true })
  causes: CauseArea[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the volunteer wants to be invited to later editions: an opt-in, off unless chosen. Left out, a new ' +
      'profile says no and a stored one keeps its answer.',
  })
  @IsOptional()
  @IsBoolean()
  inviteToNextEditions?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Agreement to the processing of the data (text version CONSENT_TEXT_VERSION); required to be true on the first save.',
  })
  @IsOptional()
  @IsBoolean()
  consent?: boolean | null;

  /** Consent counts as asked for when it was sent as false; the service also knows whether a profile exists. */
  inputProblems(prefix: string) {
    return profileProblems(this, prefix, this.consent === false);
  }
}
