import {
  CHALLENGE_TRANSITIONS,
  CONSENT_TEXT_VERSION,
  type CauseArea,
  type ChallengeActor,
  type ChallengeStatus,
  type ConsentPurpose,
  type SkillId,
  type SkillLevel,
  type WorkFormat,
} from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { ChallengeSlotEntity } from '../challenges/challenge-slot.entity';
import { ChallengeStatusChangeEntity } from '../challenges/challenge-status-change.entity';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { logger } from '../common/logging/logger';
import { EventEntity } from '../events/event.entity';
import { SlotEntity } from '../events/slot.entity';
import { NonprofitContactEntity } from '../nonprofits/nonprofit-contact.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { ConsentRecordEntity } from '../people/consent-record.entity';
import { ensurePerson, grantRole } from '../people/organizers.service';
import { PersonEntity } from '../people/person.entity';
import { VolunteerProfileEntity } from '../volunteers/volunteer-profile.entity';
import { VolunteerRegistrationSlotEntity } from '../volunteers/volunteer-registration-slot.entity';
import { VolunteerRegistrationEntity } from '../volunteers/volunteer-registration.entity';
import {
  DEMO_CHALLENGES,
  DEMO_NONPROFIT_CONTACT,
  DEMO_NONPROFITS,
  type DemoNonprofit,
  type DemoNonprofitKey,
  type DemoStep,
} from './demo-nonprofits';
import { demoBodyAndOrganizer } from './demo-body';

/** Registered for both demo events; signs in through the dev mailbox. */
export const DEMO_VOLUNTEER = { email: 'volunteer@demo.skillshift.local', name: 'Demo Volunteer' };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Skill sets that volunteers combine; each offset is added to the level a volunteer gives the set. Only `a11y`
 * holds accessibility.web, only `video` video editing and only `civicrm` CiviCRM, and few volunteers take them:
 * the accepted challenges need more of these than registered, so the organizer's supply/demand table shows shortages.
 */
export const PERSONAS = {
  web: { 'web.cms.wordpress': 0, 'web.hosting': -1, 'web.seo': -1, 'web.frontend': -1 },
  typo3: { 'web.cms.typo3': 0, 'web.frontend': 0, 'dev.php': -1 },
  social: { 'social.instagram': 0, 'social.facebook': -1, 'social.content-planning': 0, 'social.community': -1 },
  youth: { 'teaching.youth': 0, 'social.tiktok': -1, 'media.photo': -1 },
  data: { 'data.spreadsheets.excel': 0, 'data.spreadsheets.pivot': -1, 'data.cleaning': -1, 'dev.macros': -2 },
  sheets: { 'data.spreadsheets.google-sheets': 0, 'data.spreadsheets.calc': -1, 'process.forms': -1 },
  gdpr: { 'security.gdpr': 0, 'security.gdpr.records': -1, 'security.gdpr.deletion': -1, 'security.gdpr.cookies': -1 },
  security: { 'security.backups': 0, 'security.passwords': 0, 'security.2fa': -1, 'security.phishing': -1 },
  a11y: { 'accessibility.web': 0, 'accessibility.web.audit': 0, 'accessibility.easy-language': -1 },
  easy: { 'accessibility.easy-language': 0, 'comms.copywriting': -1, 'accessibility.documents': -1 },
  design: { 'design.canva': 0, 'design.print': 0, 'design.corporate': -1, 'design.figma': -1 },
  video: { 'media.video-editing': 0, 'media.video-production': 0, 'accessibility.captions': -1, 'social.youtube': -1 },
  photo: { 'media.photo': 0, 'media.podcast': -1, 'media.audio': -1 },
  office: { 'office.m365': 0, 'office.m365.teams': -1, 'office.files': 0, 'office.email': -1 },
  cloud: { 'office.nextcloud': 0, 'it.servers': -1, 'it.linux': -1 },
  network: { 'it.network.wifi': 0, 'it.network.router': 0, 'it.network': -1, 'it.hardware': -1 },
  support: { 'it.support': 0, 'it.windows': -1, 'it.printers': -1, 'security.devices': -1 },
  dev: { 'dev.javascript': 0, 'dev.web-apps': 0, 'dev.python': -1, 'dev.apis': -1 },
  automation: { 'dev.automation': 0, 'dev.automation.n8n': -1, 'dev.apis': -1, 'process.forms': -1 },
  ai: { 'ai.chatbots': 0, 'ai.prompting': 0, 'ai.translation': -1, 'ai.transcription': -1 },
  teach: { 'teaching.workshops': 0, 'teaching.seniors': 0, 'teaching.materials': -1 },
  seniors: { 'teaching.seniors': 0, 'office.video-conferencing': 0, 'it.devices': -1 },
  newsletter: { 'comms.newsletter': 0, 'comms.newsletter.brevo': -1, 'comms.copywriting': -1 },
  fundraising: { 'fundraising.donation-forms': 0, 'fundraising.payments': -1, 'fundraising.receipts': -1 },
  pm: { 'process.volunteers': 0, 'process.forms': 0, 'process.pm-tools': -1, 'process.mapping': -1 },
  crm: { 'crm.members': 0, 'crm.members.easyverein': -1, 'crm.databases': -1 },
  civicrm: { 'crm.civicrm': 0, 'crm.migration': 0 },
  finance: { 'finance.banking': 0, 'finance.accounting': -1, 'data.spreadsheets.excel': -1 },
} satisfies Record<string, Record<SkillId, number>>;

