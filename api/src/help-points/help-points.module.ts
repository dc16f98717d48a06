import { Module } from '@nestjs/common';
import { HelpPointsResolver } from './help-points.resolver';
import { HelpPointsService } from './help-points.service';

@Module({
  providers: [HelpPointsService, HelpPointsResolver],
  exports: [HelpPointsService],
})
export class HelpPointsModule {}
