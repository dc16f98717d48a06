import { Module } from '@nestjs/common';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';

/** Impact figures for organizers and the public. */
@Module({
  providers: [ImpactService, ImpactResolver],
  exports: [ImpactService],
})
export class ImpactModule {}
