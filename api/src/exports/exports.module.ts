import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AfterEventExportsService } from './after-event-exports.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Files for the city and the organizers: GeoJSON of the body's nonprofits, CSV of an event's lists. */
@Module({
  imports: [AuthModule],
  controllers: [ExportsController],
  providers: [ExportsService, AfterEventExportsService],
})
export class ExportsModule {}
