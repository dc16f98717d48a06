import {
  type EventStatus,
  type ProposalParty,
  type ProposalStatus,
  toUiLocale,
  type UiLocale,
} from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { type ChallengeSkillNeed } from '../challenges/challenge.entity';
import { firstNameOf } from '../matching/matching-names';
import { type TeamSkill } from './publication.model';
import { relevantSkills } from './publication-texts';

/** A proposal with everything its mails, pages and views show, read in one statement. */
export interface ProposalRow {
  id: string;
  publicationId: string;
  status: ProposalStatus;
  answerDeadline: Date;
  answeredAt: Date | null;
  replacesId: string | null;
  cancelledBy: ProposalParty | null;
  cancelReason: string | null;
  nonprofitConfirmedAt: Date | null;
  revealedAt: Date | null;
  score: number;
  volunteerId: string;
  volunteerName: string;
  volunteerEmail: string | null;
  /** For organizers, who call those without an e-mail address. */
  volunteerPhone: string | null;
  volunteerLocale: UiLocale;
  eventId: string;
  eventName: string;
  eventStatus: EventStatus;
  organizingBodyId: string | null;
  venue: string | null;
  city: string;
  online: boolean;
  onlineUrl: string | null;
  challengeId: string;
  challengeTitle: string;
  problem: string;
  goal: string;
  challengeSkills: ChallengeSkillNeed[];
  nonprofitId: string;
  nonprofitName: string;
  slotId: string;
  slotLabel: string | null;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
}

type Where =
  { ids: readonly string[] } | { volunteerId: string } | { challengeIds: readonly string[] } | { eventId: string };

/** The other members of a proposal's team and, once revealed, the nonprofit's contacts: read with the proposal. */
export interface ProposalWithTeam extends ProposalRow {
  team: { volunteerId: string; name: string; status: ProposalStatus; held: { skill: string; level: number }[] }[];
  contacts: { name: string; email: string | null; phone: string | null }[] | null;
}

/** Proposal rows; `withTeam` adds the team and the revealed contacts in the same statement (the dashboard's). */
export async function proposalRows(
  manager: EntityManager,
  where: Where,
  options?: { lock?: boolean; withTeam?: false },
): Promise<ProposalRow[]>;
export async function proposalRows(
  manager: EntityManager,
  where: Where,
  options: { withTeam: true },
): Promise<ProposalWithTeam[]>;
export async function proposalRows(
  manager: EntityManager,
  where: Where,
  options: { lock?: boolean; withTeam?: boolean } = {},
): Promise<ProposalRow[]> {
  const [condition, value] =
    'ids' in where
      ? // One id (an answer, a link's page) as a plain equality: PostgreSQL then keeps one generic plan for the
        // prepared statement, where `= ANY(array)` made it plan again on every call (0.4 ms of the answer's 0.6 ms).
        where.ids.length === 1
        ? ['p.id = $1::uuid', where.ids[0]]
        : ['p.id = ANY($1::uuid[])', where.ids]
      : 'volunteerId' in where
        ? ['p.volunteer_id = $1', where.volunteerId]
        : 'eventId' in where
          ? ['p.event_id = $1', where.eventId]
          : ['p.challenge_id = ANY($1::uuid[])', where.challengeIds];
  const rows = await preparedQuery<Omit<ProposalRow, 'volunteerLocale'> & { volunteerLocale: string }>(
    manager,
    `SELECT p.id, p.publication_id AS "publicationId", p.status, p.answer_deadline AS "answerDeadline",
            p.answered_at AS "answeredAt", p.replaces_id AS "replacesId", p.cancelled_by AS "cancelledBy",
            p.cancel_reason AS "cancelReason", p.nonprofit_confirmed_at AS "nonprofitConfirmedAt",
            p.revealed_at AS "revealedAt", p.score, p.created_at AS "createdAt",
            v.id AS "volunteerId", v.name AS "volunteerName", v.email AS "volunteerEmail", v.phone AS "volunteerPhone",
            v.locale AS "volunteerLocale",
            e.id AS "eventId", e.name AS "eventName", e.status AS "eventStatus", e.organizing_body_id AS "organizingBodyId",
            e.venue, e.city, e.online, e.online_url AS "onlineUrl",
            c.id AS "challengeId", c.title AS "challengeTitle", c.problem, c.goal, c.skills AS "challengeSkills",
            n.id AS "nonprofitId", n.name AS "nonprofitName",
            s.id AS "slotId", s.label AS "slotLabel", s.starts_at AS "startsAt", s.ends_at AS "endsAt"
            ${options.withTeam ? WITH_TEAM : ''}
       FROM proposal p
       JOIN person v ON v.id = p.volunteer_id
       JOIN event e ON e.id = p.event_id
       JOIN challenge c ON c.id = p.challenge_id
       JOIN nonprofit n ON n.id = c.nonprofit_id
       JOIN slot s ON s.id = p.slot_id
      WHERE ${condition}
      ORDER BY s.starts_at, c.title, p.created_at, v.name, p.id
      ${options.lock ? 'FOR UPDATE OF p' : ''}`,
    [value],
  );
  return rows.map((row) => ({ ...row, volunteerLocale: toUiLocale(row.volunteerLocale) }));
}

