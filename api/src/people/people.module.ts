import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganizersResolver } from './organizers.resolver';
import { OrganizersService } from './organizers.service';

@Module({
  imports: [AuthModule],
  providers: [OrganizersService, OrganizersResolver],
  exports: [OrganizersService],
})
export class PeopleModule {}
