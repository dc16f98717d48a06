import { Inject, Injectable } from '@nestjs/common';
import { FOLLOW_UP_STATUSES, toUiLocale, type FollowUpStatus } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, organizingBodiesOf } from '../auth/tenant';
import { conflict, forbidden, invalidInput, notFound, unauthenticated } from '../common/errors/domain-error';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { HelpPointEntity } from '../help-points/help-point.entity';
import { type HelpPoint } from '../help-points/help-point.model';
import { helpPointsOf } from '../help-points/help-points.service';
import { translator } from '../i18n/i18n';
import { OutboxService } from '../notifications/outbox.service';
import { intlLocale } from '../publication/publication-texts';
import { type FollowUpTaskInput } from './dto/follow-up-task.input';
import { FollowUpTaskEntity } from './follow-up-task.entity';
import { type FollowUpOwner, type FollowUpTask, type FollowUpTaskList } from './follow-up.model';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A real calendar day written YYYY-MM-DD (not 2026-02-31). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

interface TaskRow {
  id: string;
  organizing_body_id: string;
  kind: FollowUpTask['kind'];
  status: FollowUpStatus;
  due_date: string;
  notes: string;
  request_note: string;
  help_topic: FollowUpTask['helpTopic'];
  event_id: string;
  event: string;
  nonprofit_id: string;
  nonprofit: string;
  challenge: string | null;
  owner_id: string | null;
  owner: string | null;
  help_point_id: string | null;
  help_point_name: string;
  referral_sent_at: Date | null;
  created_at: Date;
  closed_at: Date | null;
}

const TASK_SELECT = `
  SELECT t.id, t.organizing_body_id, t.kind, t.status, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.notes,
         t.request_note, t.help_topic, t.event_id, e.name AS event, t.nonprofit_id, n.name AS nonprofit,
         c.title AS challenge, t.owner_id, nullif(o.name, '') AS owner, t.help_point_id, t.help_point_name,
         t.referral_sent_at, t.created_at, t.closed_at
    FROM follow_up_task t JOIN event e ON e.id = t.event_id JOIN nonprofit n ON n.id = t.nonprofit_id
    LEFT JOIN challenge c ON c.id = t.challenge_id LEFT JOIN person o ON o.id = t.owner_id`;

