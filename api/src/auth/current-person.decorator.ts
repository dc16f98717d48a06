import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Request } from 'express';
import { CURRENT_PERSON } from './auth.guard';
import { type SignedInPerson } from './signed-in-person';

/** The signed-in person of the current GraphQL operation, or null; put there by the global AuthGuard. */
export const CurrentPerson = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
  return (request as (Request & { [CURRENT_PERSON]?: SignedInPerson | null }) | undefined)?.[CURRENT_PERSON] ?? null;
});
