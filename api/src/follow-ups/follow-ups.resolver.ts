import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type FollowUpStatus } from '@skillshift/shared';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { FollowUpTaskInput } from './dto/follow-up-task.input';
import { FollowUpStatusEnum, FollowUpTask, FollowUpTaskList } from './follow-up.model';
import { FollowUpsService } from './follow-ups.service';

/** The organizers' list of follow-ups: read, change owner/status/due date/notes, send a referral. */
@Resolver(() => FollowUpTask)
export class FollowUpsResolver {
  constructor(private readonly service: FollowUpsService) {}

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Query(() => FollowUpTaskList, { description: 'The follow-up tasks of an organizing body, open ones first.' })
  followUpTasks(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    @Args('status', { type: () => FollowUpStatusEnum, nullable: true }) status?: FollowUpStatus | null,
  ): Promise<FollowUpTaskList> {
    return this.service.list(person, organizingBodyId, status);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => FollowUpTask, { description: 'Changes the owner, status, due date and notes of a follow-up task.' })
  updateFollowUpTask(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: FollowUpTaskInput,
  ): Promise<FollowUpTask> {
    return this.service.update(person, id, input);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => FollowUpTask, {
    description: 'Sends the nonprofit a referral mail naming the help point, and closes the referral task.',
  })
  sendFollowUpReferral(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('helpPointId', { type: () => ID }) helpPointId: string,
  ): Promise<FollowUpTask> {
    return this.service.sendReferral(person, id, helpPointId);
  }
}