/**
 * The follow-up tasks of an organizing body: only its organizers (and platform admins) read and change them. A
 * referral task ends with a mail to the nonprofit's contacts naming the chosen help point, in the same transaction.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(
    person: SignedInPerson | null,
    organizingBodyId: string,
    status?: FollowUpStatus | null,
  ): Promise<FollowUpTaskList> {
    if (!person) throw unauthenticated();
    assertActsForBody(person, organizingBodyId);
    if (!isUuid(organizingBodyId)) throw notFound('entities.organizingBody');
    const manager = this.dataSource.manager;
    const rows = (await manager.query(
      `${TASK_SELECT}
        WHERE t.organizing_body_id = $1 AND ($2::follow_up_status IS NULL OR t.status = $2::follow_up_status)
        ORDER BY CASE t.status WHEN 'DONE' THEN 1 ELSE 0 END, t.due_date, t.created_at, t.id`,
      [organizingBodyId, status ?? null],
    )) as TaskRow[];
    const helpPoints = await helpPointsOf(manager, organizingBodyId);
    return { tasks: rows.map((row) => toTask(row, helpPoints)), owners: await ownersOf(manager, organizingBodyId) };
  }

  update(person: SignedInPerson | null, id: string, input: FollowUpTaskInput, now = new Date()): Promise<FollowUpTask> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.loadForOrganizer(manager, person, id);
      const problems = [];
      if (!isCalendarDay(input.dueDate)) problems.push({ path: 'input.dueDate', messageKey: 'validation.isDate' });
      if (!(FOLLOW_UP_STATUSES as readonly string[]).includes(input.status))
        problems.push({ path: 'input.status', messageKey: 'validation.isIn' });
      if (input.ownerId) {
        const owners = await ownersOf(manager, task.organizingBodyId);
        if (!owners.some((owner) => owner.id === input.ownerId))
          problems.push({ path: 'input.ownerId', messageKey: 'followUps.errors.ownerNotOrganizer' });
      }
      if (problems.length > 0) throw invalidInput(problems);
      await manager.update(
        FollowUpTaskEntity,
        { id },
        {
          status: input.status,
          dueDate: input.dueDate,
          notes: input.notes,
          ownerId: input.ownerId ?? null,
          closedAt: input.status === 'DONE' ? (task.closedAt ?? now) : null,
        },
      );
      return this.reload(manager, id);
    });
  }

  /** Sends the referral mail naming the help point to every reachable contact of the nonprofit, and closes the task. */
  sendReferral(
    person: SignedInPerson | null,
    id: string,
    helpPointId: string,
    now = new Date(),
  ): Promise<FollowUpTask> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.loadForOrganizer(manager, person, id);
      if (task.kind !== 'REFERRAL') throw conflict('followUps.errors.notReferral');
      if (task.referralSentAt) throw conflict('followUps.errors.referralSent');
      const point = isUuid(helpPointId) ? await manager.findOneBy(HelpPointEntity, { id: helpPointId }) : null;
      if (!point || point.organizingBodyId !== task.organizingBodyId)
        throw invalidInput([{ path: 'helpPointId', messageKey: 'followUps.errors.helpPointOfOtherBody' }]);
      const contacts = (await manager.query(
        `SELECT p.email, p.name, p.locale, n.name AS nonprofit, e.name AS event
           FROM nonprofit_contact nc JOIN person p ON p.id = nc.person_id
           JOIN nonprofit n ON n.id = nc.nonprofit_id JOIN event e ON e.id = $2
          WHERE nc.nonprofit_id = $1 AND p.email IS NOT NULL AND p.erased_at IS NULL
          ORDER BY p.id`,
        [task.nonprofitId, task.eventId],
      )) as { email: string; name: string; locale: string; nonprofit: string; event: string }[];
      if (contacts.length === 0) throw conflict('followUps.errors.noContact');
      for (const contact of contacts) {
        const locale = toUiLocale(contact.locale);
        const t = translator(locale);
        const languageNames = new Intl.DisplayNames([intlLocale(locale)], { type: 'language' });
        await this.outbox.enqueue(manager, {
          to: contact.email,
          locale,
          template: 'followUpReferral',
          params: {
            name: contact.name || undefined,
            nonprofit: contact.nonprofit,
            event: contact.event,
            helpPoint: point.name,
            address: [point.street, [point.postalCode, point.city].filter(Boolean).join(' ')]
              .filter(Boolean)
              .join(', '),
            openingHours: point.openingHours,
            // Names in the reader's language ("Deutsch, Türkisch"), not codes ("DE, TR").
            languages: point.languages.map((code) => languageNames.of(code) ?? code).join(', '),
            // Semicolons: a topic's name may hold commas itself ("Smartphone, Tablet und Computer").
            topics: point.topics.map((topic) => t(`feedback.topics.${topic}`)).join('; '),
            website: point.website,
            description: point.description,
          },
        });
      }
      await manager.update(
        FollowUpTaskEntity,
        { id },
        {
          helpPointId: point.id,
          helpPointName: point.name,
          referralSentAt: now,
          status: 'DONE',
          closedAt: task.closedAt ?? now,
        },
      );
      return this.reload(manager, id);
    });
  }

  /** The task, locked, if the caller organizes its body; people who organize nothing learn nothing. */
  private async loadForOrganizer(
    manager: EntityManager,
    person: SignedInPerson | null,
    id: string,
  ): Promise<FollowUpTaskEntity> {
    if (!person) throw unauthenticated();
    const bodies = organizingBodiesOf(person);
    if (bodies !== 'all' && bodies.length === 0) throw forbidden();
    const task = isUuid(id)
      ? await manager.findOne(FollowUpTaskEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!task) throw notFound('followUps.entity');
    assertActsForBody(person, task.organizingBodyId);
    return task;
  }

  private async reload(manager: EntityManager, id: string): Promise<FollowUpTask> {
    const [row] = (await manager.query(`${TASK_SELECT} WHERE t.id = $1`, [id])) as TaskRow[];
    return toTask(row, await helpPointsOf(manager, row.organizing_body_id));
  }
}

async function ownersOf(manager: EntityManager, organizingBodyId: string): Promise<FollowUpOwner[]> {
  return (await manager.query(
    `SELECT DISTINCT p.id, coalesce(nullif(p.name, ''), p.email) AS name
       FROM role_assignment r JOIN person p ON p.id = r.person_id
      WHERE r.role = 'ORGANIZER' AND r.organizing_body_id = $1 AND p.erased_at IS NULL
      ORDER BY 2, 1`,
    [organizingBodyId],
  )) as FollowUpOwner[];
}

function toTask(row: TaskRow, helpPoints: HelpPoint[]): FollowUpTask {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    dueDate: row.due_date,
    notes: row.notes,
    requestNote: row.request_note,
    helpTopic: row.help_topic,
    eventId: row.event_id,
    eventName: row.event,
    nonprofitId: row.nonprofit_id,
    nonprofitName: row.nonprofit,
    challengeTitle: row.challenge,
    ownerId: row.owner_id,
    ownerName: row.owner,
    helpPointId: row.help_point_id,
    helpPointName: row.help_point_name,
    referralSentAt: row.referral_sent_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    suggestedHelpPoints:
      row.kind === 'REFERRAL'
        ? row.help_topic
          ? helpPoints.filter((point) => point.topics.includes(row.help_topic!))
          : helpPoints
        : [],
  };
}
