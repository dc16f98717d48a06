import { createEvent } from 'ics';

/**
 * The calendar invitation attached to a proposal mail, made with the `ics` library. The UID is stable per proposal,
 * so the reminder's or a later mail's invitation updates the same calendar entry instead of adding one.
 */
export function proposalInvitation(details: {
  proposalId: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  url: string;
}): { filename: string; contentType: string; content: Buffer } {
  const { error, value } = createEvent({
    uid: `proposal-${details.proposalId}@skillshift`,
    productId: 'skillshift/publication',
    method: 'PUBLISH',
    title: details.title,
    description: details.description,
    location: details.location,
    url: details.url,
    status: 'TENTATIVE',
    busyStatus: 'BUSY',
    start: details.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: details.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
  });
  if (error || !value) throw error ?? new Error('calendar invitation could not be made');
  return {
    filename: 'invitation.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: Buffer.from(value, 'utf8'),
  };
}