type Language = 'en' | 'tr' | 'ar' | 'uk' | 'ru' | 'pl';
/** PHONE and PAPER: an organizer registered them; PAPER forms from the help point come without an e-mail address. */
type VolunteerExtra = { locale?: 'en'; intake?: 'PHONE' | 'PAPER' };
/** Name, skill sets at the volunteer's level, languages besides German, employer (none for some), extras. */
type VolunteerRow = [string, `${keyof typeof PERSONAS}:${SkillLevel}`[], Language[], string | null, VolunteerExtra?];

export const DEMO_VOLUNTEERS: VolunteerRow[] = [
  [DEMO_VOLUNTEER.name, ['web:3', 'social:2', 'data:2'], ['en'], 'Holstentor Software GmbH'],
  ['Lena Marquardt', ['a11y:3', 'web:3'], ['en'], 'Freiberufliche Webentwicklerin'],
  ['Jonas Reimers', ['network:3', 'support:3'], [], 'Travekom Netzwerke GmbH'],
  ['Sophie Brandt', ['social:3', 'design:2'], ['en'], 'Agentur Backsteinblau'],
  ['Deniz Aksoy', ['video:3', 'social:2'], ['tr', 'en'], 'Ostsee Medienhaus'],
  ['Malte Hansen', ['data:3', 'finance:2'], ['en'], 'Nordlicht Versicherung AG'],
  ['Emily Carter', ['dev:3', 'ai:2'], ['en'], 'Holstentor Software GmbH', { locale: 'en' }],
  ['Ahmad Al-Khatib', ['dev:2', 'automation:2'], ['ar', 'en'], 'Student, TH Lübeck'],
  ['Anna Kowalska', ['gdpr:3', 'office:2'], ['pl', 'en'], 'Datenschutzberatung Kowalska'],
  ['Ingrid Matthiesen', ['teach:3', 'seniors:3'], [], null, { intake: 'PHONE' }],
  ['Oksana Melnyk', ['sheets:2', 'ai:2'], ['uk', 'ru', 'en'], null],
  ['Tim Schröder', ['web:2', 'security:2'], ['en'], 'Trave IT-Service GmbH'],
  ['Mehmet Yılmaz', ['support:2', 'network:2'], ['tr'], 'Elektro Yılmaz & Söhne'],
  ['Julia Petersen', ['newsletter:3', 'social:2'], ['en'], 'Hanse Marzipan GmbH'],
  ['Felix Wagner', ['cloud:3', 'support:2'], ['en'], 'Nordlicht Hosting GmbH'],
  ['Hannah Lüders', ['design:3', 'photo:2'], ['en'], 'Freie Grafikdesignerin'],
  ['Kevin Laskowski', ['youth:3', 'social:2'], ['pl'], 'Jugendclub Schlutup e.V.'],
  ['Maria Nowak', ['pm:3', 'office:2'], ['pl', 'en'], 'Pflegedienst Wakenitz'],
  ['Lukas Becker', ['dev:3', 'web:2'], ['en'], 'Holstentor Software GmbH'],
  ['Svenja Möller', ['easy:3', 'teach:2'], ['en'], 'Sprachschule Trave'],
  ['Olga Smirnova', ['data:2', 'crm:2'], ['ru', 'en'], 'Buchhaltungsbüro Smirnova'],
  ['Ole Thomsen', ['security:3', 'gdpr:2'], ['en'], 'Trave IT-Service GmbH'],
  ['Rana Nasser', ['office:2', 'ai:1'], ['ar', 'en'], null],
  ['Peter Kühl', ['seniors:2', 'support:2'], [], null, { intake: 'PAPER' }],
  ['Nina Jürgensen', ['fundraising:3', 'newsletter:2'], ['en'], 'Spendenagentur Nordwind'],
  ['Can Öztürk', ['typo3:3', 'web:3'], ['tr', 'en'], 'Agentur Backsteinblau'],
  ['Laura Hinz', ['social:2', 'photo:2'], ['en'], 'Studentin, Universität zu Lübeck'],
  ['Sebastian Voß', ['network:2', 'cloud:2'], [], 'Travekom Netzwerke GmbH'],
  ['Katharina Wendt', ['gdpr:2', 'pm:2'], ['en'], 'Kanzlei Wendt & Partner'],
  ['Emre Arslan', ['dev:2', 'data:2'], ['tr', 'en'], 'Student, TH Lübeck'],
  ['Jana Krüger', ['teach:2', 'office:2'], ['en'], null],
  ['Daniel Schmidt', ['automation:3', 'dev:2'], ['en'], 'Freiberuflicher Entwickler'],
  ['Viktoria Bondarenko', ['design:2', 'sheets:2'], ['uk', 'ru'], null],
  ['Moritz Albers', ['web:2', 'newsletter:1'], [], 'Hanse Marzipan GmbH'],
  ['Leonie Fischer', ['youth:2', 'photo:2'], ['en'], 'Studentin, Universität zu Lübeck'],
  ['Thomas Baumann', ['support:3', 'security:2'], [], 'IT-Service Baumann'],
  ['Aylin Koç', ['social:3', 'newsletter:2'], ['tr', 'en'], 'Ostsee Medienhaus'],
  ['Henrik Paulsen', ['data:3', 'ai:2'], ['en'], 'Nordlicht Versicherung AG'],
  ['Elif Şahin', ['pm:2', 'sheets:2'], ['tr'], null],
  ['Marek Zieliński', ['network:3', 'cloud:2'], ['pl', 'en'], 'Hafentechnik Travemünde GmbH'],
  ['Christina Lange', ['civicrm:1', 'data:2'], ['en'], 'Spendenagentur Nordwind'],
  ['Niklas Ehlers', ['web:2', 'dev:1'], ['en'], 'Student, Universität zu Lübeck'],
  ['Sabine Wolter', ['office:3', 'teach:2'], [], 'Steuerbüro Wolter'],
  ['Omar Saleh', ['support:2', 'ai:2'], ['ar', 'en'], null, { locale: 'en' }],
  ['Birte Hagemann', ['easy:2', 'design:2'], [], 'Freie Texterin'],
  ['Jan-Philipp Kock', ['gdpr:2', 'security:2', 'office:2'], ['en'], 'Trave IT-Service GmbH'],
  ['Svetlana Koch', ['seniors:2', 'office:1'], ['ru'], null],
];

