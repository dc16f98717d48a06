import { Module } from '@nestjs/common';
import { FeedbackController } from './feedback.controller';
import { ProposalFeedbackResolver, TeamFeedbackResolver } from './feedback-invitation.resolver';
import { FeedbackService } from './feedback.service';
import { StillInUseSchedulerService } from './still-in-use-scheduler.service';
import { StillInUseService } from './still-in-use.service';

/** Feedback after the event and the three-month question, both through signed mail links. */
@Module({
  controllers: [FeedbackController],
  providers: [
    FeedbackService,
    StillInUseService,
    StillInUseSchedulerService,
    ProposalFeedbackResolver,
    TeamFeedbackResolver,
  ],
  exports: [FeedbackService, StillInUseService],
})
export class FeedbackModule {}
