import { type NextFunction, type Request, type Response } from 'express';

let inFlight = 0;

/**
 * Counts the HTTP requests this process is answering, so that background work in the same process (the mail worker)
 * can give way to people waiting for a page: a mail may leave a few milliseconds later, an answer should not.
 */
export function countRequestsInFlight(_request: Request, response: Response, next: NextFunction): void {
  inFlight += 1;
  response.once('close', () => {
    inFlight -= 1;
  });
  next();
}

export const requestsInFlight = (): number => inFlight;
