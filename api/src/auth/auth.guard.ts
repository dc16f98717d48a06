import { type CanActivate, type ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Role } from '@skillshift/shared';
import { type Request } from 'express';
import { forbidden, unauthenticated } from '../common/errors/domain-error';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { readSessionToken } from './session-cookie';
import { SessionService } from './session.service';
import { type SignedInPerson } from './signed-in-person';

const REQUIRED_ROLES = 'skillshift:requiredRoles';

/** The operation needs a signed-in person holding one of `roles` (any signed-in person when none are given). */
export const RequireRole = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
export const RequireSignIn = () => RequireRole();

/** Resolved once per HTTP request, however many fields of the operation ask for it. */
const resolved = new WeakMap<object, Promise<SignedInPerson | null>>();

export function signedInPersonOf(
  sessions: SessionService,
  config: AppConfig,
  request: Request | undefined,
): Promise<SignedInPerson | null> {
  if (!request) return Promise.resolve(null);
  let person = resolved.get(request);
  if (!person) {
    person = sessions.signedInPerson(readSessionToken(config, request));
    resolved.set(request, person);
  }
  return person;
}

/** Called after a session changes during the request (sign out), so later fields see the new state. */
export function forgetSignedInPerson(request: Request | undefined): void {
  if (request) resolved.set(request, Promise.resolve(null));
}

export const CURRENT_PERSON = Symbol('currentPerson');

/**
 * Global guard for GraphQL operations: looks up the session behind the cookie, keeps the person on the request for
 * `@CurrentPerson()`, and enforces `@RequireRole()`. Which body's data a person may touch is decided in the services
 * with the helpers in tenant.ts.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const request = GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
    const person = await signedInPersonOf(this.sessions, this.config, request);
    if (request) (request as Request & { [CURRENT_PERSON]?: SignedInPerson | null })[CURRENT_PERSON] = person;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles === undefined) return true;
    if (!person) throw unauthenticated();
    if (roles.length > 0 && !person.roles.some((grant) => roles.includes(grant.role))) throw forbidden();
    return true;
  }
}
