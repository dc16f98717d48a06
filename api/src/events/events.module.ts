import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FeedbackModule } from '../feedback/feedback.module';
import { EventEntity } from './event.entity';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { NextEditionService } from './next-edition.service';
import { OrganizerEventsResolver } from './organizer-events.resolver';
import { OrganizerEventsService } from './organizer-events.service';
import { SlotEntity } from './slot.entity';

@Module({
  imports: [TypeOrmModule.forFeature([EventEntity, SlotEntity]), FeedbackModule],
  providers: [EventsService, EventsResolver, OrganizerEventsService, OrganizerEventsResolver, NextEditionService],
  exports: [EventsService, OrganizerEventsService],
})
export class EventsModule {}
