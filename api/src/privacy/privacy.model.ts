import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person an organizer of the body may act for on request (download, erasure).' })
export class BodyPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Int, { description: 'Registrations as a volunteer for the body’s events.' })
  volunteerRegistrations: number;

  @Field(() => [String], { description: 'The body’s nonprofits the person speaks for.' })
  nonprofits: string[];

  @Field({ description: 'Organizers and platform admins erase their own accounts; organizers cannot.' })
  staff: boolean;
}
