import { Injectable } from '@nestjs/common';
import { CONSENT_TEXT_VERSION, type ConsentMethod, type ConsentPurpose, toUiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { canActForBody } from '../auth/tenant';
import { findPublicEvent, isContactOf, isUuid } from '../challenges/challenge-access';
import { ChallengeMailer } from '../challenges/challenge-mailer';
import { assertValid } from '../challenges/challenges.service';
import { conflict, DomainError, forbidden, notFound, unauthenticated } from '../common/errors/domain-error';
import { OutboxService } from '../notifications/outbox.service';
import { ConsentRecordEntity } from '../people/consent-record.entity';
import { ensurePerson, grantRole } from '../people/organizers.service';
import { type NonprofitContactInput, type NonprofitInput, type RegisterNonprofitInput } from './dto/nonprofit.input';
import { NonprofitContactEntity } from './nonprofit-contact.entity';
import { NonprofitEntity } from './nonprofit.entity';
import { type Nonprofit } from './nonprofit.model';
import {
  assertNameFree,
  coordinateProblems,
  registrationConsentProblems,
  isNameIndexViolation,
  nameTaken,
  nonprofitNameKey,
} from './nonprofit-rules';
import { toNonprofits } from './nonprofit-views';

/**
 * Nonprofits and their contact persons. A signed-in person registers a nonprofit with the body of the event they
 * came from and becomes its first contact; contacts (and the body's organizers) keep the profile and the list of
 * contacts up to date. Every change is one transaction.
 */
@Injectable()
export class NonprofitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly mailer: ChallengeMailer,
  ) {}

  async mine(person: SignedInPerson | null): Promise<Nonprofit[]> {
    if (!person) throw unauthenticated();
    const manager = this.dataSource.manager;
    const rows = await manager.find(NonprofitContactEntity, { where: { personId: person.id } });
    const nonprofits = await manager.find(NonprofitEntity, {
      where: { id: In(rows.map((row) => row.nonprofitId)) },
      order: { name: 'ASC' },
    });
    return toNonprofits(manager, nonprofits, person);
  }

  async get(person: SignedInPerson | null, id: string): Promise<Nonprofit> {
    if (!person) throw unauthenticated();
    const manager = this.dataSource.manager;
    const nonprofit = await this.findForMember(manager, person, id, false);
    return (await toNonprofits(manager, [nonprofit], person))[0];
  }

  async register(person: SignedInPerson | null, eventId: string, input: RegisterNonprofitInput): Promise<Nonprofit> {
    if (!person) throw unauthenticated();
    assertValid([...registrationConsentProblems(input), ...coordinateProblems(input)]);
    return this.inTransactionKeepingNamesUnique(input.name, 'input.name', async (manager) => {
      const event = await findPublicEvent(manager, eventId, false);
      if (!event.organizingBodyId) throw conflict('nonprofits.errors.eventNotPublic');
      await assertNameFree(manager, event.organizingBodyId, input.name, 'input.name');
      const nonprofit = await manager.save(NonprofitEntity, {
        ...profileColumns(input),
        organizingBodyId: event.organizingBodyId,
        createdById: person.id,
      });
      await addContactRow(manager, nonprofit.id, person.id);
      await recordConsents(manager, person.id, input.publishOnMap, 'ONLINE', null);
      return (await toNonprofits(manager, [nonprofit], person))[0];
    });
  }

  async update(person: SignedInPerson | null, id: string, input: NonprofitInput): Promise<Nonprofit> {
    if (!person) throw unauthenticated();
    assertValid(coordinateProblems(input));
    return this.inTransactionKeepingNamesUnique(input.name, 'input.name', async (manager) => {
      const nonprofit = await this.findForMember(manager, person, id, true);
      // Consent to the map is personal: an organizer cannot give it for the nonprofit. Nor can an organizer invite
      // again a nonprofit that asked not to be (they may record that wish, as told by phone).
      const onMap = input.publishOnMap && !nonprofit.publishOnMap;
      const invitedAgain = input.inviteToNextEditions === true && !nonprofit.inviteToNextEditions;
      if ((onMap || invitedAgain) && !(await isContactOf(manager, nonprofit.id, person.id)))
        assertValid([
          ...(onMap ? [{ path: 'input.publishOnMap', messageKey: 'nonprofits.validation.mapConsentByContact' }] : []),
          ...(invitedAgain
            ? [{ path: 'input.inviteToNextEditions', messageKey: 'nonprofits.validation.invitationsByContact' }]
            : []),
        ]);
      if (onMap) await recordConsent(manager, person.id, 'MAP_PUBLICATION', 'ONLINE', null);
      await assertNameFree(manager, nonprofit.organizingBodyId, input.name, 'input.name', nonprofit.id);
      // (a client that leaves the invitations out keeps them as they are)
      const invitations = input.inviteToNextEditions ?? nonprofit.inviteToNextEditions;
      // Who turned them off or on, and when, is shown beside the setting: a contact who hears of no next edition sees
      // that an organizer recorded it so, and an organizer sees that the nonprofit itself chose it.
      const invitationsChange =
        invitations === nonprofit.inviteToNextEditions
          ? {}
          : { invitationsChangedAt: new Date(), invitationsChangedById: person.id };
      await manager.update(
        NonprofitEntity,
        { id: nonprofit.id },
        { ...profileColumns(input), inviteToNextEditions: invitations, ...invitationsChange },
      );
      const updated = await manager.findOneByOrFail(NonprofitEntity, { id: nonprofit.id });
      return (await toNonprofits(manager, [updated], person))[0];
    });
  }

  /** Adds a person (found by address, or created) as a further contact, and tells them by mail. */
  async addContact(
    person: SignedInPerson | null,
    nonprofitId: string,
    input: NonprofitContactInput,
  ): Promise<Nonprofit> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const nonprofit = await this.findForMember(manager, person, nonprofitId, true);
      const { person: added } = await ensurePerson(manager, {
        email: input.email,
        name: input.name,
        locale: toUiLocale(person.locale),
      });
      if (await isContactOf(manager, nonprofit.id, added.id))
        throw new DomainError('CONFLICT', 'nonprofits.errors.contactExists', {}, [
          { path: 'input.email', messageKey: 'nonprofits.validation.contactExists' },
        ]);
      // A phone number fills a gap; it never overwrites what the person gave themselves.
      if (input.phone)
        await manager.query(`UPDATE person SET phone = $2 WHERE id = $1 AND phone IS NULL`, [added.id, input.phone]);
      await addContactRow(manager, nonprofit.id, added.id);
      await this.outbox.enqueue(manager, {
        to: added.email,
        locale: toUiLocale(added.locale),
        template: 'nonprofitContactAdded',
        params: {
          name: added.name || undefined,
          nonprofit: nonprofit.name,
          addedBy: person.name || person.email,
          url: this.mailer.nonprofitUrl(nonprofit.id),
        },
      });
      return (await toNonprofits(manager, [nonprofit], person))[0];
    });
  }

  /** Removes a contact, never the last one; a person who speaks for no nonprofit any more loses the role. */
  async removeContact(person: SignedInPerson | null, nonprofitId: string, personId: string): Promise<Nonprofit> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const nonprofit = await this.findForMember(manager, person, nonprofitId, true);
      const contacts = await manager.find(NonprofitContactEntity, { where: { nonprofitId: nonprofit.id } });
      if (!contacts.some((contact) => contact.personId === personId)) throw notFound('nonprofits.contactEntity');
      if (contacts.length === 1) throw conflict('nonprofits.errors.lastContact');
      await manager.delete(NonprofitContactEntity, { nonprofitId: nonprofit.id, personId });
      await manager.query(
        `DELETE FROM role_assignment WHERE person_id = $1 AND role = 'NONPROFIT_CONTACT'
            AND NOT EXISTS (SELECT 1 FROM nonprofit_contact WHERE person_id = $1)`,
        [personId],
      );
      return (await toNonprofits(manager, [nonprofit], person))[0];
    });
  }

  /** The nonprofit if the person is one of its contacts or organizes its body; `lock` holds the row. */
  private async findForMember(
    manager: EntityManager,
    person: SignedInPerson | null,
    id: string,
    lock: boolean,
  ): Promise<NonprofitEntity> {
    if (!person) throw unauthenticated();
    const nonprofit = isUuid(id)
      ? await manager.findOne(NonprofitEntity, {
          where: { id },
          ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
        })
      : null;
    if (!nonprofit) throw notFound('nonprofits.entity');
    if (!canActForBody(person, nonprofit.organizingBodyId) && !(await isContactOf(manager, nonprofit.id, person.id)))
      throw forbidden();
    return nonprofit;
  }

  /** Two registrations of one name at the same moment: the unique index refuses the second, with the same error. */
  private async inTransactionKeepingNamesUnique<T>(
    name: string,
    path: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isNameIndexViolation(error)) throw nameTaken(name.trim(), path);
      throw error;
    }
  }
}

