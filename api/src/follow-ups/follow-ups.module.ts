import { Module } from '@nestjs/common';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

/** Follow-up tasks after the event, on the organizers' list. */
@Module({
  providers: [FollowUpsService, FollowUpsResolver],
})
export class FollowUpsModule {}
