import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { type UiLocale } from '@skillshift/shared';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { AuditLogFilter, AuditLogPage } from './audit-log.model';
import { AuditLogService } from './audit-log.service';
import { ReaderLocale } from './reader-locale.decorator';

@RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
@Resolver()
export class AuditLogResolver {
  constructor(private readonly audit: AuditLogService) {}

  @Query(() => AuditLogPage, {
    description: 'The audit log of an organizing body, newest first: who did what, when, in which event.',
  })
  auditLog(
    @CurrentPerson() person: SignedInPerson,
    @ReaderLocale() locale: UiLocale,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    // Not `| null`: the class must reach the validation pipe as the parameter's design type (it may still be absent).
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter: AuditLogFilter,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AuditLogPage> {
    return this.audit.list(person, organizingBodyId, filter ?? null, limit, offset, locale);
  }
}
