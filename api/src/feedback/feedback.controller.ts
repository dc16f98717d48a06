import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type UiLocale } from '@skillshift/shared';
import { type Request, type Response } from 'express';
import { isSameOriginPost } from '../auth/same-origin';
import { verifyLink } from '../common/signed-links/signed-link';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { formValues, parseFeedbackForm, parseStillInUseForm } from './feedback-form';
import { FEEDBACK_LINK_PURPOSE, STILL_IN_USE_LINK_PURPOSE } from './feedback-links';
import {
  PAGE_STATUS,
  type FeedbackPage,
  type RefusalKind,
  renderFeedbackPage,
  renderStillInUsePage,
  type StillInUsePage,
} from './feedback-page';
import { FeedbackService } from './feedback.service';
import { StillInUseService } from './still-in-use.service';
import { pageLocale, personPageLocale, sendServerPage } from '../common/pages/server-page-http';

/**
 * The links of the feedback mail and the three-month question; they work without signing in. Mail scanners open
 * every link, so GET only shows the form and changes nothing; the person's POST from that form (same origin) records
 * the answer, once. Refusals are pages: a changed link 400, a link under another request's id 403, an expired one 410.
 */
@Controller('api')
export class FeedbackController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly stillInUse: StillInUseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('feedback/:id')
  async showFeedback(
    @Param('id') id: string,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const refusal = this.check(FEEDBACK_LINK_PURPOSE, id, token);
    if (refusal) return feedbackPage(res, { kind: refusal }, pageLocale(req));
    const found = await this.feedback.forPage(id);
    if (!found) return feedbackPage(res, { kind: 'gone' }, pageLocale(req));
    const locale = personPageLocale(req, found.locale);
    if (found.subject.answeredAt)
      return feedbackPage(res, { kind: 'answered', subject: found.subject, justNow: false }, locale);
    if (found.expiresAt <= new Date()) return feedbackPage(res, { kind: 'expired' }, locale);
    feedbackPage(res, { kind: 'form', subject: found.subject, token: String(token) }, locale);
  }

  @Post('feedback/:id')
  async giveFeedback(
    @Param('id') id: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    if (!isSameOriginPost(req, this.config.publicUrl)) return feedbackPage(res, { kind: 'refused' }, pageLocale(req));
    const token = body?.token;
    const refusal = this.check(FEEDBACK_LINK_PURPOSE, id, token);
    if (refusal) return feedbackPage(res, { kind: refusal }, pageLocale(req));
    const found = await this.feedback.forPage(id);
    if (!found) return feedbackPage(res, { kind: 'gone' }, pageLocale(req));
    const locale = personPageLocale(req, found.locale);
    if (found.subject.answeredAt)
      return feedbackPage(res, { kind: 'answered', subject: found.subject, justNow: false }, locale);
    const values = formValues(body ?? {});
    const parsed = parseFeedbackForm(values, found.subject.role);
    if (!parsed.answer) {
      return feedbackPage(
        res,
        { kind: 'form', subject: found.subject, token: String(token), values, problems: parsed.problems },
        locale,
        400,
      );
    }
    const outcome = await this.feedback.answer(id, parsed.answer);
    if (outcome.kind === 'gone') return feedbackPage(res, { kind: 'gone' }, pageLocale(req));
    if (outcome.kind === 'expired')
      return feedbackPage(res, { kind: 'expired' }, personPageLocale(req, outcome.locale));
    feedbackPage(
      res,
      { kind: 'answered', subject: outcome.page.subject, justNow: outcome.kind === 'recorded' },
      personPageLocale(req, outcome.page.locale),
    );
  }

  @Get('still-in-use/:id')
  async showStillInUse(
    @Param('id') id: string,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const refusal = this.check(STILL_IN_USE_LINK_PURPOSE, id, token);
    if (refusal) return stillInUsePage(res, { kind: refusal }, pageLocale(req));
    const found = await this.stillInUse.forPage(id);
    if (!found) return stillInUsePage(res, { kind: 'gone' }, pageLocale(req));
    const locale = personPageLocale(req, found.locale);
    if (found.subject.answeredAt)
      return stillInUsePage(res, { kind: 'answered', subject: found.subject, justNow: false }, locale);
    if (found.expiresAt <= new Date()) return stillInUsePage(res, { kind: 'expired' }, locale);
    stillInUsePage(res, { kind: 'form', subject: found.subject, token: String(token) }, locale);
  }

  @Post('still-in-use/:id')
  async answerStillInUse(
    @Param('id') id: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    if (!isSameOriginPost(req, this.config.publicUrl)) return stillInUsePage(res, { kind: 'refused' }, pageLocale(req));
    const token = body?.token;
    const refusal = this.check(STILL_IN_USE_LINK_PURPOSE, id, token);
    if (refusal) return stillInUsePage(res, { kind: refusal }, pageLocale(req));
    const found = await this.stillInUse.forPage(id);
    if (!found) return stillInUsePage(res, { kind: 'gone' }, pageLocale(req));
    const locale = personPageLocale(req, found.locale);
    if (found.subject.answeredAt)
      return stillInUsePage(res, { kind: 'answered', subject: found.subject, justNow: false }, locale);
    const parsed = parseStillInUseForm(body ?? {});
    if (!parsed.answer)
      return stillInUsePage(
        res,
        {
          kind: 'form',
          subject: found.subject,
          token: String(token),
          values: { comment: parsed.comment },
          problems: parsed.problems,
        },
        locale,
        400,
      );
    const outcome = await this.stillInUse.answer(id, parsed.answer, parsed.comment);
    if (outcome.kind === 'gone') return stillInUsePage(res, { kind: 'gone' }, pageLocale(req));
    if (outcome.kind === 'expired')
      return stillInUsePage(res, { kind: 'expired' }, personPageLocale(req, outcome.locale));
    stillInUsePage(
      res,
      { kind: 'answered', subject: outcome.page.subject, justNow: outcome.kind === 'recorded' },
      personPageLocale(req, outcome.page.locale),
    );
  }

  /** The signature first (a forged link learns nothing), then the expiry, then whether it names this record. */
  private check(purpose: string, id: string, token: unknown): RefusalKind | null {
    const check = verifyLink(this.config.appSecret, token, purpose);
    if (!check.valid) return check.reason === 'expired' ? 'expired' : 'invalid';
    if (check.claims.subject !== id) return 'foreign';
    return null;
  }
}

function feedbackPage(response: Response, page: FeedbackPage, locale: UiLocale, status = PAGE_STATUS[page.kind]): void {
  sendServerPage(response, status, renderFeedbackPage(page, locale));
}

function stillInUsePage(
  response: Response,
  page: StillInUsePage,
  locale: UiLocale,
  status = PAGE_STATUS[page.kind],
): void {
  sendServerPage(response, status, renderStillInUsePage(page, locale));
}
