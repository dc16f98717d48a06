/**
 * The page paths of the web app (react-router patterns, `:name` for one segment). The server answers paths that
 * match none of them with the app's "not found" page and HTTP 404, so that search engines, link checkers and
 * screen-reader users' tools learn that the page does not exist. A web test keeps this list equal to the router's.
 */
export const WEB_ROUTE_PATTERNS = [
  '/',
  '/sign-in',
  '/dashboard',
  '/events/:id',
  '/organize/:bodyId/events',
  '/organize/:bodyId/events/new',
  '/organize/:bodyId/team',
  '/organize/:bodyId/help-points',
  '/organize/:bodyId/exports',
  '/organize/:bodyId/privacy',
  '/organize/:bodyId/impact',
  '/organize/:bodyId/impact/:eventId/report',
  '/organize/:bodyId/follow-ups',
  '/impact',
  '/account',
  '/manage/events/:id',
  '/manage/events/:id/matching',
  '/manage/events/:id/matching/runs/:runId',
  '/manage/events/:id/matching/compare/:runId/:otherRunId',
  '/manage/events/:id/matching/audit',
  '/manage/events/:id/volunteers',
  '/manage/events/:id/volunteers/new',
  '/volunteer/register',
  '/volunteer/profile',
  '/manage/events/:id/challenges',
  '/manage/events/:id/challenges/new',
  '/nonprofits/register',
  '/nonprofits/:id',
  '/nonprofits/:id/challenges/new',
  '/challenges/:id',
  '/challenges/:id/edit',
  '/manage/events/:id/publication',
  '/nonprofits/:id/teams',
  '/dev/mailbox',
] as const;

/** Whether `path` (without query or hash) is a page of the web app; a trailing slash is ignored. */
export function isWebRoute(path: string, patterns: readonly string[] = WEB_ROUTE_PATTERNS): boolean {
  const segments = splitPath(path);
  return patterns.some((pattern) => {
    const parts = splitPath(pattern);
    return (
      parts.length === segments.length &&
      parts.every((part, index) => (part.startsWith(':') ? segments[index].length > 0 : part === segments[index]))
    );
  });
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}
