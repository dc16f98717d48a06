import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMailEntity } from './dev-mail.entity';
import { DevMailboxController } from './dev-mailbox.controller';
import { MailWorkerService } from './mail-worker.service';
import { OutboxService } from './outbox.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DevMailEntity])],
  controllers: [DevMailboxController],
  providers: [OutboxService, MailWorkerService],
  exports: [OutboxService, MailWorkerService],
})
export class NotificationsModule {}
