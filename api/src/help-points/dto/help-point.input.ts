import { Field, InputType } from '@nestjs/graphql';
import { EVENT_LANGUAGES, HELP_POINT_LIMITS, HELP_TOPICS, type HelpTopic } from '@skillshift/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsNotEmpty, IsOptional, IsUrl, MaxLength, MinLength, Validate } from 'class-validator';
import { HelpTopicEnum } from '../help-point.model';
import { PostalCodeOrEmpty, ChooseAtLeastOne } from '../../common/errors/validation';

const L = HELP_POINT_LIMITS;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** People type "stadtbibliothek.luebeck.de"; the address is stored with its scheme so that links work. */
const webAddress = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value ?? null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
};
const distinct = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);

/** A help point as its organizers describe it; updates send all of it again. */
@InputType()
export class HelpPointInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MinLength(L.nameMin)
  @MaxLength(L.nameMax)
  name: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(L.streetMax)
  street: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(L.postalCodeMax)
  @Validate(PostalCodeOrEmpty)
  postalCode: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty()
  @MaxLength(L.cityMax)
  city: string;

  @Field({ defaultValue: '', description: 'The city district (Stadtteil).' })
  @Transform(trim)
  @MaxLength(L.districtMax)
  district: string;

  @Field({ description: 'Opening hours in plain words, e.g. "Mo–Do 10–16 Uhr".' })
  @Transform(trim)
  @IsNotEmpty()
  @MinLength(L.openingHoursMin)
  @MaxLength(L.openingHoursMax)
  openingHours: string;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken there (EVENT_LANGUAGES).' })
  @Transform(distinct)
  @ChooseAtLeastOne()
  @ArrayMaxSize(EVENT_LANGUAGES.length)
  @IsIn(EVENT_LANGUAGES, { each: true })
  languages: string[];

  @Field(() => [HelpTopicEnum], { description: 'What the help point helps with.' })
  @Transform(distinct)
  @ChooseAtLeastOne()
  @ArrayMaxSize(HELP_TOPICS.length)
  @IsIn(HELP_TOPICS, { each: true })
  topics: HelpTopic[];

  @Field(() => String, { nullable: true, description: 'https:// is added when the scheme is missing.' })
  @Transform(webAddress)
  @IsOptional()
  @MaxLength(L.websiteMax)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  website?: string | null;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(L.descriptionMax)
  description: string;
}
