import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMailEntity } from './dev-mail.entity.js';
import { DevMailboxController } from './dev-mailbox.controller.js';
import { MailWorkerService } from './mail-worker.service.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DevMailEntity])],
  controllers: [DevMailboxController],
  providers: [OutboxService, MailWorkerService],
  exports: [OutboxService, MailWorkerService],
})
export class NotificationsModule {}
