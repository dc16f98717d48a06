import { Field, Float, InputType } from '@nestjs/graphql';
import {
  CAUSE_AREAS,
  type CauseArea,
  CONSENT_METHODS,
  type ConsentMethod,
  LEGAL_FORMS,
  type LegalForm,
  REGISTRATION_LIMITS,
  UI_LOCALES,
} from '@skillshift/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateNested,
} from 'class-validator';
import { ChallengeInput } from '../../challenges/dto/challenge.input';
import { CauseAreaEnum, ConsentMethodEnum, LegalFormEnum } from '../../common/graphql/registration-enums';
import { type FieldProblem } from '../../common/errors/domain-error';
import {
  ChooseAtLeastOne,
  type InputWithRules,
  PhoneCharacters,
  PhoneDigits,
  PostalCodeOrEmpty,
  ValidatedByService,
} from '../../common/errors/validation';
import { coordinateProblems, registrationConsentProblems } from '../nonprofit-rules';

const L = REGISTRATION_LIMITS;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : (value ?? null);
/** People type "verein.de"; the address is stored with its scheme so that links work. */
const webAddress = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value ?? null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
};

/** What a nonprofit tells about itself; updates send all of it again. */
@InputType()
export class NonprofitInput implements InputWithRules {
  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MinLength(L.nameMin)
  @MaxLength(L.nameMax)
  name: string;

  @Field(() => LegalFormEnum)
  @IsIn(LEGAL_FORMS)
  legalForm: LegalForm;

  @Field(() => [CauseAreaEnum])
  @ChooseAtLeastOne()
  @ArrayMaxSize(L.causesMax)
  @IsIn(CAUSE_AREAS, { each: true })
  causes: CauseArea[];

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(L.shortTextMax)
  street: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(L.postalCodeMax)
  @Validate(PostalCodeOrEmpty)
  postalCode: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MaxLength(L.shortTextMax)
  city: string;

  @Field({ defaultValue: '', description: 'The city district (Stadtteil).' })
  @Transform(trim)
  @MaxLength(L.shortTextMax)
  district: string;

  @Field(() => String, { nullable: true, description: 'https:// is added when the scheme is missing.' })
  @Transform(webAddress)
  @IsOptional()
  @MaxLength(L.shortTextMax)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  website?: string | null;

  @Field({ description: 'A few sentences on what the nonprofit does.' })
  @Transform(trim)
  @IsNotEmpty()
  @MaxLength(L.descriptionMax)
  description: string;

  @Field({ defaultValue: false, description: 'Name, causes, district and location may appear on public maps.' })
  @IsBoolean()
  publishOnMap: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Its contacts are invited when the next edition of an event it brought a challenge to opens. Left out: on for a ' +
      'new nonprofit, unchanged for an existing one.',
  })
  @IsOptional()
  @IsBoolean()
  inviteToNextEditions?: boolean | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  inputProblems(prefix: string): FieldProblem[] {
    return coordinateProblems(this, prefix);
  }
}

@InputType({ description: 'A nonprofit registered by one of its people, who agrees to the processing of the data.' })
export class RegisterNonprofitInput extends NonprofitInput {
  @Field({
    description: 'The person agrees to the processing of the data (consent text version CONSENT_TEXT_VERSION).',
  })
  @IsBoolean()
  consent: boolean;

  override inputProblems(prefix: string): FieldProblem[] {
    return [...registrationConsentProblems(this, prefix), ...super.inputProblems(prefix)];
  }
}

@InputType({ description: 'A further contact person of a nonprofit.' })
export class NonprofitContactInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(L.shortTextMax)
  email: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MinLength(L.nameMin)
  @MaxLength(L.nameMax)
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.phoneMax)
  @Validate(PhoneCharacters)
  @Validate(PhoneDigits)
  phone?: string | null;
}

@InputType({ description: 'The first contact of a nonprofit registered at an assisted intake; maybe without address.' })
export class IntakeContactInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MinLength(L.nameMin)
  @MaxLength(L.nameMax)
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(L.shortTextMax)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.phoneMax)
  @Validate(PhoneCharacters)
  @Validate(PhoneDigits)
  phone?: string | null;

  @Field({ defaultValue: 'de', description: 'The language of mails to the person (de or en).' })
  @IsIn(UI_LOCALES)
  locale: string;
}

/** Checked by AssistedIntakeService, which names a name already taken together with the format's problems. */
@InputType({
  description: 'An organizer registers a nonprofit with its first contact and a challenge on their behalf.',
})
@ValidatedByService()
export class AssistedIntakeInput {
  @Field(() => NonprofitInput)
  @ValidateNested()
  @Type(() => NonprofitInput)
  nonprofit: NonprofitInput;

  @Field(() => IntakeContactInput)
  @ValidateNested()
  @Type(() => IntakeContactInput)
  contact: IntakeContactInput;

  @Field(() => ConsentMethodEnum, { description: 'How the person gave consent: PHONE, PAPER or IN_PERSON.' })
  @IsIn(CONSENT_METHODS)
  consentMethod: ConsentMethod;

  @Field(() => ChallengeInput)
  @ValidateNested()
  @Type(() => ChallengeInput)
  challenge: ChallengeInput;
}
