import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { KeepAccountController } from './keep-account.controller';
import { PrivacyController } from './privacy.controller';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';
import { RetentionSchedulerService } from './retention-scheduler.service';
import { RetentionService } from './retention.service';

/** GDPR rights (consents, download, erasure) and the retention job. */
@Module({
  imports: [AuthModule],
  controllers: [PrivacyController, KeepAccountController],
  providers: [PrivacyService, PrivacyResolver, RetentionService, RetentionSchedulerService],
  exports: [RetentionService],
})
export class PrivacyModule {}
