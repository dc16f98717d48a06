import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { readSessionToken, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { isSameOriginPost } from './same-origin';
import { renderVerifyPage } from './verify-page';
import { pageLocale, sendServerPage } from '../common/pages/server-page-http';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,128}$/;

/**
 * The link in the sign-in mail. Mail scanners open every link before the person does, so GET only shows a page; the
 * person's POST from that page uses the token up and starts the session.
 */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('verify')
  async show(@Query('token') token: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const locale = pageLocale(request);
    const usable = typeof token === 'string' && TOKEN_PATTERN.test(token) && (await this.signIn.isUsable(token));
    sendServerPage(
      response,
      usable ? 200 : 410,
      renderVerifyPage(usable ? 'confirm' : 'invalid', locale, String(token)),
    );
  }

  @Post('verify')
  async verify(@Body('token') token: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const locale = pageLocale(request);
    // SameSite cookies do not stop login CSRF (a foreign page signing the visitor into the attacker's account).
    if (!isSameOriginPost(request, this.config.publicUrl)) {
      sendServerPage(response, 403, renderVerifyPage('refused', locale));
      return;
    }
    const session = typeof token === 'string' && TOKEN_PATTERN.test(token) ? await this.signIn.redeem(token) : null;
    if (!session) {
      sendServerPage(response, 410, renderVerifyPage('invalid', locale));
      return;
    }
    // A session that was open in this browser before ends: one browser, one person.
    await this.sessions.revokeByToken(readSessionToken(this.config, request));
    setSessionCookie(this.config, response, session.sessionToken, session.expiresAt);
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, session.redirectPath ?? '/dashboard');
  }
}