// What the rows leave out varies by position, so the mix stays the same whatever the date.
const FORMATS: WorkFormat[][] = [
  ['ONSITE', 'HYBRID'],
  ['ONSITE'],
  ['ONSITE', 'HYBRID', 'REMOTE'],
  ['ONSITE', 'HYBRID'],
  ['REMOTE', 'HYBRID'],
];
const CAUSES: CauseArea[][] = [
  ['SOCIAL', 'POVERTY'],
  ['EDUCATION', 'CHILDREN_YOUTH'],
  ['ENVIRONMENT', 'ANIMALS'],
  ['SENIORS', 'NEIGHBOURHOOD'],
  ['MIGRATION', 'HUMAN_RIGHTS'],
  ['CULTURE'],
  ['DISABILITY', 'HEALTH'],
  ['SPORTS', 'CHILDREN_YOUTH'],
  [],
];
const NACHTSCHICHT_SLOTS = [[0, 1], [0], [0, 1], [1], [0, 1], [0, 1], [0]];
const HACKATHON_SLOTS = [
  [0, 1, 2, 3],
  [0, 1],
  [2, 3],
  [1, 2, 3],
];

/**
 * Nonprofits with their contacts and their challenges for the open Nachtschicht, and volunteers registered for it
 * (some also for the hackathon), written straight through the entities.
 */
