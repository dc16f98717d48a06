import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { type CauseArea, type LegalForm } from '@skillshift/shared';
import { Challenge, ChallengeSummary } from '../challenges/challenge.model';
import { CauseAreaEnum, LegalFormEnum } from '../common/graphql/registration-enums';

@ObjectType({ description: 'A person who speaks for a nonprofit.' })
export class NonprofitContact {
  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only for fellow contacts, organizers of the body and admins; null for others or without address.',
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Visible like the e-mail address.' })
  phone: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the person became a contact.' })
  since: Date;
}

@ObjectType({ description: 'An event of the nonprofit’s body that takes challenges now.' })
export class NonprofitOpenEvent {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  nonprofitDeadline: Date | null;
}

@ObjectType({ description: 'The last time the invitations to next editions were turned off or on.' })
export class NonprofitInvitationsChange {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => String, { nullable: true, description: 'Who changed them; null once their account was erased.' })
  byName: string | null;
}

@ObjectType({ description: 'A nonprofit as its contacts and the organizers of its body see it.' })
export class Nonprofit {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => LegalFormEnum)
  legalForm: LegalForm;

  @Field(() => [CauseAreaEnum])
  causes: CauseArea[];

  @Field()
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field()
  district: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  description: string;

  @Field()
  publishOnMap: boolean;

  @Field({ description: 'Its contacts are invited when the next edition of an event it brought a challenge to opens.' })
  inviteToNextEditions: boolean;

  @Field(() => NonprofitInvitationsChange, { nullable: true, description: 'Null: as the nonprofit registered.' })
  invitationsChange: NonprofitInvitationsChange | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => ID)
  organizingBodyId: string;

  @Field()
  organizingBodyName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'Whether the person asking is one of its contacts (and so may submit challenges).' })
  viewerIsContact: boolean;

  @Field(() => [NonprofitContact])
  contacts: NonprofitContact[];

  @Field(() => [ChallengeSummary], { description: 'Its challenges for all events, latest first.' })
  challenges: ChallengeSummary[];

  @Field(() => [NonprofitOpenEvent], { description: 'Events of its body open for challenges, soonest first.' })
  openEvents: NonprofitOpenEvent[];
}

@ObjectType({ description: 'What an assisted intake created.' })
export class AssistedIntakeResult {
  @Field(() => Nonprofit)
  nonprofit: Nonprofit;

  @Field(() => Challenge)
  challenge: Challenge;

  @Field({ description: 'Whether the contact was mailed a link to review the data (only with an address).' })
  reviewMailSent: boolean;
}
