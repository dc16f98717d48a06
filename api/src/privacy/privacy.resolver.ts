import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Request, type Response } from 'express';
import { forgetSignedInPerson, RequireRole, RequireSignIn } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { clearSessionCookie } from '../auth/session-cookie';
import { type SignedInPerson } from '../auth/signed-in-person';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ConsentRecord } from '../volunteers/volunteer.model';
import { BodyPerson } from './privacy.model';
import { PrivacyService } from './privacy.service';

/** The account page's privacy rights, and the same on request through organizers of the body. */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RequireSignIn()
  @Query(() => [ConsentRecord], { description: 'The consents the signed-in person gave, newest first.' })
  myConsentRecords(@CurrentPerson() person: SignedInPerson): Promise<ConsentRecord[]> {
    return this.privacy.myConsents(person);
  }

  @RequireSignIn()
  @Mutation(() => Boolean, {
    description:
      'Erases the signed-in person’s account: personal data deleted or anonymised, contributions kept as anonymous ' +
      'counts, every session ended. `confirm` must be true.',
  })
  async eraseMyAccount(
    @CurrentPerson() person: SignedInPerson,
    @Args('confirm') confirm: boolean,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<boolean> {
    await this.privacy.eraseMine(person, confirm);
    clearSessionCookie(this.config, response);
    forgetSignedInPerson(request);
    return true;
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Query(() => [BodyPerson], {
    description: 'People known to the body (volunteers, nonprofit contacts, organizers) by name, e-mail or phone.',
  })
  bodyPeople(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    @Args('search') search: string,
  ): Promise<BodyPerson[]> {
    return this.privacy.findInBody(person, organizingBodyId, search);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => Boolean, {
    description: 'Erases a volunteer’s or nonprofit contact’s account on their request. `confirm` must be true.',
  })
  erasePersonForBody(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('confirm') confirm: boolean,
  ): Promise<boolean> {
    return this.privacy.eraseForBody(person, organizingBodyId, personId, confirm);
  }
}
