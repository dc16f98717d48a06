import { createEvent } from 'ics';

/**
 * Where a proposal's calendar entry stands: proposed (tentative), accepted (confirmed), or gone (declined, expired,
 * called off). Each later state raises the SEQUENCE, so calendars apply it over the earlier one.
 */
export type CalendarEntryState = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface CalendarAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * The calendar entry attached to a proposal's mails, made with the `ics` library. The UID is stable per proposal, so
 * the mail after an answer updates (or removes) the entry the proposal's invitation added instead of adding one.
 * `sequence` counts the changes: 0 for the proposal, 1 for its answer, 2 for calling off an accepted place.
 */
export function proposalCalendarEntry(details: {
  proposalId: string;
  state: CalendarEntryState;
  sequence: number;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  url: string;
  /** who sends the entry (the mails' sender): calendars apply a CANCEL only from the entry's organizer (RFC 5546) */
  organizer?: { name?: string; email: string };
}): CalendarAttachment {
  const method = details.state === 'CANCELLED' ? 'CANCEL' : 'PUBLISH';
  const { error, value } = createEvent({
    uid: `proposal-${details.proposalId}@skillshift`,
    productId: 'skillshift/publication',
    method,
    sequence: details.sequence,
    title: details.title,
    description: details.description,
    location: details.location,
    url: details.url,
    status: details.state,
    ...(details.organizer && { organizer: details.organizer }),
    // A cancelled entry no longer blocks the time, also where a calendar keeps it shown as cancelled.
    ...(details.state === 'CANCELLED'
      ? { busyStatus: 'FREE' as const, transp: 'TRANSPARENT' as const }
      : { busyStatus: 'BUSY' as const }),
    start: details.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: details.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
  });
  if (error || !value) throw error ?? new Error('calendar entry could not be made');
  return {
    filename: details.state === 'CANCELLED' ? 'cancellation.ics' : 'invitation.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: Buffer.from(foldByOctets(value), 'utf8'),
  };
}

/** RFC 5545 §3.1: content lines of at most 75 octets, continued on lines that begin with a space. */
const LINE_OCTETS = 75;

/**
 * The calendar text with its lines folded by octets. The `ics` library folds at 75 characters, so a line with umlauts or
 * „quotes“ reached 77–79 octets, which strict readers refuse: its folds are undone and made again, never inside a
 * character.
 */
export function foldByOctets(calendar: string): string {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // (a continuation line's leading space counts too)
    if (octets + size > (parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