export function profileColumns(input: NonprofitInput) {
  return {
    name: input.name.trim(),
    nameKey: nonprofitNameKey(input.name),
    legalForm: input.legalForm,
    causes: [...new Set(input.causes)],
    street: input.street ?? '',
    postalCode: input.postalCode ?? '',
    city: input.city,
    district: input.district ?? '',
    website: input.website ?? null,
    description: input.description,
    publishOnMap: input.publishOnMap,
    inviteToNextEditions: input.inviteToNextEditions ?? true,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
  };
}

export async function addContactRow(manager: EntityManager, nonprofitId: string, personId: string): Promise<void> {
  await manager.insert(NonprofitContactEntity, { nonprofitId, personId });
  await grantRole(manager, personId, 'NONPROFIT_CONTACT');
}

export async function recordConsent(
  manager: EntityManager,
  personId: string,
  purpose: ConsentPurpose,
  method: ConsentMethod,
  recordedById: string | null,
): Promise<void> {
  await manager.insert(ConsentRecordEntity, {
    personId,
    purpose,
    method,
    recordedById,
    textVersion: CONSENT_TEXT_VERSION,
  });
}

/** The consent to the nonprofit's profile, and to the map when the nonprofit appears on it. */
export async function recordConsents(
  manager: EntityManager,
  personId: string,
  publishOnMap: boolean,
  method: ConsentMethod,
  recordedById: string | null,
): Promise<void> {
  await recordConsent(manager, personId, 'NONPROFIT_PROFILE', method, recordedById);
  if (publishOnMap) await recordConsent(manager, personId, 'MAP_PUBLICATION', method, recordedById);
}
