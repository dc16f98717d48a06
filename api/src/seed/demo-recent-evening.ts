import { FEEDBACK_LIMITS, fromWallClock } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { logger } from '../common/logging/logger';
import { EventEntity } from '../events/event.entity';
import { SlotEntity } from '../events/slot.entity';
import { FeedbackRequestEntity } from '../feedback/feedback-request.entity';
import { NonprofitContactEntity } from '../nonprofits/nonprofit-contact.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { PersonEntity } from '../people/person.entity';
import { ProposalEntity } from '../publication/proposal.entity';
import { VolunteerRegistrationSlotEntity } from '../volunteers/volunteer-registration-slot.entity';
import { VolunteerRegistrationEntity } from '../volunteers/volunteer-registration.entity';
import { acceptedDemoChallenge, completeDemoRun, demoBodyAndOrganizer, publishedDemoRun } from './demo-body';
import { DEMO_NONPROFITS } from './demo-nonprofits';
import { DEMO_VOLUNTEER, demoEmail } from './demo-registrations';

export const DEMO_RECENT = 'Nachtschicht Travemünde';
const DAY = 86_400_000;

/**
 * The evening's two teams (volunteers of DEMO_VOLUNTEERS whose skills fit): the demo volunteer is in the Tafel's.
 * `answered`: who gave their feedback already (the demo accounts have not).
 */
const TEAMS = [
  {
    by: 'tafel',
    title: 'Ausgabetermine per SMS ankündigen',
    problem:
      'Wer bei uns Lebensmittel abholt, erfährt geänderte Ausgabetermine nur über den Aushang an der Tür. Viele ' +
      'kommen dann umsonst, manche mit dem Bus aus Buntekuh.',
    goal: 'Eine Liste der Abholenden, die zugestimmt haben, und ein einfacher Weg, allen eine SMS zu schicken.',
    skills: [
      { skill: 'data.spreadsheets.excel', level: 2, required: true },
      { skill: 'security.gdpr', level: 1, required: false },
    ],
    team: [DEMO_VOLUNTEER.name, 'Malte Hansen'],
    answered: ['Malte Hansen'],
  },
  {
    by: 'senioren',
    title: 'Videosprechstunde mit dem Hausarzt üben',
    problem:
      'Mehrere Gäste unseres Mittagstischs sollen Termine per Video wahrnehmen, trauen sich aber nicht an das Tablet ' +
      'und die App der Praxis.',
    goal: 'Eine bebilderte Anleitung in großer Schrift und zwei Übungsnachmittage, die unsere Ehrenamtlichen leiten.',
    skills: [
      { skill: 'teaching.seniors', level: 2, required: true },
      { skill: 'accessibility.easy-language', level: 1, required: false },
    ],
    team: ['Svenja Möller', 'Jonas Reimers'],
    answered: ['Svenja Möller'],
  },
] as const;

/** Twelve days before `now`, 18:00–22:00 in Lübeck; three weeks earlier again while in the Christmas holidays. */
export function recentEvening(now: Date): { start: Date; end: Date } {
  let day = new Date(now.getTime() - 12 * DAY);
  const holidays = (at: Date) =>
    (at.getUTCMonth() === 11 && at.getUTCDate() >= 21) || (at.getUTCMonth() === 0 && at.getUTCDate() <= 6);
  while (holidays(day)) day = new Date(day.getTime() - 21 * DAY);
  const date = day.toISOString().slice(0, 10);
  const at = (time: string) => fromWallClock(Date.parse(`${date}T${time}:00Z`));
  return { start: at('18:00'), end: at('22:00') };
}

/**
 * A small evening twelve days ago, finished: two served challenges of the demo contact's nonprofits, the demo volunteer
 * in one team, and the feedback requests sent when it was marked finished, partly answered. So the demo shows the
 * after-event steps still open: the demo volunteer and the demo contact find "give feedback" beside their team, the
 * organizer sees an edition whose feedback is coming in.
 */
