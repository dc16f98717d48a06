import { Module } from '@nestjs/common';
import { BackfillService } from './backfill.service';
import { ProposalAnswerController } from './proposal-answer.controller';
import { ProposalAnswersService } from './proposal-answers.service';
import { ProposalsResolver } from './proposals.resolver';
import { PublicationDeadlines } from './publication-deadlines';
import { PublicationMailer } from './publication-mailer';
import { PublicationReaderService } from './publication-reader.service';
import { PublicationSchedulerService } from './publication-scheduler.service';
import { PublicationResolver } from './publication.resolver';
import { PublicationService } from './publication.service';

/** Publication of a run: proposals by mail, answers, confirmations, contact data, backfill, deadlines. */
@Module({
  controllers: [ProposalAnswerController],
  providers: [
    PublicationMailer,
    BackfillService,
    PublicationService,
    ProposalAnswersService,
    PublicationReaderService,
    PublicationDeadlines,
    PublicationSchedulerService,
    PublicationResolver,
    ProposalsResolver,
  ],
  exports: [PublicationDeadlines],
})
export class PublicationModule {}
