import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CONSENT_METHODS, type ConsentMethod, REGISTRATION_LIMITS, UI_LOCALES } from '@skillshift/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EMAIL_MAX_LENGTH } from '../../auth/email-address';
import { ConsentMethodEnum } from '../../common/graphql/registration-enums';
import { VolunteerProfileInput } from './volunteer-profile.input';
import { ChooseAtLeastOne, type InputWithRules, ValidatedByService } from '../../common/errors/validation';

const SLOTS_MAX = 20;

/** When a volunteer can come and how much they take on; the same for a new registration and a change. */
@InputType()
export class VolunteerRegistrationChangeInput {
  @Field(() => [ID], { description: 'The slots of the event the volunteer can attend (at least one).' })
  @ChooseAtLeastOne()
  @ArrayMaxSize(SLOTS_MAX)
  @IsUUID('all', { each: true })
  slotIds: string[];

  @Field(() => Int, { description: 'How many challenges the volunteer takes at most (never two in one slot).' })
  @IsInt()
  @Min(1)
  @Max(REGISTRATION_LIMITS.maxAssignmentsMax)
  maxAssignments: number;
}

@InputType({ description: 'Registers the signed-in person for an event; with `profile` it saves their profile too.' })
export class EventRegistrationInput extends VolunteerRegistrationChangeInput implements InputWithRules {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => VolunteerProfileInput, {
    nullable: true,
    description: 'The volunteer profile, saved in the same step; required when the person has none yet.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => VolunteerProfileInput)
  profile?: VolunteerProfileInput | null;

  inputProblems(prefix: string) {
    return this.profile?.inputProblems(`${prefix}.profile`) ?? [];
  }
}

/** Checked by VolunteerIntakeService, which names an address that has an account together with the format's problems. */
@InputType({
  description: 'An organizer registers a volunteer for an event on their behalf (phone, paper, in person).',
})
@ValidatedByService()
export class VolunteerIntakeInput extends VolunteerRegistrationChangeInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => String, { nullable: true, description: 'Optional: the person then gets a mail to review their data.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : (value ?? null)))
  @IsOptional()
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null;

  @Field({ defaultValue: 'de', description: 'The language of mails to the person (de or en).' })
  @IsIn(UI_LOCALES)
  locale: string;

  @Field(() => ConsentMethodEnum, { description: 'How the person gave their consent: PHONE, PAPER or IN_PERSON.' })
  @IsIn(CONSENT_METHODS)
  consentMethod: ConsentMethod;

  @Field(() => VolunteerProfileInput)
  @ValidateNested()
  @Type(() => VolunteerProfileInput)
  profile: VolunteerProfileInput;
}
