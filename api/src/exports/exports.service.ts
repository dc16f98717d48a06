import { Injectable } from '@nestjs/common';
import { CHALLENGE_STATUSES, type CauseArea, type ChallengeStatus, type UiLocale } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { type SignedInPerson } from '../auth/signed-in-person';
import { invalidInput } from '../common/errors/domain-error';
import { translator } from '../i18n/i18n';
import { levelName, skillName } from '../matching/matching-texts';
import {
  VOLUNTEER_REGISTRATION_STATUSES,
  type VolunteerRegistrationStatus,
} from '../volunteers/volunteer-registration.entity';
import { csvDateTime, type CsvColumn, toCsv } from './csv';
import { bodyForExport, eventForExport, fileSlug } from './export-access';
import { type FeatureCollection, nonprofitsFeatureCollection } from './geojson';
import { fileDate } from './http-download';

/** A skill level as the skill picker names it: its number and its name ("2 – Gute Kenntnisse"). */
const levelText = (level: number, locale: UiLocale): string => {
  const name = levelName(level, locale);
  return name === String(level) ? name : `${level} – ${name}`;
};

/** A file for the browser to save. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string;
}

export type ExportKind = 'NONPROFITS_GEOJSON' | 'CHALLENGES_CSV' | 'VOLUNTEERS_CSV' | 'FEEDBACK_CSV' | 'IMPACT_CSV';

/** Every export is an audit entry in the body, in the transaction that read the data: what, how many rows, filter. */
export async function audit(
  manager: EntityManager,
  person: SignedInPerson,
  organizingBodyId: string,
  eventId: string | null,
  kind: ExportKind,
  rows: number,
  filter: string | null,
): Promise<void> {
  await recordAudit(manager, {
    organizingBodyId,
    eventId,
    actor: person,
    action: 'DATA_EXPORTED',
    subjectType: eventId ? 'EVENT' : 'ORGANIZING_BODY',
    subjectId: eventId ?? organizingBodyId,
    details: { kind, rows, filter },
  });
}

interface ChallengeRow {
  id: string;
  title: string;
  status: ChallengeStatus;
  priority: number;
  skills: { skill: string; level: number; required: boolean }[];
  team_min: number;
  team_max: number;
  format: string;
  submitted_at: Date | null;
  nonprofit: string;
  district: string;
  /** From feedback (impact-figures.ts): 0 not solved, 1 partly, 2 solved; null without an answer. */
  outcome: number | null;
  feedback_answers: number;
  average_rating: number | null;
  volunteer_hours: string | null;
  still_in_use: string[];
}

interface VolunteerRow {
  id: string;
  status: VolunteerRegistrationStatus;
  max_assignments: number;
  created_at: Date;
  assisted: boolean;
  name: string;
  email: string | null;
  phone: string | null;
  erased: boolean;
  skills: { skill: string; level: number }[] | null;
  languages: string[] | null;
  slots: SlotRef[];
  assignments: (SlotRef & { challenge: string })[];
}

/** A slot as a volunteer chose it (JSON from the query, so its start is a string): its label, else when it starts. */
interface SlotRef {
  label: string | null;
  startsAt: string;
}
const slotText = (slot: SlotRef, locale: UiLocale) => slot.label ?? csvDateTime(new Date(slot.startsAt), locale);

/** A challenge's outcome from feedback as impact-figures.ts ranks it: the nonprofit's word first, the most cautious. */
const OUTCOME_RANK = `CASE x.solved WHEN 'NO' THEN 0 WHEN 'PARTLY' THEN 1 WHEN 'YES' THEN 2 END`;
const OUTCOME_BY_RANK = ['NO', 'PARTLY', 'YES'] as const;

/**
 * Files for the city and the organizers: the body's nonprofits on a map (GeoJSON) and an event's challenges and
 * volunteers (CSV). Only organizers of the body (and platform admins) get them; the controller writes each export to
 * the audit log.
 */
@Injectable()
export class ExportsService {
  constructor(private readonly dataSource: DataSource) {}