export async function seedDemoRecentEvening(manager: EntityManager, now: Date): Promise<void> {
  const demo = await demoBodyAndOrganizer(manager);
  const people = new Map<string, string>();
  for (const name of TEAMS.flatMap((team) => team.team)) {
    const person = await manager.findOneBy(PersonEntity, { email: demoEmail(name) });
    if (person) people.set(name, person.id);
  }
  const nonprofits = new Map<string, { id: string; contacts: string[] }>();
  for (const team of TEAMS) {
    const nonprofit =
      demo &&
      (await manager.findOneBy(NonprofitEntity, {
        organizingBodyId: demo.body.id,
        name: DEMO_NONPROFITS[team.by].name,
      }));
    const contacts = nonprofit
      ? await manager.find(NonprofitContactEntity, {
          where: { nonprofitId: nonprofit.id },
          order: { createdAt: 'ASC' },
        })
      : [];
    if (nonprofit && contacts.length > 0)
      nonprofits.set(team.by, { id: nonprofit.id, contacts: contacts.map((contact) => contact.personId) });
  }
  if (!demo || people.size < 4 || nonprofits.size < TEAMS.length) {
    logger.warn('demo recent evening skipped: the demo body, its organizer, nonprofits or volunteers are missing');
    return;
  }
  const { body, organizerId } = demo;

  const { start, end } = recentEvening(now);
  const opened = new Date(start.getTime() - 42 * DAY);
  const event = await manager.save(
    manager.create(EventEntity, {
      name: DEMO_RECENT,
      kind: 'NACHTSCHICHT',
      status: 'DONE',
      description: 'Eine kleine Nachtschicht im Stadtteil: zwei Vereine, vier Ehrenamtliche, ein Abend.',
      city: 'Lübeck',
      venue: 'Gemeindehaus Travemünde, Kirchenstraße 3, 23570 Lübeck',
      online: false,
      languages: ['de'],
      organizingBodyId: body.id,
      nonprofitDeadline: new Date(start.getTime() - 21 * DAY),
      volunteerDeadline: new Date(start.getTime() - 14 * DAY),
      startsAt: start,
      endsAt: end,
    }),
  );
  const slot = await manager.save(
    manager.create(SlotEntity, { eventId: event.id, startsAt: start, endsAt: end, capacity: 3, label: null }),
  );

  const deadline = new Date(start.getTime() - 7 * DAY);
  const publicationId = await publishedDemoRun(manager, {
    eventId: event.id,
    organizerId,
    challenges: TEAMS.length,
    volunteers: people.size,
    served: TEAMS.length,
    ranAt: new Date(start.getTime() - 12 * DAY),
    publishedAt: new Date(start.getTime() - 11 * DAY),
    answerDeadline: deadline,
  });
  const finished = new Date(end.getTime() + 14 * 3_600_000);
  const expiresAt = new Date(finished.getTime() + FEEDBACK_LIMITS.linkDays * DAY);

  for (const [index, team] of TEAMS.entries()) {
    const nonprofit = nonprofits.get(team.by)!;
    const writer = nonprofit.contacts[0];
    const submitted = new Date(opened.getTime() + (3 + index) * DAY);
    const challengeId = await acceptedDemoChallenge(manager, {
      eventId: event.id,
      nonprofitId: nonprofit.id,
      writerId: writer,
      organizerId,
      slotId: slot.id,
      submitted,
      title: team.title,
      problem: team.problem,
      goal: team.goal,
      skills: team.skills.map((skill) => ({ ...skill })),
    });

    for (const name of team.team) {
      const volunteerId = people.get(name)!;
      const registered = new Date(opened.getTime() + (5 + index) * DAY);
      const { identifiers: registration } = await manager.insert(VolunteerRegistrationEntity, {
        eventId: event.id,
        personId: volunteerId,
        maxAssignments: 1,
        createdAt: registered,
        updatedAt: registered,
      });
      await manager.insert(VolunteerRegistrationSlotEntity, {
        registrationId: registration[0].id as string,
        slotId: slot.id,
      });
      await manager.insert(ProposalEntity, {
        publicationId,
        eventId: event.id,
        challengeId,
        volunteerId,
        slotId: slot.id,
        status: 'ACCEPTED',
        answerDeadline: deadline,
        answeredAt: new Date(deadline.getTime() - 2 * DAY),
        nonprofitConfirmedAt: new Date(deadline.getTime() - DAY),
        nonprofitConfirmedById: writer,
        revealedAt: new Date(deadline.getTime() - DAY),
      });
      const answers = (team.answered as readonly string[]).includes(name);
      await manager.insert(FeedbackRequestEntity, {
        eventId: event.id,
        challengeId,
        nonprofitId: nonprofit.id,
        personId: volunteerId,
        role: 'VOLUNTEER',
        sentAt: finished,
        expiresAt,
        answeredAt: answers ? new Date(finished.getTime() + DAY) : null,
        rating: answers ? 5 - index : null,
        solved: answers ? (index === 0 ? 'YES' : 'PARTLY') : null,
        hours: answers ? '4' : null,
        nextSteps: answers && index === 1 ? 'Ein zweiter Übungsnachmittag im neuen Jahr.' : '',
      });
    }
    // every contact of a served nonprofit is asked; none has answered yet
    for (const contact of nonprofit.contacts)
      await manager.insert(FeedbackRequestEntity, {
        eventId: event.id,
        challengeId,
        nonprofitId: nonprofit.id,
        personId: contact,
        role: 'NONPROFIT',
        sentAt: finished,
        expiresAt,
        answeredAt: null,
      });
  }
  await completeDemoRun(manager, publicationId);
}
