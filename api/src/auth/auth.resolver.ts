import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Request, type Response } from 'express';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { forgetSignedInPerson, RequireSignIn } from './auth.guard';
import { CurrentPerson } from './current-person.decorator';
import { Me } from './me.model';
import { clearSessionCookie } from './session-cookie';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { type SignedInPerson } from './signed-in-person';

@Resolver(() => Me)
export class AuthResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Me, { nullable: true, description: 'The signed-in person with their roles; null when signed out.' })
  me(@CurrentPerson() person: SignedInPerson | null): Me | null {
    return (
      person && { id: person.id, name: person.name, email: person.email, locale: person.locale, roles: person.roles }
    );
  }

  @Mutation(() => Boolean, {
    description: 'Mails a sign-in link if the address belongs to a person. Answers the same either way.',
  })
  async requestSignInLink(
    @Args('email') email: string,
    @Args('locale', { type: () => String, nullable: true }) locale: string | null,
    @Context('req') request: Request,
    @Args('redirectPath', {
      type: () => String,
      nullable: true,
      description: 'A path of the web app to return to after signing in; others are ignored.',
    })
    redirectPath?: string | null,
  ): Promise<boolean> {
    await this.signIn.requestLink(email, locale, request.ip ?? 'unknown', redirectPath ?? null);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'First step of registering: mails a link that confirms a new address (or signs in a known one) and returns to ' +
      'redirectPath. Answers the same either way.',
  })
  async signUp(
    @Args('email') email: string,
    @Args('name') name: string,
    @Args('locale', { type: () => String, nullable: true }) locale: string | null,
    @Args('redirectPath', { type: () => String, nullable: true }) redirectPath: string | null,
    @Context('req') request: Request,
  ): Promise<boolean> {
    await this.signIn.signUp(email, name, locale, request.ip ?? 'unknown', redirectPath);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends this browser’s session.' })
  async signOut(
    @Context('req') request: Request,
    @Context('res') response: Response,
    @CurrentPerson() person: SignedInPerson | null,
  ): Promise<boolean> {
    if (person) await this.sessions.revoke(person.sessionId);
    clearSessionCookie(this.config, response);
    forgetSignedInPerson(request);
    return true;
  }

  @RequireSignIn()
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in person, on every device.' })
  async signOutEverywhere(
    @Context('req') request: Request,
    @Context('res') response: Response,
    @CurrentPerson() person: SignedInPerson,
  ): Promise<boolean> {
    await this.sessions.revokeAll(person.id);
    clearSessionCookie(this.config, response);
    forgetSignedInPerson(request);
    return true;
  }
}
