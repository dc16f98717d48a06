import {
  type FollowUpKind,
  type FollowUpStatus,
  type HelpTopic,
  type OutcomeAnswer,
  type SkillId,
  type SkillLevel,
} from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { logger } from '../common/logging/logger';
import { EventEntity } from '../events/event.entity';
import { SlotEntity } from '../events/slot.entity';
import { FeedbackRequestEntity } from '../feedback/feedback-request.entity';
import { StillInUseCheckEntity } from '../feedback/still-in-use-check.entity';
import { FollowUpTaskEntity } from '../follow-ups/follow-up-task.entity';
import { HelpPointEntity } from '../help-points/help-point.entity';
import { ImpactSettingEntity } from '../impact/impact-setting.entity';
import { NonprofitContactEntity } from '../nonprofits/nonprofit-contact.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { PersonEntity } from '../people/person.entity';
import { ProposalEntity } from '../publication/proposal.entity';
import { VolunteerRegistrationSlotEntity } from '../volunteers/volunteer-registration-slot.entity';
import { VolunteerRegistrationEntity } from '../volunteers/volunteer-registration.entity';
import { acceptedDemoChallenge, completeDemoRun, demoBodyAndOrganizer, publishedDemoRun } from './demo-body';
import { DEMO_NONPROFITS } from './demo-nonprofits';
import { DEMO_VOLUNTEERS, demoEmail } from './demo-registrations';

export const DEMO_LAST_YEAR = 'Nachtschicht Lübeck (Vorjahr)';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a challenge of last year asked for: what hurt, what should work afterwards, and the skills needed. */
interface Brief {
  problem: string;
  goal: string;
  /** skill, minimum level, required */
  skills: [SkillId, SkillLevel, boolean][];
}

/**
 * Last year's challenges: which nonprofit, the title, what it asked for, the slot (0 or 1), how many volunteers by
 * their index in DEMO_VOLUNTEERS, what the nonprofit answered (rating, solved, hours) and, three months on, whether it
 * is still in use.
 */
