import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';

/** Volunteers' profiles, their registrations for events, and the organizers' view of supply and demand. */
@Module({
  imports: [AuthModule],
  providers: [],
})
export class VolunteersModule {}
