import { type EntityManager } from 'typeorm';
import { firstNameOf } from './matching-names';
import { type MatchingPair } from './matching.model';

interface PairRow {
  challengeId: string;
  challengeTitle: string;
  volunteerId: string;
  name: string;
  createdByName: string | null;
  createdAt: Date;
}

/** The event's pins and exclusions with titles and first names: two statements. */
export async function pairsOf(
  manager: EntityManager,
  eventId: string,
): Promise<{ pins: MatchingPair[]; exclusions: MatchingPair[] }> {
  const load = async (table: 'matching_pin' | 'matching_exclusion') =>
    (
      (await manager.query(
        `SELECT x.challenge_id AS "challengeId", c.title AS "challengeTitle", x.volunteer_id AS "volunteerId",
                v.name, b.name AS "createdByName", x.created_at AS "createdAt"
           FROM ${table} x
           JOIN challenge c ON c.id = x.challenge_id
           JOIN person v ON v.id = x.volunteer_id
           LEFT JOIN person b ON b.id = x.created_by_id
          WHERE x.event_id = $1
          ORDER BY x.created_at, x.id`,
        [eventId],
      )) as PairRow[]
    ).map(({ name, ...row }) => ({ ...row, firstName: firstNameOf(name) }));
  return { pins: await load('matching_pin'), exclusions: await load('matching_exclusion') };
}