export async function seedDemoRegistrations(manager: EntityManager, now: Date): Promise<void> {
  const demo = await demoBodyAndOrganizer(manager);
  const nachtschicht = demo && (await eventWithSlots(manager, demo.body.id, 'Nachtschicht Lübeck'));
  if (!demo || !nachtschicht || nachtschicht.slots.length < 2) {
    logger.warn('demo registrations skipped: the demo body, its organizer or its Nachtschicht is missing');
    return;
  }
  const { body, organizerId } = demo;
  const hackathon = await eventWithSlots(manager, body.id, 'Social Hackathon Lübeck');
  const seed = new DemoSeed(manager, now, organizerId);
  const authors = await seed.nonprofits(body.id);
  await seed.challenges(nachtschicht, authors);
  await seed.volunteers(nachtschicht, hackathon);
}

interface EventWithSlots {
  id: string;
  languages: string[];
  slots: SlotEntity[];
}

async function eventWithSlots(manager: EntityManager, bodyId: string, name: string): Promise<EventWithSlots | null> {
  const event = await manager.findOneBy(EventEntity, { name, organizingBodyId: bodyId });
  if (!event) return null;
  const slots = await manager.find(SlotEntity, { where: { eventId: event.id }, order: { startsAt: 'ASC' } });
  return { id: event.id, languages: event.languages, slots };
}

