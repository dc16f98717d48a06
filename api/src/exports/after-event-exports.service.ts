import { Injectable } from '@nestjs/common';
import { type UiLocale } from '@skillshift/shared';
import { DataSource } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { translator } from '../i18n/i18n';
import { editionFigures } from '../impact/impact-figures';
import { hourlyRateOf, withValue } from '../impact/impact.service';
import { type CsvColumn, toCsv } from './csv';
import { eventForExport, fileSlug } from './export-access';
import { audit, type ExportFile } from './exports.service';
import { fileDate } from './http-download';

interface FeedbackRow {
  role: string;
  challenge: string;
  nonprofit: string;
  rating: number | null;
  solved: string | null;
  hours: string | null;
  next_steps: string;
  comment: string;
  answered_at: Date;
}

interface ReportLine {
  breakdown: string;
  key: string;
  metric: string;
  value: number | string | null;
}

/**
 * CSV files after the event: the feedback answers of an event (no names: the role says who answered) and the edition
 * report (the figures of the impact page for one edition, with its breakdowns by cause and district). Only organizers
 * of the body; each download is an audit entry.
 */
@Injectable()
export class AfterEventExportsService {
  constructor(private readonly dataSource: DataSource) {}

  feedbackCsv(person: SignedInPerson | null, eventId: string, locale: UiLocale, now = new Date()): Promise<ExportFile> {
    return this.dataSource.transaction(async (manager) => {
      const event = await eventForExport(manager, person, eventId);
      const rows = (await manager.query(
        `SELECT f.role, c.title AS challenge, n.name AS nonprofit, f.rating, f.solved, f.hours, f.next_steps, f.comment,
                f.answered_at
           FROM feedback_request f JOIN challenge c ON c.id = f.challenge_id JOIN nonprofit n ON n.id = f.nonprofit_id
          WHERE f.event_id = $1 AND f.answered_at IS NOT NULL
          ORDER BY n.name_key, c.title, f.role, f.answered_at, f.id`,
        [event.id],
      )) as FeedbackRow[];
      const t = translator(locale);
      const columns: CsvColumn<FeedbackRow>[] = [
        { header: t('impact.feedbackCsv.role'), value: (row) => t(`feedback.roles.${row.role}`) },
        { header: t('impact.feedbackCsv.challenge'), value: (row) => row.challenge },
        { header: t('impact.feedbackCsv.nonprofit'), value: (row) => row.nonprofit },
        { header: t('impact.feedbackCsv.rating'), value: (row) => row.rating },
        {
          header: t('impact.feedbackCsv.solved'),
          value: (row) => (row.solved ? t(`feedback.answers.${row.solved}`) : null),
        },
        { header: t('impact.feedbackCsv.hours'), value: (row) => (row.hours === null ? null : Number(row.hours)) },
        { header: t('impact.feedbackCsv.nextSteps'), value: (row) => row.next_steps },
        { header: t('impact.feedbackCsv.comment'), value: (row) => row.comment },
        { header: t('impact.feedbackCsv.answeredAt'), value: (row) => row.answered_at },
      ];
      await audit(manager, person!, event.organizingBodyId, event.id, 'FEEDBACK_CSV', rows.length, null);
      return {
        fileName: `feedback-${fileSlug(event.name)}-${fileDate(now)}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: toCsv(columns, rows, locale),
      };
    });
  }

  /** The edition report as CSV: one line per figure, then the breakdowns (cause, district) one line per group and figure. */
  impactCsv(person: SignedInPerson | null, eventId: string, locale: UiLocale, now = new Date()): Promise<ExportFile> {
    return this.dataSource.transaction(async (manager) => {
      const event = await eventForExport(manager, person, eventId);
      const hourlyRate = await hourlyRateOf(manager, event.organizingBodyId);
      const editions = await editionFigures(manager, event.organizingBodyId, [
        'DRAFT',
        'OPEN',
        'CLOSED',
        'MATCHING',
        'PUBLISHED',
        'DONE',
        'ARCHIVED',
      ]);
      const edition = withValue(
        editions.find((candidate) => candidate.eventId === event.id)!,
        hourlyRate,
      );
      const t = translator(locale);
      const metric = (name: string) => t(`impact.csv.metrics.${name}`);
      const totals: [string, number | null][] = [
        ['nonprofitsApplied', edition.nonprofitsApplied],
        ['nonprofitsServed', edition.nonprofitsServed],
        ['challengesServed', edition.challengesServed],
        ['challengesSolved', edition.challengesSolved],
        ['challengesPartlySolved', edition.challengesPartlySolved],
        ['volunteers', edition.volunteers],
        ['volunteerHours', edition.volunteerHours],
        ['hourlyRate', hourlyRate],
        ['estimatedValue', edition.estimatedValue],
        ['returningVolunteers', edition.returningVolunteers],
        ['returningNonprofits', edition.returningNonprofits],
        ['feedbackAnswers', edition.feedbackAnswers],
        ['averageRating', edition.averageRating],
        ['followUpsOpen', edition.followUpsOpen],
        ['followUpsClosed', edition.followUpsClosed],
        ['stillInUseYes', edition.stillInUseYes],
        ['stillInUsePartly', edition.stillInUsePartly],
        ['stillInUseNo', edition.stillInUseNo],
      ];
      const lines: ReportLine[] = totals.map(([name, value]) => ({
        breakdown: '',
        key: '',
        metric: metric(name),
        value,
      }));
      const groups: [string, typeof edition.byCause, (key: string) => string][] = [
        [t('impact.csv.cause'), edition.byCause, (key) => t(`impact.causes.${key}`)],
        [t('impact.csv.district'), edition.byDistrict, (key) => key || t('impact.csv.noDistrict')],
      ];
      for (const [breakdown, rows, label] of groups)
        for (const row of rows)
          for (const name of ['nonprofitsApplied', 'nonprofitsServed', 'challengesSolved', 'volunteerHours'] as const)
            lines.push({ breakdown, key: label(row.key), metric: metric(name), value: row[name] });
      const columns: CsvColumn<ReportLine>[] = [
        { header: t('impact.csv.breakdown'), value: (line) => line.breakdown },
        { header: t('impact.csv.key'), value: (line) => line.key },
        { header: t('impact.csv.metric'), value: (line) => line.metric },
        { header: t('impact.csv.value'), value: (line) => line.value },
      ];
      await audit(manager, person!, event.organizingBodyId, event.id, 'IMPACT_CSV', lines.length, null);
      return {
        fileName: `impact-${fileSlug(event.name)}-${fileDate(now)}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: toCsv(columns, lines, locale),
      };
    });
  }
}
