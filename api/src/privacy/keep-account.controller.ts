import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { type UiLocale } from '@skillshift/shared';
import { type Request, type Response } from 'express';
import { isSameOriginPost } from '../auth/same-origin';
import { verifyLink } from '../common/signed-links/signed-link';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type KeepAccountPageKind, renderKeepAccountPage } from './keep-account-page';
import { KEEP_ACCOUNT_PURPOSE, RetentionService } from './retention.service';
import { pageLocale, sendServerPage } from '../common/pages/server-page-http';

/**
 * The link in the retention warning. Mail scanners open links before people do, so GET only shows a page with a
 * button; the person's POST keeps the account. The link is signed (no sign-in needed) and ends with the purge date.
 */
@Controller('api/account')
export class KeepAccountController {
  constructor(
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('keep')
  show(@Query('token') token: unknown, @Req() request: Request, @Res() response: Response): void {
    const check = verifyLink(this.config.appSecret, token, KEEP_ACCOUNT_PURPOSE);
    page(response, check.valid ? 200 : 410, 'confirm', pageLocale(request), check.valid ? String(token) : '');
  }

  @Post('keep')
  async keep(@Body('token') token: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const locale = pageLocale(request);
    if (!isSameOriginPost(request, this.config.publicUrl)) return page(response, 403, 'refused', locale);
    const check = verifyLink(this.config.appSecret, token, KEEP_ACCOUNT_PURPOSE);
    const kept = check.valid && (await this.retention.keep(check.claims.subject));
    page(response, kept ? 200 : 410, kept ? 'kept' : 'invalid', locale);
  }
}

function page(response: Response, status: number, kind: KeepAccountPageKind, locale: UiLocale, token = ''): void {
  sendServerPage(
    response,
    status,
    renderKeepAccountPage(status === 410 && kind === 'confirm' ? 'invalid' : kind, locale, token),
  );
}
