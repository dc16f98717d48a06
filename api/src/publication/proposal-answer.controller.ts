import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type UiLocale } from '@skillshift/shared';
import { type Request, type Response } from 'express';
import { isSameOriginPost } from '../auth/same-origin';
import { verifyLink } from '../common/signed-links/signed-link';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ProposalAnswersService } from './proposal-answers.service';
import { type LinkAnswer, PROPOSAL_LINK_PURPOSE } from './proposal-links';
import { type ProposalPage, renderProposalPage } from './proposal-page';
import { pageLocale, personPageLocale, sendServerPage } from '../common/pages/server-page-http';

/**
 * The Accept and Decline links of a proposal mail; they work without signing in. Mail scanners open every link, so
 * GET only shows the proposal and a confirm button; the person's POST from that page records the answer, once.
 * Refusals are pages too: a changed link 400, a link under another proposal's id 403, a passed deadline 410.
 */
@Controller('api/proposals')
export class ProposalAnswerController {
  constructor(
    private readonly answers: ProposalAnswersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/accept')
  showAccept(@Param('id') id: string, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response) {
    return this.show(id, 'accept', token, req, res);
  }

  @Get(':id/decline')
  showDecline(@Param('id') id: string, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response) {
    return this.show(id, 'decline', token, req, res);
  }

  @Post(':id/accept')
  accept(@Param('id') id: string, @Body('token') token: unknown, @Req() req: Request, @Res() res: Response) {
    return this.record(id, 'accept', token, req, res);
  }

  @Post(':id/decline')
  decline(@Param('id') id: string, @Body('token') token: unknown, @Req() req: Request, @Res() res: Response) {
    return this.record(id, 'decline', token, req, res);
  }

  private async show(id: string, answer: LinkAnswer, token: unknown, request: Request, response: Response) {
    const refusal = this.check(id, token);
    if (refusal) return page(response, refusal, pageLocale(request));
    const found = await this.answers.forPage(id);
    if (!found) return page(response, { kind: 'gone' }, pageLocale(request));
    const { row, team } = found;
    const locale = personPageLocale(request, row.volunteerLocale);
    if (row.status === 'EXPIRED') return page(response, { kind: 'expired' }, locale);
    if (row.status !== 'PROPOSED') return page(response, { kind: 'answered', row, justNow: false }, locale);
    if (row.eventStatus !== 'PUBLISHED') return page(response, { kind: 'closed' }, locale);
    if (row.answerDeadline <= new Date()) return page(response, { kind: 'expired' }, locale);
    page(response, { kind: 'confirm', row, team, answer, token: String(token) }, locale);
  }

  private async record(id: string, answer: LinkAnswer, token: unknown, request: Request, response: Response) {
    if (!isSameOriginPost(request, this.config.publicUrl))
      return page(response, { kind: 'refused' }, pageLocale(request));
    const refusal = this.check(id, token);
    if (refusal) return page(response, refusal, pageLocale(request));
    const outcome = await this.answers.answer(id, answer === 'accept' ? 'ACCEPT' : 'DECLINE');
    if (outcome.kind === 'gone') return page(response, { kind: 'gone' }, pageLocale(request));
    const locale = personPageLocale(request, outcome.row.volunteerLocale);
    if (outcome.kind === 'closed' || outcome.kind === 'expired' || outcome.row.status === 'EXPIRED')
      return page(response, { kind: outcome.kind === 'closed' ? 'closed' : 'expired' }, locale);
    page(response, { kind: 'answered', row: outcome.row, justNow: outcome.kind === 'recorded' }, locale);
  }

  /** The signature first (a forged link learns nothing), then the deadline, then whether it names this proposal. */
  private check(id: string, token: unknown): ProposalPage | null {
    const check = verifyLink(this.config.appSecret, token, PROPOSAL_LINK_PURPOSE);
    if (!check.valid) return { kind: check.reason === 'expired' ? 'expired' : 'invalid' };
    if (check.claims.subject !== id) return { kind: 'foreign' };
    return null;
  }
}

const STATUS: Record<ProposalPage['kind'], number> = {
  confirm: 200,
  answered: 200,
  invalid: 400,
  foreign: 403,
  refused: 403,
  expired: 410,
  closed: 410,
  gone: 410,
};

function page(response: Response, content: ProposalPage, locale: UiLocale): void {
  sendServerPage(response, STATUS[content.kind], renderProposalPage(content, locale));
}
