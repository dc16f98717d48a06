import { Injectable } from '@nestjs/common';
import { FEEDBACK_LIMITS, IMPACT_LIMITS, publicFigure } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody } from '../auth/tenant';
import { invalidInput, notFound } from '../common/errors/domain-error';
import { type BreakdownFigures, type EditionFigures, editionFigures } from './impact-figures';
import {
  type ImpactEdition,
  type ImpactReport,
  type PublicImpactBody,
  type PublicImpactBreakdownRow,
} from './impact.model';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
/** Editions that count for organizers (all but drafts) and for the public (finished ones). */
const ORGANIZER_STATUSES = ['OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED', 'DONE', 'ARCHIVED'] as const;
const PUBLIC_STATUSES = ['DONE', 'ARCHIVED'] as const;

export async function hourlyRateOf(manager: EntityManager, organizingBodyId: string): Promise<number> {
  const rows = (await manager.query(`SELECT hourly_rate FROM impact_setting WHERE organizing_body_id = $1`, [
    organizingBodyId,
  ])) as { hourly_rate: string }[];
  return rows.length > 0 ? Number(rows[0].hourly_rate) : 0;
}

/** An edition's figures with the estimated value at the body's rate. */
export function withValue(figures: EditionFigures, hourlyRate: number): ImpactEdition {
  return { ...figures, estimatedValue: Math.round(figures.volunteerHours * hourlyRate * 100) / 100 };
}

/**
 * The impact figures: in full for the organizers of a body, and for everyone as aggregates of finished editions in
 * which every figure below 3 becomes "fewer than 3" here on the server (publicFigure), so no client ever gets it.
 */
@Injectable()
export class ImpactService {
  constructor(private readonly dataSource: DataSource) {}

  async report(person: SignedInPerson | null, organizingBodyId: string): Promise<ImpactReport> {
    assertActsForBody(person, organizingBodyId);
    const manager = this.dataSource.manager;
    const body = await bodyOf(manager, organizingBodyId);
    const hourlyRate = await hourlyRateOf(manager, body.id);
    const editions = await editionFigures(manager, body.id, ORGANIZER_STATUSES);
    return {
      organizingBodyId: body.id,
      bodyName: body.name,
      hourlyRate,
      editions: editions.map((edition) => withValue(edition, hourlyRate)),
    };
  }

  async setHourlyRate(person: SignedInPerson | null, organizingBodyId: string, hourlyRate: number): Promise<number> {
    assertActsForBody(person, organizingBodyId);
    if (
      !Number.isFinite(hourlyRate) ||
      hourlyRate < IMPACT_LIMITS.hourlyRateMin ||
      hourlyRate > IMPACT_LIMITS.hourlyRateMax
    )
      throw invalidInput([
        {
          path: 'hourlyRate',
          messageKey: 'impact.errors.rate',
          params: { min: IMPACT_LIMITS.hourlyRateMin, max: IMPACT_LIMITS.hourlyRateMax },
        },
      ]);
    return this.dataSource.transaction(async (manager) => {
      const body = await bodyOf(manager, organizingBodyId);
      const rate = Math.round(hourlyRate * 100) / 100;
      await manager.query(
        `INSERT INTO impact_setting (organizing_body_id, hourly_rate) VALUES ($1, $2)
         ON CONFLICT (organizing_body_id) DO UPDATE SET hourly_rate = EXCLUDED.hourly_rate, updated_at = now()`,
        [body.id, rate],
      );
      return rate;
    });
  }

  /** Every body with finished editions; only aggregates, each below 3 suppressed. */
  async publicImpact(): Promise<PublicImpactBody[]> {
    const manager = this.dataSource.manager;
    const bodies = (await manager.query(
      `SELECT b.id, b.name FROM organizing_body b
        WHERE EXISTS (SELECT 1 FROM event e WHERE e.organizing_body_id = b.id AND e.status IN ('DONE', 'ARCHIVED'))
        ORDER BY b.name, b.id`,
    )) as { id: string; name: string }[];
    const result: PublicImpactBody[] = [];
    for (const body of bodies) {
      const hourlyRate = await hourlyRateOf(manager, body.id);
      const editions = await editionFigures(manager, body.id, PUBLIC_STATUSES);
      result.push({
        organizingBodyId: body.id,
        name: body.name,
        editions: editions.map((edition) => {
          const hours = publicFigure(edition.volunteerHours, FEEDBACK_LIMITS.hoursDecimals);
          return {
            eventId: edition.eventId,
            eventName: edition.eventName,
            startsAt: edition.startsAt,
            nonprofitsApplied: publicFigure(edition.nonprofitsApplied),
            nonprofitsServed: publicFigure(edition.nonprofitsServed),
            challengesSolved: publicFigure(edition.challengesSolved),
            volunteers: publicFigure(edition.volunteers),
            volunteerHours: hours,
            // The value would give the hours away: it is shown only when the hours are, and computed from the hours
            // as shown, so a reader who multiplies them by the rate gets the same figure. Without a rate (none set)
            // there is no value: no figure, and not "fewer than 3".
            estimatedValue:
              hourlyRate <= 0
                ? { value: null, fewerThanThree: false }
                : hours.value === null
                  ? { value: null, fewerThanThree: true }
                  : publicFigure(hours.value * hourlyRate),
            returningVolunteers: publicFigure(edition.returningVolunteers),
            returningNonprofits: publicFigure(edition.returningNonprofits),
            followUpsClosed: publicFigure(edition.followUpsClosed),
            stillInUseYes: publicFigure(edition.stillInUseYes),
            byCause: edition.byCause.map(publicRow),
            byDistrict: edition.byDistrict.map(publicRow),
          };
        }),
      });
    }
    return result;
  }
}

function publicRow(row: BreakdownFigures): PublicImpactBreakdownRow {
  return {
    key: row.key,
    nonprofitsServed: publicFigure(row.nonprofitsServed),
    challengesSolved: publicFigure(row.challengesSolved),
    volunteerHours: publicFigure(row.volunteerHours, FEEDBACK_LIMITS.hoursDecimals),
  };
}

async function bodyOf(manager: EntityManager, organizingBodyId: string): Promise<{ id: string; name: string }> {
  const rows = isUuid(organizingBodyId)
    ? ((await manager.query(`SELECT id, name FROM organizing_body WHERE id = $1`, [organizingBodyId])) as {
        id: string;
        name: string;
      }[])
    : [];
  if (rows.length === 0) throw notFound('entities.organizingBody');
  return rows[0];
}
