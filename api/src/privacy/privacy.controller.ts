import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { signedInPersonOf } from '../auth/auth.guard';
import { SessionService } from '../auth/session.service';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { sendDownload, sendDownloadError } from '../exports/http-download';
import { type PersonalDataFile, PrivacyService } from './privacy.service';

/** The personal-data downloads (JSON), with the web app's session cookie. */
@Controller('api/exports')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('my-personal-data.json')
  mine(@Req() request: Request, @Res() response: Response) {
    return this.download(request, response, (person) => this.privacy.myData(person));
  }

  @Get('bodies/:bodyId/people/:personId/personal-data.json')
  forBody(
    @Param('bodyId') bodyId: string,
    @Param('personId') personId: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.download(request, response, (person) => this.privacy.dataForBody(person, bodyId, personId));
  }

  private async download(
    request: Request,
    response: Response,
    make: (person: Awaited<ReturnType<typeof signedInPersonOf>>) => Promise<PersonalDataFile>,
  ): Promise<void> {
    try {
      const person = await signedInPersonOf(this.sessions, this.config, request);
      sendDownload(response, await make(person));
    } catch (error) {
      sendDownloadError(response, request, error);
    }
  }
}