class DemoSeed {
  private readonly consented = new Set<string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly now: Date,
    private readonly organizerId: string,
  ) {}

  /** Returns, per nonprofit, its id and the contact who registered it. */
  async nonprofits(bodyId: string): Promise<Map<DemoNonprofitKey, { id: string; authorId: string }>> {
    const result = new Map<DemoNonprofitKey, { id: string; authorId: string }>();
    const entries = Object.entries(DEMO_NONPROFITS) as [DemoNonprofitKey, DemoNonprofit][];
    for (const [index, [key, nonprofit]] of entries.entries()) {
      const createdAt = this.daysAgo(45 - index);
      const contactIds: string[] = [];
      for (const name of nonprofit.contacts) {
        const id = await this.person(name, 'NONPROFIT_CONTACT');
        await this.consent(id, 'NONPROFIT_PROFILE', createdAt);
        contactIds.push(id);
      }
      const { map } = nonprofit;
      const { identifiers } = await this.manager.insert(NonprofitEntity, {
        organizingBodyId: bodyId,
        name: nonprofit.name,
        nameKey: nonprofit.name.normalize('NFC').trim().toLocaleLowerCase('de').replace(/\s+/g, ' '),
        legalForm: nonprofit.legalForm,
        causes: nonprofit.causes,
        street: nonprofit.street,
        postalCode: nonprofit.postalCode,
        city: 'Lübeck',
        district: nonprofit.district,
        website: nonprofit.website,
        description: nonprofit.description,
        latitude: map?.[0] ?? null,
        longitude: map?.[1] ?? null,
        publishOnMap: map !== undefined,
        inviteToNextEditions: nonprofit.inviteToNextEditions ?? true,
        // (turned off by its first contact in the profile, a week after registering)
        ...(nonprofit.inviteToNextEditions === false
          ? {
              invitationsChangedAt: this.daysAgo(38 - index),
              invitationsChangedById: contactIds[0],
            }
          : {}),
        createdById: contactIds[0],
        createdAt,
        updatedAt: createdAt,
      });
      const id = identifiers[0].id as string;
      await this.manager.insert(
        NonprofitContactEntity,
        contactIds.map((personId) => ({ nonprofitId: id, personId, createdAt })),
      );
      result.set(key, { id, authorId: contactIds[0] });
    }
    return result;
  }

  async challenges(
    event: EventWithSlots,
    nonprofits: Map<DemoNonprofitKey, { id: string; authorId: string }>,
  ): Promise<void> {
    // Some briefs want a team member who speaks Arabic, Turkish or Ukrainian; the evening offers those languages too.
    const languages = [
      ...new Set([...event.languages, ...DEMO_CHALLENGES.flatMap((challenge) => challenge.languages)]),
    ];
    await this.manager.update(EventEntity, { id: event.id }, { languages });
    const slots: Partial<ChallengeSlotEntity>[] = [];
    const changes: Partial<ChallengeStatusChangeEntity>[] = [];
    for (const [index, challenge] of DEMO_CHALLENGES.entries()) {
      const nonprofit = nonprofits.get(challenge.by)!;
      const history = statusHistory(challenge.history, this.daysAgo(30 - index));
      const last = history[history.length - 1];
      // Submitting needs the whole one-evening checklist ticked; the draft has not got that far.
      const ticked = challenge.history.length > 0;
      const { identifiers } = await this.manager.insert(ChallengeEntity, {
        eventId: event.id,
        nonprofitId: nonprofit.id,
        title: challenge.title,
        problem: challenge.problem,
        goal: challenge.goal,
        beneficiaries: challenge.beneficiaries,
        tools: challenge.tools,
        skills: challenge.skills.map(([skill, level, need]) => ({ skill, level, required: need === 'must' })),
        teamMin: challenge.team[0],
        teamMax: challenge.team[1],
        languages: challenge.languages,
        format: challenge.format,
        decisionMakerPresent: ticked,
        accessReady: ticked,
        fitsOneEvening: ticked,
        status: last.to,
        priority: challenge.priority ?? 1,
        submittedAt: history.find((step) => step.to === 'SUBMITTED')?.at ?? null,
        createdById: nonprofit.authorId,
        createdAt: history[0].at,
        updatedAt: last.at,
      });
      const challengeId = identifiers[0].id as string;
      slots.push(...challenge.slots.map((slot) => ({ challengeId, slotId: event.slots[slot].id })));
      changes.push(
        ...history.map((step) => ({
          challengeId,
          fromStatus: step.from,
          toStatus: step.to,
          actorId: step.by === 'ORGANIZER' ? this.organizerId : nonprofit.authorId,
          message: step.message,
          createdAt: step.at,
        })),
      );
    }
    await this.manager.insert(ChallengeSlotEntity, slots);
    await this.manager.insert(ChallengeStatusChangeEntity, changes);
  }

  async volunteers(nachtschicht: EventWithSlots, hackathon: EventWithSlots | null): Promise<void> {
    const profiles: Partial<VolunteerProfileEntity>[] = [];
    const registrations: (Partial<VolunteerRegistrationEntity> & { slotIds: string[] })[] = [];
    for (const [index, [name, offers, languages, employer, extra = {}]] of DEMO_VOLUNTEERS.entries()) {
      const registeredAt = new Date(this.daysAgo(28).getTime() + index * 12 * HOUR);
      // From the Bundesnetzagentur's range for films and books, so no demo number rings a real phone.
      const phone = index % 3 === 1 || extra.intake ? `+49 40 66969 ${100 + index}` : null;
      const personId = await this.person(name, 'VOLUNTEER', {
        phone,
        locale: extra.locale,
        noEmail: extra.intake === 'PAPER',
      });
      await this.consent(personId, 'VOLUNTEER_PROFILE', registeredAt, extra.intake);
      profiles.push({
        personId,
        employer,
        skills: skillsOf(offers),
        languages: ['de', ...languages],
        formats: FORMATS[index % FORMATS.length],
        causes: CAUSES[index % CAUSES.length],
        inviteToNextEditions: index % 8 !== 5,
        createdAt: registeredAt,
        updatedAt: registeredAt,
      });
      const registeredById = extra.intake ? this.organizerId : null;
      const slots = NACHTSCHICHT_SLOTS[index % NACHTSCHICHT_SLOTS.length];
      registrations.push({
        eventId: nachtschicht.id,
        personId,
        // Never two challenges in one slot, so only volunteers who come to both rounds take two.
        maxAssignments: slots.length === 2 && index % 3 === 0 ? 2 : 1,
        registeredById,
        createdAt: registeredAt,
        updatedAt: registeredAt,
        slotIds: slots.map((slot) => nachtschicht.slots[slot].id),
      });
      const hackathonSlots = HACKATHON_SLOTS[index % HACKATHON_SLOTS.length].filter(
        (slot) => slot < (hackathon?.slots.length ?? 0),
      );
      // About one in five, and the demo volunteer, also come to the hackathon.
      if (hackathon && (index === 0 || index % 5 === 2) && hackathonSlots.length > 0) {
        const at = new Date(registeredAt.getTime() + DAY);
        registrations.push({
          eventId: hackathon.id,
          personId,
          maxAssignments: 1,
          registeredById,
          createdAt: at,
          updatedAt: at,
          slotIds: hackathonSlots.map((slot) => hackathon.slots[slot].id),
        });
      }
    }
    await this.manager.insert(VolunteerProfileEntity, profiles);
    const { identifiers } = await this.manager.insert(
      VolunteerRegistrationEntity,
      registrations.map(({ slotIds: _slotIds, ...registration }) => registration),
    );
    await this.manager.insert(
      VolunteerRegistrationSlotEntity,
      registrations.flatMap((registration, i) =>
        registration.slotIds.map((slotId) => ({ registrationId: identifiers[i].id as string, slotId })),
      ),
    );
  }

  /** The person with the demo address that belongs to the name (none for a paper form), holding `role`. */
  private async person(
    name: string,
    role: 'NONPROFIT_CONTACT' | 'VOLUNTEER',
    options: { phone?: string | null; locale?: 'en'; noEmail?: boolean } = {},
  ): Promise<string> {
    const id = options.noEmail
      ? ((await this.manager.insert(PersonEntity, { email: null, name })).identifiers[0].id as string)
      : (await ensurePerson(this.manager, { email: demoEmail(name), name, locale: options.locale ?? 'de' })).person.id;
    if (options.phone) await this.manager.update(PersonEntity, { id }, { phone: options.phone });
    await grantRole(this.manager, id, role);
    return id;
  }

  /** One consent per person and purpose; given online unless an organizer took it by phone or on paper. */
  private async consent(personId: string, purpose: ConsentPurpose, givenAt: Date, intake?: 'PHONE' | 'PAPER') {
    if (this.consented.has(`${personId} ${purpose}`)) return;
    this.consented.add(`${personId} ${purpose}`);
    await this.manager.insert(ConsentRecordEntity, {
      personId,
      purpose,
      textVersion: CONSENT_TEXT_VERSION,
      method: intake ?? 'ONLINE',
      recordedById: intake ? this.organizerId : null,
      givenAt,
    });
  }

  private daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY);
  }
}

