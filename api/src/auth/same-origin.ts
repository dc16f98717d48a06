import { type Request } from 'express';

/**
 * Whether a form POST came from one of our own pages: its Origin (or, lacking that, Referer) must name the host of
 * PUBLIC_URL or the host the request was sent to. A request that names neither is refused: browsers always send
 * Origin on POST, so only non-browser clients lack it, and they can send one.
 */
export function isSameOriginPost(request: Request, publicUrl: string): boolean {
  const claimed = headerValue(request.headers.origin) ?? headerValue(request.headers.referer);
  if (!claimed || claimed === 'null') return false;
  let host: string;
  try {
    host = new URL(claimed).host;
  } catch {
    return false;
  }
  const allowed = new Set([new URL(publicUrl).host, request.headers.host].filter(Boolean));
  return allowed.has(host);
}

const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
