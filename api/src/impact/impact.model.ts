import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { type EventStatus } from '@skillshift/shared';
import { EventStatusEnum } from '../events/event.model';

@ObjectType({ description: 'Impact figures of one group of an edition: a cause or a district ("" when none given).' })
export class ImpactBreakdownRow {
  @Field()
  key: string;

  @Field(() => Int)
  nonprofitsApplied: number;

  @Field(() => Int)
  nonprofitsServed: number;

  @Field(() => Int)
  challengesSolved: number;

  @Field(() => Float)
  volunteerHours: number;
}

@ObjectType({ description: 'The impact figures of one edition (event) for its organizers.' })
export class ImpactEdition {
  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => EventStatusEnum)
  status: EventStatus;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int)
  nonprofitsApplied: number;

  @Field(() => Int)
  nonprofitsServed: number;

  @Field(() => Int)
  challengesServed: number;

  @Field(() => Int, { description: 'Challenges whose outcome (from feedback) is "solved".' })
  challengesSolved: number;

  @Field(() => Int)
  challengesPartlySolved: number;

  @Field(() => Int, { description: 'Volunteers with an accepted place.' })
  volunteers: number;

  @Field(() => Float, { description: 'Hours volunteers gave in their feedback.' })
  volunteerHours: number;

  @Field(() => Float, { description: 'Volunteer hours × the body’s hourly rate, in euros.' })
  estimatedValue: number;

  @Field(() => Int)
  returningVolunteers: number;

  @Field(() => Int)
  returningNonprofits: number;

  @Field(() => Int)
  feedbackAnswers: number;

  @Field(() => Float, { nullable: true })
  averageRating: number | null;

  @Field(() => Int)
  followUpsOpen: number;

  @Field(() => Int)
  followUpsClosed: number;

  @Field(() => Int)
  stillInUseYes: number;

  @Field(() => Int)
  stillInUsePartly: number;

  @Field(() => Int)
  stillInUseNo: number;

  @Field(() => [ImpactBreakdownRow])
  byCause: ImpactBreakdownRow[];

  @Field(() => [ImpactBreakdownRow])
  byDistrict: ImpactBreakdownRow[];
}

@ObjectType({ description: 'An organizing body’s impact, edition over edition.' })
export class ImpactReport {
  @Field(() => ID)
  organizingBodyId: string;

  @Field()
  bodyName: string;

  @Field(() => Float, { description: 'Euros per volunteer hour, set by the body’s organizers.' })
  hourlyRate: number;

  @Field(() => [ImpactEdition], { description: 'Editions that are not drafts, oldest first.' })
  editions: ImpactEdition[];
}

@ObjectType({
  description: 'A public figure: the number, or "fewer than 3" (value null) so nobody can be singled out.',
})
export class PublicFigure {
  /** A float: hours keep their quarter hours (25.25), so they agree with the value computed from them. */
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  fewerThanThree: boolean;
}

@ObjectType()
export class PublicImpactBreakdownRow {
  @Field()
  key: string;

  @Field(() => PublicFigure)
  nonprofitsServed: PublicFigure;

  @Field(() => PublicFigure)
  challengesSolved: PublicFigure;

  @Field(() => PublicFigure)
  volunteerHours: PublicFigure;
}

@ObjectType({ description: 'Aggregate figures of a finished edition; no names.' })
export class PublicImpactEdition {
  @Field(() => ID)
  eventId: string;

  @Field()
  eventName: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => PublicFigure)
  nonprofitsApplied: PublicFigure;

  @Field(() => PublicFigure)
  nonprofitsServed: PublicFigure;

  @Field(() => PublicFigure)
  challengesSolved: PublicFigure;

  @Field(() => PublicFigure)
  volunteers: PublicFigure;

  @Field(() => PublicFigure)
  volunteerHours: PublicFigure;

  @Field(() => PublicFigure)
  estimatedValue: PublicFigure;

  @Field(() => PublicFigure)
  returningVolunteers: PublicFigure;

  @Field(() => PublicFigure)
  returningNonprofits: PublicFigure;

  @Field(() => PublicFigure)
  followUpsClosed: PublicFigure;

  @Field(() => PublicFigure)
  stillInUseYes: PublicFigure;

  @Field(() => [PublicImpactBreakdownRow])
  byCause: PublicImpactBreakdownRow[];

  @Field(() => [PublicImpactBreakdownRow])
  byDistrict: PublicImpactBreakdownRow[];
}

@ObjectType({ description: 'An organizing body with its finished editions, for the public impact page.' })
export class PublicImpactBody {
  @Field(() => ID)
  organizingBodyId: string;

  @Field()
  name: string;

  @Field(() => [PublicImpactEdition])
  editions: PublicImpactEdition[];
}
