import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ChallengeMailer } from '../challenges/challenge-mailer';
import { ChallengesResolver } from '../challenges/challenges.resolver';
import { ChallengesService } from '../challenges/challenges.service';
import { CurationResolver } from '../challenges/curation.resolver';
import { CurationService } from '../challenges/curation.service';
import { AssistedIntakeService } from './assisted-intake.service';
import { NonprofitsResolver } from './nonprofits.resolver';
import { NonprofitsService } from './nonprofits.service';

/** Nonprofits, their contacts and their challenges, with the organizers' curation. */
@Module({
  imports: [AuthModule],
  providers: [
    NonprofitsService,
    AssistedIntakeService,
    NonprofitsResolver,
    ChallengeMailer,
    ChallengesService,
    ChallengesResolver,
    CurationService,
    CurationResolver,
  ],
})
export class NonprofitsModule {}