interface HistoryStep {
  from: ChallengeStatus | null;
  to: ChallengeStatus;
  by: ChallengeActor;
  at: Date;
  message: string | null;
}

/** Created as a draft, then each step by whoever CHALLENGE_TRANSITIONS lets take it. */
function statusHistory(steps: DemoStep[], createdAt: Date): HistoryStep[] {
  const history: HistoryStep[] = [{ from: null, to: 'DRAFT', by: 'NONPROFIT', at: createdAt, message: null }];
  for (const step of steps) {
    const [to, message] = typeof step === 'string' ? [step, null] : step;
    const previous = history[history.length - 1];
    const move = CHALLENGE_TRANSITIONS[previous.to].find((allowed) => allowed.to === to);
    if (!move) throw new Error(`Demo challenge: no transition from ${previous.to} to ${to}`);
    // Nonprofits submit the evening they write; organizers answer a couple of days later, nonprofits the next day.
    const wait = previous.to === 'DRAFT' ? 2 * HOUR : move.by === 'ORGANIZER' ? 2 * DAY : DAY;
    history.push({ from: previous.to, to, by: move.by, at: new Date(previous.at.getTime() + wait), message });
  }
  return history;
}

/** The persona skills at the volunteer's levels (1–4); a skill in two sets keeps the higher level. */
function skillsOf(offers: VolunteerRow[1]): { skill: SkillId; level: SkillLevel }[] {
  const levels = new Map<SkillId, SkillLevel>();
  for (const offer of offers) {
    const [persona, level] = offer.split(':') as [keyof typeof PERSONAS, string];
    for (const [skill, offset] of Object.entries(PERSONAS[persona]) as [SkillId, number][]) {
      const value = Math.min(4, Math.max(1, Number(level) + offset)) as SkillLevel;
      levels.set(skill, Math.max(levels.get(skill) ?? 0, value) as SkillLevel);
    }
  }
  return [...levels].map(([skill, level]) => ({ skill, level }));
}

const WELL_KNOWN: Record<string, string> = {
  [DEMO_NONPROFIT_CONTACT.name]: DEMO_NONPROFIT_CONTACT.email,
  [DEMO_VOLUNTEER.name]: DEMO_VOLUNTEER.email,
};

/** `Fatma Yıldız` → fatma.yildiz@demo.skillshift.local */
export function demoEmail(name: string): string {
  const local = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return WELL_KNOWN[name] ?? `${local}@demo.skillshift.local`;
}
