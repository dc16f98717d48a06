import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HELP_TOPICS, type HelpTopic } from '@skillshift/shared';

export const HelpTopicEnum = Object.fromEntries(HELP_TOPICS.map((topic) => [topic, topic])) as Record<
  HelpTopic,
  HelpTopic
>;
registerEnumType(HelpTopicEnum, {
  name: 'HelpTopic',
  description: 'What a help point for digital participation helps with.',
});

@ObjectType({ description: 'A help point for digital participation of an organizing body; public information.' })
export class HelpPoint {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizingBodyId: string;

  @Field()
  name: string;

  @Field({ description: 'The street address of a public place, not personal data.' })
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field()
  district: string;

  @Field()
  openingHours: string;

  @Field(() => [String])
  languages: string[];

  @Field(() => [HelpTopicEnum])
  topics: HelpTopic[];

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  description: string;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