const LAST_YEAR: {
  by: keyof typeof DEMO_NONPROFITS;
  title: string;
  brief: Brief;
  slot: 0 | 1;
  team: number[];
  solved: OutcomeAnswer;
  stillInUse: OutcomeAnswer | null;
}[] = [
  {
    by: 'tafel',
    title: 'Ausgabeliste als gemeinsame Tabelle',
    brief: {
      problem:
        'Die Ausgabeliste liegt als Excel-Datei auf einem Rechner; wer Dienst hat, weiß nicht, wer schon abgeholt hat.',
      goal: 'Eine gemeinsame Tabelle, die alle Ehrenamtlichen am Ausgabetag auf dem Handy sehen und abhaken können.',
      skills: [
        ['data.spreadsheets.google-sheets', 2, true],
        ['security.gdpr', 1, false],
      ],
    },
    slot: 0,
    team: [0, 5, 9],
    solved: 'YES',
    stillInUse: 'YES',
  },
  {
    by: 'senioren',
    title: 'Videotreffen für den Seniorentreff',
    brief: {
      problem: 'Viele Mitglieder können nicht mehr zu jedem Treffen kommen und sind dann wochenlang außen vor.',
      goal: 'Ein Videotreffen, in das sich alle mit einem Klick vom Tablet einwählen, und eine Anleitung in großer Schrift.',
      skills: [
        ['office.m365.teams', 2, true],
        ['teaching.seniors', 2, true],
      ],
    },
    slot: 0,
    team: [2, 11],
    solved: 'YES',
    stillInUse: 'YES',
  },
  {
    by: 'tsv',
    title: 'Mitgliederverwaltung statt Karteikarten',
    brief: {
      problem:
        'Beiträge, Adressen und Lastschriften stehen auf Karteikarten und in drei Listen, die nie zusammenpassen.',
      goal: 'Eine Mitgliederverwaltung, in der der Vorstand Beiträge einzieht und Listen für Übungsleiter zieht.',
      skills: [
        ['crm.members', 2, true],
        ['data.cleaning', 2, true],
        ['security.gdpr', 2, false],
      ],
    },
    slot: 1,
    team: [5, 12, 14],
    solved: 'PARTLY',
    stillInUse: 'PARTLY',
  },
  {
    by: 'bruecke',
    title: 'Mehrsprachige Terminbuchung',
    brief: {
      problem: 'Termine für die Beratung werden am Telefon vergeben, oft ohne gemeinsame Sprache.',
      goal: 'Eine Terminbuchung auf der Website auf Deutsch, Türkisch, Arabisch und Englisch, mit Erinnerung per E-Mail.',
      skills: [
        ['web.cms.wordpress', 2, true],
        ['process.forms', 2, true],
        ['ai.translation', 1, false],
      ],
    },
    slot: 0,
    team: [7, 13],
    solved: 'YES',
    stillInUse: 'YES',
  },
  {
    by: 'jugendclub',
    title: 'Instagram-Redaktionsplan',
    brief: {
      problem: 'Der Instagram-Kanal schläft immer wieder ein, weil keiner weiß, wer wann was postet.',
      goal: 'Ein Redaktionsplan für drei Monate, Vorlagen in Canva und klare Zuständigkeiten im Team der Jugendlichen.',
      skills: [
        ['social.instagram', 2, true],
        ['social.content-planning', 2, true],
        ['design.canva', 1, false],
      ],
    },
    slot: 1,
    team: [3, 16],
    solved: 'YES',
    stillInUse: 'NO',
  },
  {
    by: 'chor',
    title: 'Notenarchiv in der Cloud',
    brief: {
      problem: 'Die Noten liegen in Ordnern bei der Chorleiterin; wer probt, hat oft die falsche Fassung.',
      goal: 'Ein Notenarchiv in der Cloud, in dem jede Stimme ihre aktuelle Fassung findet, auch auf dem Handy.',
      skills: [
        ['office.nextcloud', 2, true],
        ['security.backups', 1, false],
      ],
    },
    slot: 1,
    team: [1, 18],
    solved: 'PARTLY',
    stillInUse: 'YES',
  },
  {
    by: 'blinden',
    title: 'Barrierefreie Vereinswebsite prüfen',
    brief: {
      problem:
        'Mitglieder mit Screenreader können die Website des Vereins kaum benutzen, und niemand weiß, woran es liegt.',
      goal: 'Ein Prüfbericht mit den wichtigsten Mängeln und die ersten behobenen Seiten.',
      skills: [
        ['accessibility.web.audit', 3, true],
        ['web.cms.wordpress', 2, true],
      ],
    },
    slot: 0,
    team: [1, 4, 20],
    solved: 'YES',
    stillInUse: 'YES',
  },
  {
    by: 'repair',
    title: 'Reparaturtermine online vergeben',
    brief: {
      problem: 'Vor jedem Repair-Café stehen Menschen eine Stunde Schlange, und manche gehen unverrichteter Dinge.',
      goal: 'Eine Online-Vergabe von Zeitfenstern mit Angabe des Geräts, damit die passenden Reparierenden da sind.',
      skills: [
        ['process.forms', 2, true],
        ['process.events', 2, true],
      ],
    },
    slot: 1,
    team: [6, 22],
    solved: 'NO',
    stillInUse: null,
  },
  {
    by: 'lesepaten',
    title: 'Datenschutz für die Lesepaten-Kartei',
    brief: {
      problem: 'Die Kartei mit Kindern, Eltern und Lesepaten liegt ungeschützt in einer geteilten Tabelle.',
      goal: 'Ein Verzeichnis der Verarbeitungen, geklärte Einwilligungen und eine Kartei, die nur die Koordinatorin ganz sieht.',
      skills: [
        ['security.gdpr', 3, true],
        ['security.gdpr.records', 2, true],
      ],
    },
    slot: 0,
    team: [8, 10],
    solved: 'YES',
    stillInUse: 'YES',
  },
  {
    by: 'gemeinschaftshaus',
    title: 'Raumbuchung ohne Zettelwirtschaft',
    brief: {
      problem: 'Die Räume werden auf einem Zettel an der Tür gebucht; Doppelbuchungen gibt es jede Woche.',
      goal: 'Ein gemeinsamer Kalender, in dem Gruppen freie Räume sehen und selbst buchen.',
      skills: [
        ['office.google-workspace', 2, true],
        ['process.events', 1, false],
      ],
    },
    slot: 1,
    team: [15, 17, 19],
    solved: 'PARTLY',
    stillInUse: null,
  },
];
/** Accepted last year but not served: no team could be formed for them. */
const LAST_YEAR_UNSERVED: { by: keyof typeof DEMO_NONPROFITS; title: string; brief: Brief }[] = [
  {
    by: 'katzen',
    title: 'Spendenformular auf der Website',
    brief: {
      problem: 'Spenden kommen nur per Überweisung, die Zuwendungsbestätigungen schreiben wir von Hand.',
      goal: 'Ein Spendenformular auf der Website mit Lastschrift und automatischer Bestätigung.',
      skills: [
        ['fundraising.donation-forms', 3, true],
        ['fundraising.receipts', 2, true],
      ],
    },
  },
  {
    by: 'ostsee',
    title: 'Helferliste für Strandaktionen',
    brief: {
      problem: 'Für die Strandreinigungen melden sich Helfende per WhatsApp; am Tag weiß keiner, wer kommt.',
      goal: 'Eine Anmeldeliste mit Treffpunkt und Erinnerung, die das Orga-Team auswerten kann.',
      skills: [
        ['process.forms', 2, true],
        ['accessibility.easy-language', 3, true],
      ],
    },
  },
];
/** The follow-ups the nonprofits asked for, in every state. */
const FOLLOW_UPS: {
  by: keyof typeof DEMO_NONPROFITS;
  kind: FollowUpKind;
  status: FollowUpStatus;
  topic?: HelpTopic;
  note: string;
}[] = [
  {
    by: 'senioren',
    kind: 'REFERRAL',
    status: 'OPEN',
    topic: 'DEVICES',
    note: 'Mehrere Mitglieder brauchen Hilfe mit Tablets.',
  },
  {
    by: 'tsv',
    kind: 'MENTORSHIP',
    status: 'IN_PROGRESS',
    note: 'Wir möchten die Mitgliederverwaltung mit Begleitung fertigstellen.',
  },
  { by: 'repair', kind: 'NEXT_EDITION_SESSION', status: 'OPEN', note: 'Die Terminvergabe ist noch nicht fertig.' },
  {
    by: 'blinden',
    kind: 'REFERRAL',
    status: 'DONE',
    topic: 'ACCESSIBILITY',
    note: 'Schulung für Screenreader gesucht.',
  },
  {
    by: 'gemeinschaftshaus',
    kind: 'NEXT_EDITION_SESSION',
    status: 'DONE',
    note: 'Raumbuchung beim nächsten Mal fertigstellen.',
  },
];
const HELP_POINTS: Partial<HelpPointEntity>[] = [
  {
    name: 'Digitalcafé in der Stadtbibliothek',
    street: 'Hundestraße 5–17',
    postalCode: '23552',
    district: 'Innenstadt',
    openingHours: 'Di und Do 14–17 Uhr',
    languages: ['de', 'en'],
    topics: ['DEVICES', 'INTERNET_BASICS', 'ONLINE_SERVICES'],
    website: 'https://www.stadtbibliothek.luebeck.de',
    description: 'Ehrenamtliche helfen bei Smartphone, Tablet und Online-Formularen.',
  },
  {
    name: 'Seniorenbüro St. Lorenz',
    street: 'Schwartauer Allee 10',
    postalCode: '23554',
    district: 'St. Lorenz Nord',
    openingHours: 'Mo–Mi 9–12 Uhr',
    languages: ['de', 'tr'],
    topics: ['DEVICES', 'COMMUNICATION', 'SAFETY_PRIVACY'],
    website: null,
    description: 'Sprechstunde „Sicher im Netz“ für ältere Menschen.',
  },
  {
    name: 'Kompetenzzentrum Barrierefreiheit',
    street: 'Mengstraße 16',
    postalCode: '23552',
    district: 'Innenstadt',
    openingHours: 'Nach Vereinbarung',
    languages: ['de', 'en'],
    topics: ['ACCESSIBILITY', 'WEBSITE_SOCIAL_MEDIA', 'OFFICE_SOFTWARE'],
    website: null,
    description: 'Berät Vereine zu barrierefreien Websites und Dokumenten.',
  },
];

