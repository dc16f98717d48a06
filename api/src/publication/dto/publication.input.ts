import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate } from 'class-validator';

@InputType({ description: 'How a run is published: until when volunteers answer, and whether freed places refill.' })
export class PublishRunInput {
  @Field(() => GraphQLISODateTime, {
    description: 'Volunteers answer by then; unanswered proposals count as declined afterwards.',
  })
  @IsDate()
  answerDeadline: Date;

  @Field({
    defaultValue: false,
    description: 'When a place frees up, propose the engine’s next-best candidate at once and tell the organizers.',
  })
  @IsBoolean()
  autoBackfill: boolean;
}
