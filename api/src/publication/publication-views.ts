import { FREED_PROPOSAL_STATUSES, placeState, type UiLocale } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { translator } from '../i18n/i18n';
import { firstNameOf } from '../matching/matching-names';
import { isRevealed, type MemberRow, type ProposalRow, proposalRows, teamsOf } from './proposal-rows';
import { placeOf, relevantSkills } from './publication-texts';
import { type NonprofitTeam, type PublishedTeam, type TeamSlot, type VolunteerProposal } from './publication.model';

/**
 * What volunteers, nonprofits and organizers see of a publication, each in a fixed number of statements whatever the
 * size of the event. Contact data is decided here, field by field: e-mail and phone of the other side are filled only
 * for a place the volunteer accepted and the nonprofit confirmed (isRevealed), never before and not after a
 * cancellation.
 */
const slotOf = (row: ProposalRow, locale: UiLocale): TeamSlot => ({
  id: row.slotId,
  label: row.slotLabel,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  place: placeOf(row, translator(locale)),
});

const isFreed = (row: ProposalRow) => FREED_PROPOSAL_STATUSES.includes(row.status);

/** The signed-in volunteer's proposals, soonest first: one statement (the dashboard asks often). */
export async function volunteerProposals(
  manager: EntityManager,
  volunteerId: string,
  locale: UiLocale,
  now: Date,
  only?: string,
): Promise<VolunteerProposal[]> {
  const rows = (await proposalRows(manager, { volunteerId }, { withTeam: true })).filter(
    (row) => !only || row.id === only,
  );
  return rows.map((row) => {
    const revealed = isRevealed(row);
    return {
      id: row.id,
      status: row.status,
      eventId: row.eventId,
      eventName: row.eventName,
      challengeId: row.challengeId,
      challengeTitle: row.challengeTitle,
      problem: row.problem,
      goal: row.goal,
      nonprofitName: row.nonprofitName,
      slot: slotOf(row, locale),
      answerDeadline: row.answerDeadline,
      answeredAt: row.answeredAt,
      cancelledBy: row.cancelledBy,
      canAnswer: row.status === 'PROPOSED' && row.eventStatus === 'PUBLISHED' && row.answerDeadline > now,
      canCancel: row.status === 'ACCEPTED' && row.eventStatus === 'PUBLISHED' && row.startsAt > now,
      team: row.team.map((member) => ({
        firstName: firstNameOf(member.name),
        skills: relevantSkills(member.held, row.challengeSkills),
        status: member.status,
      })),
      nonprofitConfirmed: row.nonprofitConfirmedAt !== null,
      contactRevealed: revealed,
      nonprofitContacts: revealed ? (row.contacts ?? []) : [],
    };
  });
}

/** The published teams of a nonprofit's challenges (or of one challenge), soonest first. */
export async function nonprofitTeams(
  manager: EntityManager,
  nonprofitId: string,
  locale: UiLocale,
  now: Date,
  challengeId?: string,
): Promise<NonprofitTeam[]> {
  const challengeIds = challengeId
    ? [challengeId]
    : (
        (await manager.query(
          `SELECT DISTINCT p.challenge_id AS id FROM proposal p JOIN challenge c ON c.id = p.challenge_id
            WHERE c.nonprofit_id = $1`,
          [nonprofitId],
        )) as { id: string }[]
      ).map((row) => row.id);
  const rows = await proposalRows(manager, { challengeIds });
  const members = await teamsOf(manager, challengeIds);
  const byChallenge = groupBy(rows, (row) => row.challengeId);
  return [...byChallenge.values()].map((places) => {
    const first = places[0];
    const team = members.get(first.challengeId) ?? [];
    const published = first.eventStatus === 'PUBLISHED';
    return {
      challengeId: first.challengeId,
      challengeTitle: first.challengeTitle,
      eventId: first.eventId,
      eventName: first.eventName,
      slot: slotOf(first, locale),
      members: team.map((member) => teamMember(member, published, now)),
      // Only while someone can still be proposed: a finished or past edition has nobody looking for a replacement.
      openPlaces: published && first.startsAt > now ? openPlaces(places) : 0,
      confirmed: team.length > 0 && team.every((member) => member.nonprofitConfirmedAt !== null),
      canConfirm: published && team.some((member) => member.nonprofitConfirmedAt === null),
    };
  });
}

function teamMember(member: MemberRow, published: boolean, now: Date) {
  const revealed = isRevealed(member);
  return {
    proposalId: member.proposalId,
    firstName: member.firstName,
    skills: member.skills,
    status: member.status,
    nonprofitConfirmed: member.nonprofitConfirmedAt !== null,
    contactRevealed: revealed,
    fullName: revealed ? member.name : null,
    email: revealed ? member.email : null,
    phone: revealed ? member.phone : null,
    canRelease: published && member.startsAt > now,
  };
}

/** Freed places nobody was proposed for yet. */
function openPlaces(places: readonly ProposalRow[]): number {
  const replaced = new Set(places.map((row) => row.replacesId).filter(Boolean));
  return places.filter((row) => isFreed(row) && !replaced.has(row.id)).length;
}

/**
 * Every place of the event's publication, by team, for organizers: with the volunteer's phone (organizers call those
 * without an e-mail address) and what an organizer may still record on the volunteer's behalf.
 */
export async function publishedTeams(
  manager: EntityManager,
  eventId: string,
  locale: UiLocale,
  now: Date,
): Promise<PublishedTeam[]> {
  const rows = await proposalRows(manager, { eventId });
  const replaced = new Set(rows.map((row) => row.replacesId).filter(Boolean));
  return [...groupBy(rows, (row) => row.challengeId).values()].map((places) => {
    const first = places[0];
    const mapped = places.map((row) => ({
      proposalId: row.id,
      volunteerId: row.volunteerId,
      firstName: firstNameOf(row.volunteerName),
      status: row.status,
      state: placeState(row.status, replaced.has(row.id)),
      answerDeadline: row.answerDeadline,
      answeredAt: row.answeredAt,
      cancelledBy: row.cancelledBy,
      cancelReason: row.cancelReason,
      replacement: row.replacesId !== null,
      mailed: row.volunteerEmail !== null,
      phone: row.volunteerPhone,
      nonprofitConfirmed: row.nonprofitConfirmedAt !== null,
      canAnswer: row.status === 'PROPOSED' && row.eventStatus === 'PUBLISHED' && row.answerDeadline > now,
      canCancel: row.status === 'ACCEPTED' && row.eventStatus === 'PUBLISHED' && row.startsAt > now,
    }));
    return {
      challengeId: first.challengeId,
      title: first.challengeTitle,
      nonprofitName: first.nonprofitName,
      slot: slotOf(first, locale),
      places: mapped,
      needsReplacement: mapped.filter((place) => place.state === 'NEEDS_REPLACEMENT').length,
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
