import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';

/** Nonprofits, their contacts and their challenges, with the organizers' curation. */
@Module({
  imports: [AuthModule],
  providers: [],
})
export class NonprofitsModule {}
