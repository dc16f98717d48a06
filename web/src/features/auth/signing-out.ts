/**
 * Set while a sign-out moves to the home page and then clears the cache. The router's navigation is a transition, so
 * the dashboard can still be mounted when `me` answers null; it must then not send the person to sign in again.
 */
let signingOut = false;

export const isSigningOut = () => signingOut;

export function setSigningOut(value: boolean): void {
  signingOut = value;
}
