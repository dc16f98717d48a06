import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EventVolunteersResolver } from './event-volunteers.resolver';
import { EventVolunteersService } from './event-volunteers.service';
import { VolunteerIntakeService } from './volunteer-intake.service';
import { VolunteerMailer } from './volunteer-mailer';
import { VolunteerProfilesService } from './volunteer-profiles.service';
import { VolunteerRegistrationsService } from './volunteer-registrations.service';
import { VolunteersResolver } from './volunteers.resolver';

/** Volunteers' profiles, their registrations for events, and the organizers' view of supply and demand. */
@Module({
  imports: [AuthModule],
  providers: [
    VolunteerMailer,
    VolunteerProfilesService,
    VolunteerRegistrationsService,
    EventVolunteersService,
    VolunteerIntakeService,
    VolunteersResolver,
    EventVolunteersResolver,
  ],
})
export class VolunteersModule {}
