import { Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** The audit log's reading side; entries are written with recordAudit() inside each feature's transactions. */
@Module({ providers: [AuditLogService, AuditLogResolver] })
export class AuditModule {}
