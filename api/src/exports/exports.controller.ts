import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { signedInPersonOf } from '../auth/auth.guard';
import { SessionService } from '../auth/session.service';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AfterEventExportsService } from './after-event-exports.service';
import { ExportsService, type ExportFile } from './exports.service';
import { downloadLocale, sendDownload, sendDownloadError } from './http-download';

/**
 * Downloads for organizers of a body, with the session cookie of the web app: plain GETs that change no data, so a
 * link in the page is enough. The controller decides nothing; the service checks who asks.
 */
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly afterEvent: AfterEventExportsService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('bodies/:bodyId/nonprofits.geojson')
  nonprofitsGeoJson(@Param('bodyId') bodyId: string, @Req() request: Request, @Res() response: Response) {
    return this.download(request, response, async (person) => this.exports.nonprofitsGeoJson(person, bodyId));
  }

  @Get('events/:eventId/challenges.csv')
  challengesCsv(
    @Param('eventId') eventId: string,
    @Query('status') status: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.download(request, response, (person) =>
      this.exports.challengesCsv(person, eventId, optionalString(status), downloadLocale(request)),
    );
  }

  @Get('events/:eventId/volunteers.csv')
  volunteersCsv(
    @Param('eventId') eventId: string,
    @Query('status') status: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.download(request, response, (person) =>
      this.exports.volunteersCsv(person, eventId, optionalString(status), downloadLocale(request)),
    );
  }

  @Get('events/:eventId/feedback.csv')
  feedbackCsv(@Param('eventId') eventId: string, @Req() request: Request, @Res() response: Response) {
    return this.download(request, response, (person) =>
      this.afterEvent.feedbackCsv(person, eventId, downloadLocale(request)),
    );
  }

  @Get('events/:eventId/impact.csv')
  impactCsv(@Param('eventId') eventId: string, @Req() request: Request, @Res() response: Response) {
    return this.download(request, response, (person) =>
      this.afterEvent.impactCsv(person, eventId, downloadLocale(request)),
    );
  }

  private async download(
    request: Request,
    response: Response,
    make: (person: Awaited<ReturnType<typeof signedInPersonOf>>) => Promise<ExportFile>,
  ): Promise<void> {
    try {
      const person = await signedInPersonOf(this.sessions, this.config, request);
      sendDownload(response, await make(person));
    } catch (error) {
      sendDownloadError(response, request, error);
    }
  }
}

/** `?status=` once, or not at all; an empty value means no filter. */
function optionalString(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  return value === undefined ? undefined : String(value);
}
