import { type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { canActForBody } from '../auth/tenant';
import { querySummaries } from '../challenges/challenge-views';
import { type NonprofitEntity } from './nonprofit.entity';
import { type Nonprofit, type NonprofitContact, type NonprofitOpenEvent } from './nonprofit.model';

interface ContactRow {
  nonprofitId: string;
  personId: string;
  name: string;
  email: string | null;
  phone: string | null;
  since: Date;
}

/**
 * Nonprofits as the API returns them, with contacts and challenges loaded for all of them in one query each. A
 * contact's address and phone reach only fellow contacts, organizers of the body and admins.
 */
export async function toNonprofits(
  manager: EntityManager,
  nonprofits: NonprofitEntity[],
  viewer: SignedInPerson,
): Promise<Nonprofit[]> {
  if (nonprofits.length === 0) return [];
  const ids = nonprofits.map((nonprofit) => nonprofit.id);
  const contacts = (await manager.query(
    `SELECT nc.nonprofit_id AS "nonprofitId", p.id AS "personId", p.name, p.email, p.phone, nc.created_at AS since
       FROM nonprofit_contact nc JOIN person p ON p.id = nc.person_id
      WHERE nc.nonprofit_id = ANY($1)
      ORDER BY nc.created_at, p.name`,
    [ids],
  )) as ContactRow[];
  const bodies = (await manager.query(`SELECT id, name FROM organizing_body WHERE id = ANY($1)`, [
    [...new Set(nonprofits.map((nonprofit) => nonprofit.organizingBodyId))],
  ])) as { id: string; name: string }[];
  const isContact = new Set(
    contacts.filter((contact) => contact.personId === viewer.id).map((contact) => contact.nonprofitId),
  );
  const organizes = (nonprofit: NonprofitEntity) => canActForBody(viewer, nonprofit.organizingBodyId);
  // Priorities are the organizers' judgement: only their view of a nonprofit's challenges carries them.
  const organized = nonprofits.filter(organizes).map((nonprofit) => nonprofit.id);
  const contactOnly = nonprofits
    .filter((nonprofit) => !organizes(nonprofit) && isContact.has(nonprofit.id))
    .map((nonprofit) => nonprofit.id);
  const challenges = [
    ...(contactOnly.length > 0 ? await summariesOf(manager, contactOnly, false) : []),
    ...(organized.length > 0 ? await summariesOf(manager, organized, true) : []),
  ];
  const changers = nonprofits.flatMap((nonprofit) => nonprofit.invitationsChangedById ?? []);
  const changerNames = new Map(
    changers.length === 0
      ? []
      : (
          (await manager.query(`SELECT id, name FROM person WHERE id = ANY($1) AND erased_at IS NULL`, [
            [...new Set(changers)],
          ])) as { id: string; name: string }[]
        ).map((changer) => [changer.id, changer.name]),
  );
  const openEvents = (await manager.query(
    `SELECT id, name, starts_at AS "startsAt", nonprofit_deadline AS "nonprofitDeadline",
            organizing_body_id AS "organizingBodyId"
       FROM event
      WHERE organizing_body_id = ANY($1) AND status = 'OPEN' AND (nonprofit_deadline IS NULL OR nonprofit_deadline > now())
      ORDER BY starts_at, id`,
    [[...new Set(nonprofits.map((nonprofit) => nonprofit.organizingBodyId))]],
  )) as (NonprofitOpenEvent & { organizingBodyId: string })[];

  return nonprofits.map((nonprofit) => {
    const seesDetails = isContact.has(nonprofit.id) || organizes(nonprofit);
    return {
      id: nonprofit.id,
      name: nonprofit.name,
      legalForm: nonprofit.legalForm,
      causes: nonprofit.causes,
      street: nonprofit.street,
      postalCode: nonprofit.postalCode,
      city: nonprofit.city,
      district: nonprofit.district,
      website: nonprofit.website,
      description: nonprofit.description,
      publishOnMap: nonprofit.publishOnMap,
      inviteToNextEditions: nonprofit.inviteToNextEditions,
      invitationsChange: nonprofit.invitationsChangedAt
        ? {
            at: nonprofit.invitationsChangedAt,
            byName: changerNames.get(nonprofit.invitationsChangedById ?? '') || null,
          }
        : null,
      latitude: nonprofit.latitude,
      longitude: nonprofit.longitude,
      organizingBodyId: nonprofit.organizingBodyId,
      organizingBodyName: bodies.find((body) => body.id === nonprofit.organizingBodyId)?.name ?? '',
      createdAt: nonprofit.createdAt,
      viewerIsContact: isContact.has(nonprofit.id),
      contacts: contacts
        .filter((contact) => contact.nonprofitId === nonprofit.id)
        .map((contact): NonprofitContact => ({
          personId: contact.personId,
          name: contact.name,
          email: seesDetails ? contact.email : null,
          phone: seesDetails ? contact.phone : null,
          since: contact.since,
        })),
      challenges: challenges.filter((challenge) => challenge.nonprofitId === nonprofit.id),
      openEvents: openEvents
        .filter((event) => event.organizingBodyId === nonprofit.organizingBodyId)
        .map(({ id, name, startsAt, nonprofitDeadline }) => ({ id, name, startsAt, nonprofitDeadline })),
    };
  });
}

const summariesOf = (manager: EntityManager, nonprofitIds: string[], showPriority: boolean) =>
  querySummaries(manager, 'c.nonprofit_id = ANY($1)', [nonprofitIds], 'ORDER BY c.created_at DESC, c.id', showPriority);