const WITH_TEAM = `,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('volunteerId', q.volunteer_id, 'name', m.name, 'status', q.status,
                                                'held', coalesce(vp.skills, '[]'::jsonb)) ORDER BY m.name, q.id), '[]')
     FROM proposal q JOIN person m ON m.id = q.volunteer_id LEFT JOIN volunteer_profile vp ON vp.person_id = q.volunteer_id
    WHERE q.challenge_id = p.challenge_id AND q.status IN ('PROPOSED', 'ACCEPTED') AND q.volunteer_id <> p.volunteer_id
  ) AS team,
  CASE WHEN p.status = 'ACCEPTED' AND p.revealed_at IS NOT NULL THEN
    (SELECT coalesce(jsonb_agg(jsonb_build_object('name', k.name, 'email', k.email, 'phone', k.phone) ORDER BY k.name, k.id),
                     '[]')
       FROM nonprofit_contact nc JOIN person k ON k.id = nc.person_id
      WHERE nc.nonprofit_id = n.id AND k.erased_at IS NULL)
  END AS contacts`;

/** A member holding a place in a team (PROPOSED or ACCEPTED), with what the other side may learn of them. */
export interface MemberRow {
  proposalId: string;
  challengeId: string;
  volunteerId: string;
  name: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  status: ProposalStatus;
  nonprofitConfirmedAt: Date | null;
  revealedAt: Date | null;
  startsAt: Date;
  /** The member's skills that answer the challenge's needs. */
  skills: TeamSkill[];
}

/** The members holding places in the teams of `challengeIds`, by challenge, in one statement. */
export async function teamsOf(
  manager: EntityManager,
  challengeIds: readonly string[],
): Promise<Map<string, MemberRow[]>> {
  const teams = new Map<string, MemberRow[]>(challengeIds.map((id) => [id, []]));
  if (challengeIds.length === 0) return teams;
  const rows = (await manager.query(
    `SELECT p.id AS "proposalId", p.challenge_id AS "challengeId", p.volunteer_id AS "volunteerId", v.name,
            v.email, v.phone, p.status, p.nonprofit_confirmed_at AS "nonprofitConfirmedAt", p.revealed_at AS "revealedAt",
            s.starts_at AS "startsAt", coalesce(vp.skills, '[]'::jsonb) AS held, c.skills AS needs
       FROM proposal p
       JOIN person v ON v.id = p.volunteer_id
       JOIN challenge c ON c.id = p.challenge_id
       JOIN slot s ON s.id = p.slot_id
       LEFT JOIN volunteer_profile vp ON vp.person_id = p.volunteer_id
      WHERE p.challenge_id = ANY($1::uuid[]) AND p.status IN ('PROPOSED', 'ACCEPTED')
      ORDER BY v.name, p.id`,
    [[...new Set(challengeIds)]],
  )) as (Omit<MemberRow, 'skills' | 'firstName'> & {
    held: { skill: string; level: number }[];
    needs: ChallengeSkillNeed[];
  })[];
  for (const { held, needs, ...row } of rows)
    teams.get(row.challengeId)?.push({ ...row, firstName: firstNameOf(row.name), skills: relevantSkills(held, needs) });
  return teams;
}

export interface ContactRow {
  nonprofitId: string;
  personId: string;
  name: string;
  email: string | null;
  phone: string | null;
  locale: UiLocale;
}

/** The contacts of the nonprofits, by nonprofit, in one statement. */
export async function contactsOf(
  manager: EntityManager,
  nonprofitIds: readonly string[],
): Promise<Map<string, ContactRow[]>> {
  const contacts = new Map<string, ContactRow[]>(nonprofitIds.map((id) => [id, []]));
  if (nonprofitIds.length === 0) return contacts;
  const rows = (await manager.query(
    `SELECT nc.nonprofit_id AS "nonprofitId", p.id AS "personId", p.name, p.email, p.phone, p.locale
       FROM nonprofit_contact nc JOIN person p ON p.id = nc.person_id
      WHERE nc.nonprofit_id = ANY($1::uuid[]) AND p.erased_at IS NULL
      ORDER BY p.name, p.id`,
    [[...new Set(nonprofitIds)]],
  )) as (Omit<ContactRow, 'locale'> & { locale: string })[];
  for (const row of rows) contacts.get(row.nonprofitId)?.push({ ...row, locale: toUiLocale(row.locale) });
  return contacts;
}

/** Contact data reaches the other side only while the volunteer has accepted and both sides confirmed. */
export const isRevealed = (row: { status: ProposalStatus; revealedAt: Date | null }) =>
  row.status === 'ACCEPTED' && row.revealedAt !== null;
