import { Module } from '@nestjs/common';
import { MatchingBoardService } from './matching-board.service';
import { MatchingRunsService } from './matching-runs.service';
import { MatchingSteeringService } from './matching-steering.service';
import { MatchingWorkerService } from './matching-worker.service';
import { MatchingResolver } from './matching.resolver';

/** Matching in the product: runs solved in the background, the review board, steering by hand. */
@Module({
  providers: [
    MatchingWorkerService,
    MatchingRunsService,
    MatchingBoardService,
    MatchingSteeringService,
    MatchingResolver,
  ],
  exports: [MatchingWorkerService],
})
export class MatchingModule {}