  nonprofitsGeoJson(person: SignedInPerson | null, organizingBodyId: string, now = new Date()): Promise<ExportFile> {
    return this.dataSource.transaction(async (manager) => {
      const body = await bodyForExport(manager, person, organizingBodyId);
      const rows = (await manager.query(
        `SELECT id, name, causes::text[] AS causes, district, latitude, longitude
         FROM nonprofit
        WHERE organizing_body_id = $1 AND publish_on_map AND latitude IS NOT NULL AND longitude IS NOT NULL
        ORDER BY name_key, id`,
        [body.id],
      )) as { id: string; name: string; causes: CauseArea[]; district: string; latitude: number; longitude: number }[];
      const collection: FeatureCollection = nonprofitsFeatureCollection(rows);
      await audit(manager, person!, body.id, null, 'NONPROFITS_GEOJSON', collection.features.length, null);
      return {
        fileName: `nonprofits-${fileSlug(body.name)}-${fileDate(now)}.geojson`,
        contentType: 'application/geo+json; charset=utf-8',
        body: JSON.stringify(collection),
      };
    });
  }

  challengesCsv(
    person: SignedInPerson | null,
    eventId: string,
    status: string | undefined,
    locale: UiLocale,
    now = new Date(),
  ): Promise<ExportFile> {
    if (status !== undefined && !(CHALLENGE_STATUSES as readonly string[]).includes(status))
      throw invalidInput([{ path: 'status', messageKey: 'validation.isIn' }]);
    return this.dataSource.transaction(async (manager) => {
      const event = await eventForExport(manager, person, eventId);
      const rows = (await manager.query(
        `SELECT c.id, c.title, c.status, c.priority, c.skills, c.team_min, c.team_max, c.format, c.submitted_at,
              n.name AS nonprofit, n.district, f.outcome, coalesce(f.answers, 0) AS feedback_answers,
              f.rating AS average_rating, f.hours AS volunteer_hours,
              coalesce((SELECT array_agg(s.answer::text ORDER BY s.answered_at) FROM still_in_use_check s
                         WHERE s.challenge_id = c.id AND s.answered_at IS NOT NULL), '{}') AS still_in_use
         FROM challenge c JOIN nonprofit n ON n.id = c.nonprofit_id
         LEFT JOIN LATERAL (
           SELECT coalesce(min(${OUTCOME_RANK}) FILTER (WHERE x.role = 'NONPROFIT'),
                           min(${OUTCOME_RANK}) FILTER (WHERE x.role = 'VOLUNTEER')) AS outcome,
                  count(*)::int AS answers, round(avg(x.rating), 2)::float AS rating,
                  sum(x.hours) FILTER (WHERE x.role = 'VOLUNTEER') AS hours
             FROM feedback_request x WHERE x.challenge_id = c.id AND x.answered_at IS NOT NULL
         ) f ON true
        WHERE c.event_id = $1 AND ($2::challenge_status IS NULL OR c.status = $2::challenge_status)
        ORDER BY c.priority DESC, n.name_key, c.title, c.id`,
        [event.id, status ?? null],
      )) as ChallengeRow[];
      const t = translator(locale);
      const columns: CsvColumn<ChallengeRow>[] = [
        { header: t('exports.columns.challengeId'), value: (row) => row.id },
        { header: t('exports.columns.title'), value: (row) => row.title },
        { header: t('exports.columns.status'), value: (row) => t(`challenges.statuses.${row.status}`) },
        { header: t('exports.columns.priority'), value: (row) => row.priority },
        { header: t('exports.columns.nonprofit'), value: (row) => row.nonprofit },
        { header: t('exports.columns.district'), value: (row) => row.district },
        {
          header: t('exports.columns.skills'),
          value: (row) =>
            row.skills
              .map((need) => {
                const label = skillName(need.skill, locale);
                const level = levelText(need.level, locale);
                return need.required
                  ? t('exports.skillRequired', { skill: label, level })
                  : t('exports.skillWished', { skill: label, level });
              })
              .join('; '),
        },
        { header: t('exports.columns.teamMin'), value: (row) => row.team_min },
        { header: t('exports.columns.teamMax'), value: (row) => row.team_max },
        { header: t('exports.columns.format'), value: (row) => t(`matching.formats.${row.format.toLowerCase()}`) },
        {
          header: t('exports.columns.submittedAt'),
          value: (row) => row.submitted_at,
        },
        {
          header: t('impact.csv.columns.outcome'),
          value: (row) => (row.outcome === null ? null : t(`feedback.answers.${OUTCOME_BY_RANK[row.outcome]}`)),
        },
        { header: t('impact.csv.columns.feedbackAnswers'), value: (row) => row.feedback_answers },
        { header: t('impact.csv.columns.averageRating'), value: (row) => row.average_rating },
        { header: t('impact.csv.columns.volunteerHours'), value: (row) => Number(row.volunteer_hours ?? 0) },
        {
          header: t('impact.csv.columns.stillInUse'),
          value: (row) => row.still_in_use.map((answer) => t(`feedback.answers.${answer}`)).join('; '),
        },
      ];
      await audit(manager, person!, event.organizingBodyId, event.id, 'CHALLENGES_CSV', rows.length, status ?? null);
      return {
        fileName: `challenges-${fileSlug(event.name)}-${fileDate(now)}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: toCsv(columns, rows, locale),
      };
    });
  }

  /** Volunteers with their registration and their assignments (accepted places: challenge and slot). */
  volunteersCsv(
    person: SignedInPerson | null,
    eventId: string,
    status: string | undefined,
    locale: UiLocale,
    now = new Date(),
  ): Promise<ExportFile> {
    if (status !== undefined && !(VOLUNTEER_REGISTRATION_STATUSES as readonly string[]).includes(status))
      throw invalidInput([{ path: 'status', messageKey: 'validation.isIn' }]);
    return this.dataSource.transaction(async (manager) => {
      const event = await eventForExport(manager, person, eventId);
      const rows = (await manager.query(
        `SELECT r.id, r.status, r.max_assignments, r.created_at, r.registered_by_id IS NOT NULL AS assisted,
              p.name, p.email, p.phone, p.erased_at IS NOT NULL AS erased, vp.skills, vp.languages,
              coalesce(json_agg(json_build_object('label', s.label, 'startsAt', s.starts_at) ORDER BY s.starts_at)
                         FILTER (WHERE s.id IS NOT NULL), '[]') AS slots,
              coalesce((SELECT json_agg(json_build_object('challenge', c.title, 'label', ps.label,
                                                          'startsAt', ps.starts_at) ORDER BY ps.starts_at, c.title)
                          FROM proposal p JOIN challenge c ON c.id = p.challenge_id JOIN slot ps ON ps.id = p.slot_id
                         WHERE p.event_id = r.event_id AND p.volunteer_id = r.person_id AND p.status = 'ACCEPTED'),
                       '[]') AS assignments
         FROM volunteer_registration r
         JOIN person p ON p.id = r.person_id
         LEFT JOIN volunteer_profile vp ON vp.person_id = r.person_id
         LEFT JOIN volunteer_registration_slot rs ON rs.registration_id = r.id
         LEFT JOIN slot s ON s.id = rs.slot_id
        WHERE r.event_id = $1 AND ($2::volunteer_registration_status IS NULL OR r.status = $2::volunteer_registration_status)
        GROUP BY r.id, p.id, vp.person_id
        ORDER BY lower(p.name), r.created_at, r.id`,
        [event.id, status ?? null],
      )) as VolunteerRow[];
      const t = translator(locale);
      const languageNames = new Intl.DisplayNames(locale, { type: 'language' });
      const columns: CsvColumn<VolunteerRow>[] = [
        { header: t('exports.columns.registrationId'), value: (row) => row.id },
        { header: t('exports.columns.name'), value: (row) => (row.erased ? t('exports.erasedPerson') : row.name) },
        { header: t('exports.columns.email'), value: (row) => row.email },
        { header: t('exports.columns.phone'), value: (row) => row.phone },
        {
          header: t('exports.columns.registrationStatus'),
          value: (row) => t(`exports.registrationStatuses.${row.status}`),
        },
        {
          header: t('exports.columns.slots'),
          value: (row) => row.slots.map((slot) => slotText(slot, locale)).join('; '),
        },
        {
          header: t('impact.csv.columns.assignments'),
          value: (row) => row.assignments.map((place) => `${place.challenge} (${slotText(place, locale)})`).join('; '),
        },
        { header: t('exports.columns.maxAssignments'), value: (row) => row.max_assignments },
        {
          header: t('exports.columns.skills'),
          value: (row) =>
            (row.skills ?? [])
              .map((skill) =>
                t('exports.skillLevel', {
                  skill: skillName(skill.skill, locale),
                  level: levelText(skill.level, locale),
                }),
              )
              .join('; '),
        },
        {
          header: t('exports.columns.languages'),
          value: (row) => (row.languages ?? []).map((code) => languageNames.of(code) ?? code).join('; '),
        },
        { header: t('exports.columns.assisted'), value: (row) => t(row.assisted ? 'exports.yes' : 'exports.no') },
        { header: t('exports.columns.registeredAt'), value: (row) => row.created_at },
      ];
      await audit(manager, person!, event.organizingBodyId, event.id, 'VOLUNTEERS_CSV', rows.length, status ?? null);
      return {
        fileName: `volunteers-${fileSlug(event.name)}-${fileDate(now)}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: toCsv(columns, rows, locale),
      };
    });
  }
}
