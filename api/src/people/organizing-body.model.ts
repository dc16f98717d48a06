import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('OrganizingBody', { description: 'A tenant: a city office or cluster that runs its own events.' })
export class OrganizingBodyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  city: string;
}

@ObjectType('BodyOrganizer', { description: 'An organizer of a body, as fellow organizers see them.' })
export class BodyOrganizerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the person became an organizer of this body.' })
  since: Date;

  @Field({ description: 'False until the person first signed in (an invitation not yet taken up).' })
  hasSignedIn: boolean;
}
