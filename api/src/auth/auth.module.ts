import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

@Module({
  controllers: [AuthController],
  providers: [SignInService, SessionService, AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SignInService, SessionService],
})
export class AuthModule {}