/**
 * Gives last year's DONE Nachtschicht its history, so the impact page shows two editions on a fresh start: served and
 * unserved challenges, a published run with accepted places, feedback answers from volunteers and nonprofits,
 * follow-up tasks in every state, answers to the three-month question, help points and an hourly rate. Deterministic:
 * everything follows from the tables above and the event's own dates.
 */
export async function seedDemoAfterEvent(manager: EntityManager): Promise<void> {
  const demo = await demoBodyAndOrganizer(manager);
  const event =
    demo && (await manager.findOneBy(EventEntity, { name: DEMO_LAST_YEAR, organizingBodyId: demo.body.id }));
  const slots = event
    ? await manager.find(SlotEntity, { where: { eventId: event.id }, order: { startsAt: 'ASC' } })
    : [];
  if (!demo || !event || slots.length < 2) {
    logger.warn('demo history skipped: the demo body, its organizer or last year’s Nachtschicht is missing');
    return;
  }
  const { body, organizerId } = demo;
  const nonprofits = new Map<string, { id: string; contactId: string }>();
  for (const [key, demo] of Object.entries(DEMO_NONPROFITS)) {
    const nonprofit = await manager.findOneBy(NonprofitEntity, { organizingBodyId: body.id, name: demo.name });
    const contact =
      nonprofit &&
      (await manager.findOne(NonprofitContactEntity, {
        where: { nonprofitId: nonprofit.id },
        order: { createdAt: 'ASC' },
      }));
    if (nonprofit && contact) nonprofits.set(key, { id: nonprofit.id, contactId: contact.personId });
  }
  const volunteers: string[] = [];
  for (const [name] of DEMO_VOLUNTEERS) {
    const person = await manager.findOneBy(PersonEntity, { email: demoEmail(name) });
    if (person) volunteers.push(person.id);
  }
  const needed = Math.max(...LAST_YEAR.flatMap((challenge) => challenge.team)) + 2;
  if (nonprofits.size < Object.keys(DEMO_NONPROFITS).length || volunteers.length < needed) {
    logger.warn('demo history skipped: the demo nonprofits or volunteers are missing');
    return;
  }

  const answered = new Date(event.endsAt.getTime() + 5 * DAY);
  const submitted = new Date(event.startsAt.getTime() - 30 * DAY);
  await registerLastYear(manager, event.id, slots, volunteers.slice(0, needed), submitted);
  const challengeIds = new Map<string, string>();
  for (const challenge of [...LAST_YEAR, ...LAST_YEAR_UNSERVED]) {
    const nonprofit = nonprofits.get(challenge.by)!;
    const slot = slots[LAST_YEAR.find((served) => served.title === challenge.title)?.slot ?? 0];
    const challengeId = await acceptedDemoChallenge(manager, {
      eventId: event.id,
      nonprofitId: nonprofit.id,
      writerId: nonprofit.contactId,
      organizerId,
      slotId: slot.id,
      submitted,
      title: challenge.title,
      problem: challenge.brief.problem,
      goal: challenge.brief.goal,
      skills: challenge.brief.skills.map(([skill, level, required]) => ({ skill, level, required })),
    });
    challengeIds.set(challenge.title, challengeId);
  }

  const deadline = new Date(event.startsAt.getTime() - 7 * DAY);
  const publicationId = await publishedDemoRun(manager, {
    eventId: event.id,
    organizerId,
    challenges: LAST_YEAR.length + LAST_YEAR_UNSERVED.length,
    volunteers: needed,
    served: LAST_YEAR.length,
    ranAt: new Date(event.startsAt.getTime() - 14 * DAY),
    publishedAt: new Date(event.startsAt.getTime() - 13 * DAY),
    answerDeadline: deadline,
  });

  for (const [index, challenge] of LAST_YEAR.entries()) {
    const challengeId = challengeIds.get(challenge.title)!;
    const nonprofit = nonprofits.get(challenge.by)!;
    const slot = slots[challenge.slot];
    for (const [position, volunteerIndex] of challenge.team.entries()) {
      const volunteerId = volunteers[volunteerIndex];
      await manager.insert(ProposalEntity, {
        publicationId,
        eventId: event.id,
        challengeId,
        volunteerId,
        slotId: slot.id,
        status: 'ACCEPTED',
        answerDeadline: deadline,
        answeredAt: new Date(deadline.getTime() - 3 * DAY),
        nonprofitConfirmedAt: new Date(deadline.getTime() - 2 * DAY),
        nonprofitConfirmedById: nonprofit.contactId,
        revealedAt: new Date(deadline.getTime() - 2 * DAY),
      });
      // Most volunteers answered; every fourth did not. Ratings and hours vary with the position in the team.
      const answers = (index + position) % 4 !== 3;
      await manager.insert(FeedbackRequestEntity, {
        eventId: event.id,
        challengeId,
        nonprofitId: nonprofit.id,
        personId: volunteerId,
        role: 'VOLUNTEER',
        sentAt: event.endsAt,
        expiresAt: new Date(event.endsAt.getTime() + 60 * DAY),
        answeredAt: answers ? answered : null,
        rating: answers ? 3 + ((index + position) % 3) : null,
        solved: answers ? (position === 0 ? challenge.solved : challenge.solved === 'NO' ? 'NO' : 'YES') : null,
        hours: answers ? String(3 + ((index * 3 + position) % 4) * 0.5) : null,
        nextSteps: answers && position === 0 ? 'Eine kurze Schulung für das Team des Vereins.' : '',
      });
    }
    // One volunteer of the first team declined; the place was not refilled.
    if (index === 0)
      await manager.insert(ProposalEntity, {
        publicationId,
        eventId: event.id,
        challengeId,
        volunteerId: volunteers[needed - 1],
        slotId: slot.id,
        status: 'DECLINED',
        answerDeadline: deadline,
        answeredAt: new Date(deadline.getTime() - 4 * DAY),
      });
    const feedback = await manager.insert(FeedbackRequestEntity, {
      eventId: event.id,
      challengeId,
      nonprofitId: nonprofit.id,
      personId: nonprofit.contactId,
      role: 'NONPROFIT',
      sentAt: event.endsAt,
      expiresAt: new Date(event.endsAt.getTime() + 60 * DAY),
      answeredAt: answered,
      rating: challenge.solved === 'NO' ? 3 : challenge.solved === 'PARTLY' ? 4 : 5,
      solved: challenge.solved,
      hours: '4',
      nextSteps: challenge.solved === 'YES' ? '' : 'Wir würden gern weitermachen.',
    });
    const followUp = FOLLOW_UPS.find((candidate) => candidate.by === challenge.by);
    if (followUp) {
      const helpPointName = followUp.status === 'DONE' && followUp.topic ? HELP_POINTS[2].name! : '';
      await manager.insert(FollowUpTaskEntity, {
        organizingBodyId: body.id,
        eventId: event.id,
        nonprofitId: nonprofit.id,
        challengeId,
        feedbackRequestId: feedback.identifiers[0].id as string,
        kind: followUp.kind,
        status: followUp.status,
        helpTopic: followUp.topic ?? null,
        helpPointName,
        referralSentAt: helpPointName ? new Date(answered.getTime() + 3 * DAY) : null,
        requestNote: followUp.note,
        requestedById: nonprofit.contactId,
        ownerId: organizerId,
        dueDate: new Date(answered.getTime() + 14 * DAY).toISOString().slice(0, 10),
        notes: followUp.status === 'OPEN' ? '' : 'Mit dem Verein telefoniert.',
        closedAt: followUp.status === 'DONE' ? new Date(answered.getTime() + 10 * DAY) : null,
      });
    }
    const asked = new Date(event.endsAt.getTime() + 92 * DAY);
    await manager.insert(StillInUseCheckEntity, {
      eventId: event.id,
      challengeId,
      nonprofitId: nonprofit.id,
      personId: nonprofit.contactId,
      sentAt: asked,
      expiresAt: new Date(asked.getTime() + 45 * DAY),
      answeredAt: challenge.stillInUse ? new Date(asked.getTime() + 2 * DAY) : null,
      answer: challenge.stillInUse,
    });
  }

  await completeDemoRun(manager, publicationId);

  if ((await manager.countBy(HelpPointEntity, { organizingBodyId: body.id })) === 0)
    await manager.insert(
      HelpPointEntity,
      HELP_POINTS.map((point) => ({ ...point, organizingBodyId: body.id, city: 'Lübeck' })),
    );
  const referred = await manager.findOneBy(HelpPointEntity, { organizingBodyId: body.id, name: HELP_POINTS[2].name });
  if (referred)
    await manager.update(
      FollowUpTaskEntity,
      { organizingBodyId: body.id, helpPointName: referred.name },
      { helpPointId: referred.id },
    );
  await manager.upsert(ImpactSettingEntity, { organizingBodyId: body.id, hourlyRate: '40' }, ['organizingBodyId']);
}

/**
 * Last year's registrations, so the edition's volunteer list and export name the people its impact counts: each
 * volunteer of a team (and the one who declined) came to the slots they were proposed for, as many challenges as that.
 */
async function registerLastYear(
  manager: EntityManager,
  eventId: string,
  slots: SlotEntity[],
  volunteers: string[],
  opened: Date,
): Promise<void> {
  const slotsOf = volunteers.map((_, index) => [
    ...new Set(LAST_YEAR.filter((challenge) => challenge.team.includes(index)).map((challenge) => challenge.slot)),
  ]);
  // the one who declined (the last) had been proposed in the first team's slot
  slotsOf[volunteers.length - 1] = [LAST_YEAR[0].slot];
  const { identifiers } = await manager.insert(
    VolunteerRegistrationEntity,
    volunteers.map((personId, index) => {
      const at = new Date(opened.getTime() + (index % 10) * DAY);
      return {
        eventId,
        personId,
        maxAssignments: Math.max(1, slotsOf[index].length),
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
  await manager.insert(
    VolunteerRegistrationSlotEntity,
    identifiers.flatMap(({ id }, index) =>
      (slotsOf[index].length > 0 ? slotsOf[index] : [0, 1]).map((slot) => ({
        registrationId: id as string,
        slotId: slots[slot].id,
      })),
    ),
  );
}
